package org.casus.record.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether words are told in the past, from their first finite verb: what reported speech is backshifted to
 * ({@code said that the forces had declared...}) and what a reporter's own present-tense narration is not.
 */
final class Tense {
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did", "would", "could",
            "might");

    private Tense() {
    }

    /**
     * True when the first finite verb of {@code words} is in the past ({@code had}, {@code would},
     * {@code prevented}), false when it is in the present ({@code is}, {@code will}, {@code continue}), null
     * when there is none. An infinitive ({@code to evacuate}), an {@code -ing} form and a participle before a
     * noun ({@code the temporarily occupied Crimea}) are not finite.
     */
    static Boolean past(List<Grammar.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Grammar.Word w = words.get(i);
            String form = w.text().toLowerCase(Locale.ROOT);
            boolean infinitive = i > 0 && words.get(i - 1).lemma().equals("to");
            if (!(w.is("VERB") || w.is("AUX")) || infinitive || form.endsWith("ing") || attributive(words, i)) {
                continue;
            }
            if (w.is("AUX")) {
                return PAST_AUXILIARIES.contains(form);
            }
            return form.endsWith("ed") || !form.equals(w.lemma()) && !form.endsWith("s");
        }
        return null;
    }

    /** {@code the occupied territories}, {@code the temporarily occupied Crimea}: a participle inside a noun phrase. */
    private static boolean attributive(List<Grammar.Word> words, int i) {
        if (i == 0 || i + 1 >= words.size()) {
            return false;
        }
        Grammar.Word before = words.get(i - 1);
        Grammar.Word after = words.get(i + 1);
        boolean modifies = after.is("NOUN") || after.is("PROPN") || after.is("ADJ");
        return modifies && (before.is("DET") || before.is("ADJ") || before.text().endsWith("ly"));
    }
}
