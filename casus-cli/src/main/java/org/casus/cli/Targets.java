package org.casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casus.CasusException;
import org.casus.format.LibraryLoader;
import org.casus.format.ScenarioReader;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;

/** Resolves what commands are pointed at: a file, or an id in the library. */
final class Targets {
    private Targets() {
    }

    /** An arrangement from a file, or by id from the library. */
    static Arrangement arrangement(String target, Library library) {
        Path path = Path.of(target);
        if (Files.isRegularFile(path)) {
            return LibraryLoader.readArrangement(path, library);
        }
        Arrangement arrangement = library.arrangements().get(target);
        if (arrangement == null) {
            throw new CasusException(target + ": no such file or arrangement in the library; `casus library list` "
                    + "shows the ids");
        }
        return arrangement;
    }

    /** A scenario from a file, or by id from the library. */
    static Scenario scenario(String target, Library library) {
        Path path = Path.of(target);
        if (Files.isRegularFile(path)) {
            return ScenarioReader.read(path, library.actors());
        }
        Scenario scenario = library.scenarios().get(target);
        if (scenario == null) {
            throw new CasusException(target + ": no such file or scenario in the library; the library has "
                    + String.join(", ", library.scenarios().keySet().stream().sorted().toList()));
        }
        return scenario;
    }
}
