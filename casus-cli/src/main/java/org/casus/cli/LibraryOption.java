package org.casus.cli;

import java.nio.file.Path;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import picocli.CommandLine.Option;

/**
 * The {@code --library} option shared by commands that read the reference library. The context it read is
 * kept, so that a command asking for the context and then for the whole library parses the actors once.
 */
final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "The reference library folder (default: $CASUS_LIBRARY, else ./library).")
    Path folder;

    private Library context;

    Path folder() {
        if (folder != null) {
            return folder;
        }
        String env = System.getenv("CASUS_LIBRARY");
        return Path.of(env == null || env.isBlank() ? "library" : env);
    }

    /** Actors and councils: enough to read one arrangement file. */
    Library context() {
        if (context == null) {
            context = LibraryLoader.loadContext(folder());
        }
        return context;
    }

    /** The whole library. */
    Library load() {
        context = context == null ? LibraryLoader.load(folder()) : LibraryLoader.load(folder(), context);
        return context;
    }
}
