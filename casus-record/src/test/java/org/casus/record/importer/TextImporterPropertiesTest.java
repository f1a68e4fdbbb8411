package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The importer reads any text without failing, and its offsets always point at its quotations. */
class TextImporterPropertiesTest {
    private static final TextImporter IMPORTER = new TextImporter(Registry.actors());
    private static final List<String> FRAGMENTS = List.of("\"", "“", "”", "„", "«", "»", "‹", "›", "'", "’", " ",
            "\n", "\n\n", ".", ",", ":", "!", "?", "—", "Lavrov", "Zelensky's", "he", "they", "said", "told",
            "according to", "the Russian foreign minister", "the Kremlin", "Russia's", "said Sergei Lavrov,",
            "veto", "guarantors", "must", "never", "only if", "a", "Mr.", "U.S.", "former", "the official");

    @Property(tries = 2000)
    void reading_random_characters_never_fails_and_keeps_offsets_in_the_text(@ForAll("noise") String text) {
        checkOffsets(text);
    }

    @Property(tries = 2000)
    void reading_random_news_fragments_never_fails_and_keeps_offsets_in_the_text(@ForAll("fragments") String text) {
        checkOffsets(text);
    }

    /** Found by the property above (seed 638309997233727882): reported words began inside a quotation. */
    @Example
    void reported_words_that_cut_into_a_quotation_do_not_overlap_it() {
        checkOffsets("Zelensky'sU.S.said“’«U.S.Russia'stheyU.S.»’the Russian foreign ministerLavrov");
    }

    @Property(tries = 300)
    void reading_is_pure(@ForAll("fragments") String text) {
        assertThat(IMPORTER.read(text)).isEqualTo(IMPORTER.read(text));
    }

    private static void checkOffsets(String text) {
        List<ProposedStatement> statements = IMPORTER.read(text);
        int previousEnd = -1;
        for (ProposedStatement s : statements) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.words());
            assertThat(s.start()).isGreaterThan(previousEnd);
            previousEnd = s.end();
        }
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("\"“”„«»‹›'’ \n.,:aZ").ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }
}
