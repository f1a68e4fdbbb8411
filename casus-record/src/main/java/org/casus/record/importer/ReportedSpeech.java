package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the verbs that report speech in a sentence without quotation marks ({@code The Secretary emphasized
 * that...}, {@code Putin noted...}, {@code Rubio welcomed the exchange...}) from the parts of speech and
 * lemmas of {@link Grammar}, and where the reported words begin. The speaker, the verb's subject, is left to
 * {@link SpeakerResolver}.
 */
final class ReportedSpeech {
    /** Verbs of saying and of stated position, by lemma. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "state", "note", "stress", "emphasize",
            "emphasise", "underscore", "underline", "reiterate", "reaffirm", "affirm", "urge", "warn", "insist",
            "claim", "welcome", "condemn", "express", "inform", "assure", "propose", "confirm", "deny", "reject",
            "announce", "declare", "add", "explain", "argue", "suggest", "point", "highlight", "call", "agree",
            "praise", "thank", "voice", "acknowledge", "admit", "predict", "promise", "pledge", "vow", "demand",
            "accuse", "describe", "recall", "remind", "reply", "respond", "answer", "write", "post", "tweet",
            "observe", "concede", "maintain", "repeat", "caution", "complain", "dismiss", "criticize",
            "criticise", "commend", "reassure", "signal", "hail", "threaten", "offer", "outline", "believe", "ask",
            "draw", "congratulate", "brief", "assert", "allege");
    /** Verbs whose object is the one spoken to, before what was said: {@code told reporters that}. */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind", "reassure", "brief");
    /**
     * Verbs that report speech only with a that-clause ({@code explained that...}, not {@code explained the
     * reasons}) or after the other words listed ({@code threatened to}, not {@code threaten civilians}).
     */
    private static final Map<String, Set<String>> CLAUSE_ONLY = Map.of("explain", Set.of(), "threaten", Set.of("to"));
    /** The preposition a verb needs to report speech: {@code called for}, {@code pointed out}. */
    private static final Set<String> NEEDS_PARTICLE = Set.of("call", "point");
    private static final Set<String> PARTICLES = Set.of("for", "on", "upon", "out", "to");

    /**
     * A verb that reports speech.
     *
     * @param verb    the index of the verb among the sentence's words
     * @param content the index of the first reported word, or -1 when fewer than two words follow the verb
     *                ({@code von der Leyen answered carefully}) or only a topic does ({@code informed him of the
     *                situation}): the verb still names who spoke
     * @param passive {@code It was emphasised that...}: no speaker is named, the text's author speaks
     * @param shared  the verb shares the subject of the sentence's first verb: a participle ({@code ...,
     *                noting that}, {@code by emphasising that}, {@code made a point of noting}) or a second
     *                verb ({@code reviewed the situation and agreed to...})
     */
    record Predicate(int verb, int content, boolean passive, boolean shared) {
        boolean reports() {
            return content >= 0;
        }
    }

    private ReportedSpeech() {
    }

    /** The reporting verbs of a sentence's words, in order. An infinitive ({@code declined to say}) is not one. */
    static List<Predicate> predicates(List<Grammar.Word> words) {
        List<Predicate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Grammar.Word w = words.get(i);
            Grammar.Word before = i > 0 ? words.get(i - 1) : null;
            boolean afterPreposition = before != null && (before.lemma().equals("by") || before.lemma().equals("of"));
            boolean gerund = afterPreposition && w.is("NOUN") && reportingGerund(w.text());
            if (!gerund && (!w.is("VERB") || !REPORTING.contains(w.lemma()))
                    || before != null && before.is("PART") && before.lemma().equals("to")) {
                continue;
            }
            boolean participle = before != null && w.text().endsWith("ing")
                    && (before.text().equals(",") || afterPreposition);
            boolean coordinated = before != null && (before.lemma().equals("and") || before.lemma().equals("but"));
            int content = contentStart(words, i);
            found.add(new Predicate(i, content >= 0 && reportedWords(words, content) >= 2 ? content : -1,
                    passive(words, i), participle || coordinated));
        }
        return found;
    }

    /**
     * A reporting verb's {@code -ing} form that the tagger took for a noun ({@code made a point of noting that}):
     * the verb is the word without {@code ing}, with {@code e} added or a doubled consonant undone.
     */
    private static boolean reportingGerund(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() < 6) {
            return false;
        }
        String base = w.substring(0, w.length() - 3);
        boolean doubled = base.charAt(base.length() - 1) == base.charAt(base.length() - 2);
        return REPORTING.contains(base) || REPORTING.contains(base + "e")
                || doubled && REPORTING.contains(base.substring(0, base.length() - 1));
    }

    /** {@code was welcomed}, {@code It was agreed}: a form of be (or get) before the verb. */
    private static boolean passive(List<Grammar.Word> words, int verb) {
        int i = verb - 1;
        while (i >= 0 && words.get(i).is("ADV")) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Grammar.Word before = words.get(i);
        return before.is("AUX") && (before.lemma().equals("be") || before.lemma().equals("get"));
    }

    /** Where the reported words begin after the verb at {@code verb}, or -1 when it reports nothing. */
    private static int contentStart(List<Grammar.Word> words, int verb) {
        String lemma = words.get(verb).lemma();
        int i = verb + 1;
        if (NEEDS_PARTICLE.contains(lemma)) {
            if (i >= words.size() || !PARTICLES.contains(words.get(i).lemma())) {
                return -1;
            }
            i++;
        }
        Set<String> openers = CLAUSE_ONLY.get(lemma);
        if (openers != null && (i >= words.size() || !isThat(words.get(i)) && !openers.contains(words.get(i).lemma()))) {
            return -1;
        }
        if (ADDRESSED.contains(lemma)) {
            int opener = i;
            while (opener < words.size() && opener < i + 8 && !isThat(words.get(opener))
                    && !words.get(opener).is("PUNCT")) {
                opener++;
            }
            if (opener >= words.size() || !isThat(words.get(opener))) {
                return -1;
            }
            i = opener;
        }
        while (i < words.size() && (isThat(words.get(i)) || words.get(i).is("PUNCT"))) {
            i++;
        }
        return i < words.size() ? i : -1;
    }

    private static boolean isThat(Grammar.Word w) {
        return w.lemma().equals("that") && (w.is("SCONJ") || w.is("PRON") || w.is("DET"));
    }

    private static int reportedWords(List<Grammar.Word> words, int from) {
        int n = 0;
        for (int i = from; i < words.size(); i++) {
            if (!words.get(i).is("PUNCT")) {
                n++;
            }
        }
        return n;
    }
}
