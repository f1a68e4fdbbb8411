package org.casus.cli;

import java.nio.file.Path;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import picocli.CommandLine.Option;

/** The {@code --library} option shared by commands that read the reference library. */
final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "The reference library folder (default: $CASUS_LIBRARY, else ./library).")
    Path folder;

    Path folder() {
        if (folder != null) {
            return folder;
        }
        String env = System.getenv("CASUS_LIBRARY");
        return Path.of(env == null || env.isBlank() ? "library" : env);
    }

    /** Actors and councils: enough to read one arrangement file. */
    Library context() {
        return LibraryLoader.loadContext(folder());
    }

    /** The whole library. */
    Library load() {
        return LibraryLoader.load(folder());
    }
}
