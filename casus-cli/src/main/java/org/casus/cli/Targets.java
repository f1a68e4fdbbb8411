package org.casus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.casus.CasusException;
import org.casus.format.LibraryLoader;
import org.casus.format.ScenarioReader;
import org.casus.format.Suggestions;
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
            throw noSuchArrangement(target, library.arrangements().keySet());
        }
        return arrangement;
    }

    /** {@code nato-1948: no such file or arrangement in the library; did you mean 'nato-1949'?}. */
    private static CasusException noSuchArrangement(String target, Collection<String> ids) {
        return new CasusException(target + ": no such file or arrangement in the library"
                + Suggestions.closest(target, ids).map(id -> "; did you mean '" + id + "'?")
                        .orElse("; `casus library list` shows the ids"));
    }

    /**
     * The file a check reads: {@code target} itself when it is a file, else the library's file of
     * that id ({@code arrangements/ID.yaml}, {@code .yml} or {@code .json}); a name without an extension
     * that is neither is refused with the closest library id ({@code nato-1948}: did you mean {@code nato-1949}?).
     */
    static Path arrangementFile(Path target, Path libraryFolder) {
        if (Files.isRegularFile(target) || target.getNameCount() != 1
                || target.toString().matches(".*\\.(yaml|yml|json)")) {
            return target;
        }
        Path folder = libraryFolder.resolve("arrangements");
        for (String extension : List.of(".yaml", ".yml", ".json")) {
            Path file = folder.resolve(target + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        List<String> ids;
        try (var files = Files.list(folder)) {
            ids = files.map(f -> f.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "")).toList();
        } catch (IOException e) {
            return target;
        }
        throw noSuchArrangement(target.toString(), ids);
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
