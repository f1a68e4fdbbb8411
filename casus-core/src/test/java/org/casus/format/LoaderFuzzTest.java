package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casus.testing.TestLibrary;

/**
 * Random mutations of the library's arrangement, scenario and council files either load or fail
 * with a format error that names a line: never another exception. 1,000 mutations of each kind
 * in the test suite; {@code bench/run-fuzz} runs more ({@code -Djqwik.tries.default=N}).
 */
class LoaderFuzzTest {
    private static final String NOISE = ":-[]{}\"'# &*!|>%@`,?0a\t\n.e_x+";

    @Property
    void mutated_arrangement_loads_or_fails_with_a_format_error(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Path file = pick("arrangements", random);
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String text = mutated(Files.readString(file), random);
        loadsOrNamesALine(() -> ArrangementReader.read(TreeReader.read(file.getFileName().toString(), text, false), id,
                TestLibrary.context().actors(), Set.copyOf(TestLibrary.context().councils().keySet())));
    }

    @Property
    void mutated_scenario_loads_or_fails_with_a_format_error(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Path copy = copyMutated(pick("scenarios", random), random);
        loadsOrNamesALine(() -> ScenarioReader.read(copy, TestLibrary.context().actors()));
    }

    @Property
    void mutated_council_loads_or_fails_with_a_format_error(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Path copy = copyMutated(pick("councils", random), random);
        loadsOrNamesALine(() -> CouncilReader.read(copy, TestLibrary.context().actors()));
    }

    private static Path pick(String folder, Random random) throws IOException {
        List<Path> files = LibraryLoader.dataFiles(TestLibrary.folder().resolve(folder));
        return files.get(random.nextInt(files.size()));
    }

    /** The file mutated, under its own name (readers check that the id matches it) in a fresh folder. */
    private static Path copyMutated(Path file, Random random) throws IOException {
        Path copy = Files.createTempDirectory("fuzz").resolve(file.getFileName());
        Files.writeString(copy, mutated(Files.readString(file), random));
        copy.toFile().deleteOnExit();
        copy.getParent().toFile().deleteOnExit();
        return copy;
    }

    private static String mutated(String text, Random random) {
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        return text;
    }

    private static void loadsOrNamesALine(Runnable read) {
        try {
            read.run();
        } catch (FormatException expected) {
            assertThat(expected.problems()).isNotEmpty();
            expected.problems().forEach(p -> assertThat(p.location().line()).isPositive());
        }
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> lines.set(line, "  " + lines.get(line));
            case 3 -> lines.set(line, lines.get(line).stripLeading());
            case 4 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swap);
            }
            case 5 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            default -> {
                if (!text.isEmpty()) {
                    int at = random.nextInt(text.length());
                    return text.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(at + 1);
                }
            }
        }
        return String.join("\n", lines);
    }
}
