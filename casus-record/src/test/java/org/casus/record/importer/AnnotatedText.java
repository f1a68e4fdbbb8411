package org.casus.record.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hand-annotated test text of {@code src/test/resources/import/}: a text ({@code NAME.txt}, whose
 * {@code #} header lines give its origin and date) and its annotation, one line per item in text order as
 * {@code first words | speaker}. For the fictional news-style prose of {@code dev/} and {@code held-out/}
 * the items are the quotations ({@code NAME.speakers}); for the real texts of {@code real/} they are the
 * statements, quoted or reported ({@code NAME.statements}, see {@code real/README.md}).
 *
 * @param author   for a government's own text (a readout, a statement), that actor, from the licence line
 * @param expected one per item: its first words and the speaker, a person's name as in
 *                 {@code actors.yaml}, an actor code, or {@code unknown}
 */
record AnnotatedText(String name, String text, LocalDate date, String author, List<Expected> expected) {
    record Expected(String opening, String speaker) {
        boolean known() {
            return !"unknown".equals(speaker);
        }

        /** Whether the speaker is an actor code rather than a person's name. */
        boolean isActor() {
            return speaker.matches("[A-Z][A-Z0-9-]*");
        }
    }

    /** The texts of one folder of fictional texts ({@code dev} or {@code held-out}), by name. */
    static List<AnnotatedText> folder(String folder) {
        return folder(folder, ".speakers");
    }

    /** The texts of one folder with annotations of the given extension, by name. */
    static List<AnnotatedText> folder(String folder, String annotations) {
        try {
            Path dir = Path.of(AnnotatedText.class.getResource("/import/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                List<AnnotatedText> texts = new ArrayList<>();
                for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                    texts.add(read(name, Files.readString(txt, StandardCharsets.UTF_8),
                            Files.readAllLines(dir.resolve(name + annotations), StandardCharsets.UTF_8)));
                }
                return texts;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnnotatedText read(String name, String file, List<String> annotation) {
        LocalDate date = null;
        String author = null;
        int body = 0;
        while (file.startsWith("#", body)) {
            int eol = file.indexOf('\n', body);
            String line = file.substring(body, eol);
            if (line.startsWith("# date:")) {
                date = LocalDate.parse(line.substring("# date:".length()).strip().split("\\s")[0]);
            }
            if (line.startsWith("# licence:")) {
                author = author(line);
            }
            body = eol + 1;
        }
        List<Expected> expected = new ArrayList<>();
        for (String line : annotation) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            expected.add(new Expected(parts[0].strip(), parts[1].strip()));
        }
        return new AnnotatedText(name, file.substring(body), date, author, List.copyOf(expected));
    }

    /** The government whose own text this is, from its licence line: the publisher of a readout is its author. */
    private static String author(String licence) {
        if (licence.contains("kremlin.ru")) {
            return "RU";
        }
        if (licence.contains("president.gov.ua")) {
            return "UA";
        }
        return licence.contains("US federal government") ? "US" : null;
    }
}
