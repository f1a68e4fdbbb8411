package org.casus.cli;

import java.nio.file.Path;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --library} option shared by commands that read the reference library. The context it read is
 * kept, so that a command asking for the context and then for the whole library parses the actors once. A mixin
 * of annotated commands; commands declared in code take {@link #option()} and {@link #of(CommandSpec)}.
 */
final class LibraryOption {
    private static final String NAME = "--library";
    private static final String LABEL = "DIR";
    private static final String DESCRIPTION = "The reference library folder (default: $CASUS_LIBRARY, else ./library).";

    @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
    Path folder;

    private Library context;

    /** The option, for a command declared in code. */
    static OptionSpec option() {
        return CommandSpecs.option(NAME, LABEL, Path.class, DESCRIPTION).build();
    }

    /** The option as parsed for a command declared in code with {@link #option()}. */
    static LibraryOption of(CommandSpec spec) {
        LibraryOption library = new LibraryOption();
        library.folder = CommandSpecs.value(spec, NAME);
        return library;
    }

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
