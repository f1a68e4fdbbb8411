package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;
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
            "criticise", "commend", "reassure", "signal", "hail", "threaten", "offer", "outline", "underlie");
    /** Verbs whose object is the one spoken to, before what was said: {@code told reporters that}. */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind", "reassure", "thank");
    /** The preposition a verb needs to report speech: {@code called for}, {@code pointed out}. */
    private static final Set<String> NEEDS_PARTICLE = Set.of("call", "point");
    private static final Set<String> PARTICLES = Set.of("for", "on", "upon", "out", "to");
    /** Words after the one spoken to that open what was said: {@code told Trump about}, {@code informed him of}. */
    private static final Set<String> CONTENT_OPENERS = Set.of("that", "about", "of", "on", "how", "why", "what",
            "whether", "the", "to");

    /**
     * A verb that reports speech.
     *
     * @param verb    the index of the verb among the sentence's words
     * @param content the index of the first reported word, or -1 when fewer than two words are reported
     *                ({@code von der Leyen answered carefully}): the verb still names who spoke
     */
    record Predicate(int verb, int content) {
        boolean reports() {
            return content >= 0;
        }
    }

    private ReportedSpeech() {
    }

    /** The reporting verbs of a sentence's words, in order. */
    static List<Predicate> predicates(List<Grammar.Word> words) {
        List<Predicate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Grammar.Word w = words.get(i);
            if (!w.is("VERB") || !REPORTING.contains(w.lemma()) || passiveOrInfinitive(words, i)) {
                continue;
            }
            int content = contentStart(words, i);
            found.add(new Predicate(i, content >= 0 && reportedWords(words, content) >= 2 ? content : -1));
        }
        return found;
    }

    /** {@code was welcomed}, {@code to say}: no speaker is the subject of the verb. */
    private static boolean passiveOrInfinitive(List<Grammar.Word> words, int verb) {
        int i = verb - 1;
        while (i >= 0 && words.get(i).is("ADV")) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Grammar.Word before = words.get(i);
        return before.is("AUX") && (before.lemma().equals("be") || before.lemma().equals("get"))
                || before.is("PART") && before.lemma().equals("to");
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
        if (ADDRESSED.contains(lemma)) {
            int opener = i;
            while (opener < words.size() && opener < i + 8 && !CONTENT_OPENERS.contains(words.get(opener).lemma())
                    && !words.get(opener).is("PUNCT")) {
                opener++;
            }
            if (opener < words.size() && CONTENT_OPENERS.contains(words.get(opener).lemma())) {
                i = words.get(opener).lemma().equals("the") ? i : opener;
            }
        }
        while (i < words.size() && (words.get(i).lemma().equals("that") && words.get(i).is("SCONJ")
                || i == verb + 1 && words.get(i).is("PUNCT") && words.get(i).text().equals(":"))) {
            i++;
        }
        if (i < words.size() && words.get(i).is("ADP") && ADDRESSED.contains(lemma)
                && !words.get(i).lemma().equals("to")) {
            i++;
        }
        return i < words.size() ? i : -1;
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
