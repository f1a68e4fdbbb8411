package org.casus.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.casus.CasusException;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;
import org.casus.model.Council;
import org.casus.model.Library;
import org.casus.model.Scenario;

/**
 * Loads the reference library from a folder holding {@code actors.yaml}, {@code councils/},
 * {@code arrangements/} and {@code scenarios/}. Problems in several files are reported together.
 */
public final class LibraryLoader {
    private LibraryLoader() {
    }

    /** Loads actors and councils (no arrangements, no scenarios): what is needed to read and check one arrangement file. */
    public static Library loadContext(Path folder) {
        return load(folder, false);
    }

    /** Loads the whole library. */
    public static Library load(Path folder) {
        return load(folder, true);
    }

    /**
     * Loads the whole library whose actors and councils {@code context} already holds ({@link #loadContext}
     * of the same folder), reading only its arrangements and scenarios.
     */
    public static Library load(Path folder, Library context) {
        requireFolder(folder);
        return withArrangements(folder, context.actors(), context.councils(), new ArrayList<>());
    }

    private static Library load(Path folder, boolean whole) {
        requireFolder(folder);
        ActorRegistry actors = ActorsReader.read(folder.resolve("actors.yaml"));
        List<Problem> problems = new ArrayList<>();
        Map<String, Council> councils = readAll(folder.resolve("councils"), problems,
                file -> CouncilReader.read(file, actors), Council::id);
        if (!whole) {
            throwIfAny(problems);
            return new Library(actors, Map.of(), councils, Map.of());
        }
        return withArrangements(folder, actors, councils, problems);
    }

    /** Adds the arrangements and scenarios of {@code folder}; {@code problems} may hold the councils' already. */
    private static Library withArrangements(Path folder, ActorRegistry actors, Map<String, Council> councils,
                                            List<Problem> problems) {
        Map<String, Arrangement> arrangements = readAll(folder.resolve("arrangements"), problems,
                file -> ArrangementReader.read(file, actors, councils.keySet()), Arrangement::id);
        Map<String, Scenario> scenarios = readAll(folder.resolve("scenarios"), problems,
                file -> ScenarioReader.read(file, actors), Scenario::id);
        throwIfAny(problems);
        return new Library(actors, arrangements, councils, scenarios);
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CasusException(folder + ": no library folder here; point --library (or CASUS_LIBRARY) at "
                    + "the folder that holds actors.yaml");
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
    }

    /** Reads one arrangement file against the library's actors and councils. */
    public static Arrangement readArrangement(Path file, Library context) {
        return ArrangementReader.read(file, context.actors(), context.councils().keySet());
    }

    /** The YAML and JSON files of a folder, sorted by name. */
    public static List<Path> dataFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> readAll(Path folder, List<Problem> problems, Function<Path, T> reader,
                                              Function<T, String> id) {
        Map<String, T> read = new LinkedHashMap<>();
        for (Path file : dataFiles(folder)) {
            try {
                T item = reader.apply(file);
                read.put(id.apply(item), item);
            } catch (FormatException e) {
                problems.addAll(e.problems());
            }
        }
        return read;
    }
}
