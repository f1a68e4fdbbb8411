package org.casus.testing;

import java.nio.file.Path;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;

/** The repository's reference library, loaded once for the tests. */
public final class TestLibrary {
    private static Library library;
    private static Library context;

    private TestLibrary() {
    }

    /** The folder of the library: the {@code casus.library} system property, set by the build. */
    public static Path folder() {
        return Path.of(System.getProperty("casus.library", "../library"));
    }

    /** Actors and councils only, for tests that must not depend on every arrangement file. */
    public static synchronized Library context() {
        if (context == null) {
            context = LibraryLoader.loadContext(folder());
        }
        return context;
    }

    public static synchronized Library get() {
        if (library == null) {
            library = LibraryLoader.load(folder());
        }
        return library;
    }
}
