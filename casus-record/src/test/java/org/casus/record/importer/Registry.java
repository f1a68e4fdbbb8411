package org.casus.record.importer;

import java.nio.file.Path;
import org.casus.format.ActorsReader;
import org.casus.model.ActorRegistry;

/** The actor registry of the repository's library, read once for all importer tests. */
final class Registry {
    private static ActorRegistry actors;

    private Registry() {
    }

    static synchronized ActorRegistry actors() {
        if (actors == null) {
            actors = ActorsReader.read(Path.of(System.getProperty("casus.library"), "actors.yaml"));
        }
        return actors;
    }
}
