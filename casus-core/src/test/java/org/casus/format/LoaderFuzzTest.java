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

/** Random mutations of library files either load or fail with the loader's own exception. */
class LoaderFuzzTest {
    private static final String NOISE = ":-[]{}\"'# &*!|>%@`,?0a\t\n";

    @Property(tries = 1000)
    void mutated_library_file_loads_or_fails_with_a_format_error(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files = LibraryLoader.dataFiles(TestLibrary.folder().resolve("arrangements"));
        Path file = files.get(random.nextInt(files.size()));
        String text = Files.readString(file);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        try {
            ArrangementReader.read(TreeReader.read(file.getFileName().toString(), text, false), id,
                    TestLibrary.context().actors(), Set.copyOf(TestLibrary.context().councils().keySet()));
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
