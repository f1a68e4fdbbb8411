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
            "draw", "congratulate", "brief", "assert", "allege", "cite", "mention", "convince", "direct", "wish",
            "invite");
    /** Verbs that report only with a that-clause or an infinitive: {@code invited Poland to take part}. */
    private static final Set<String> NEEDS_INFINITIVE = Set.of("invite");
    /** Verbs that state something when what they give is speech: {@code provided specific examples of...}. */
    private static final Set<String> CONVEY = Set.of("provide", "give", "share", "present", "exchange", "extend",
            "convey", "send");
    /** What {@link #CONVEY} verbs give that is speech. */
    private static final Set<String> SPEECH_NOUNS = Set.of("example", "greeting", "congratulation", "wish");
    /** The tags of the words of an object before its noun ends: {@code Christmas and New Year greetings}. */
    private static final Set<String> OBJECT_WORDS = Set.of("DET", "ADJ", "ADV", "PROPN", "NOUN", "CCONJ", "NUM");
    /** The lemma given any verb before {@code in favour of}: {@code spoke in favour of discussing...} states a stance. */
    private static final String FAVOUR = "favour";
    /** Verbs whose object is the one spoken to, before what was said: {@code told reporters that}. */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind", "reassure", "brief");
    /**
     * Verbs that report speech only with a that-clause ({@code explained that...}, not {@code explained the
     * reasons}) or before the other words listed, a determiner aside ({@code threatened to}, not {@code
     * threaten civilians}; {@code directed the attention of X to...}), or, for {@code invite}, with an infinitive.
     */
    private static final Map<String, Set<String>> CLAUSE_ONLY = Map.of("explain", Set.of(), "threaten", Set.of("to"),
            "mention", Set.of(), "convince", Set.of(), "direct", Set.of("attention"), "declare", Set.of());
    /** {@code The leaders were supportive of maintaining...}: a stance, its content after {@code of}. */
    private static final String SUPPORTIVE = "supportive";
    /**
     * Verbs whose passive states the subject's view: {@code X is convinced that...}, {@code X were supportive of...}
     * is what X holds.
     */
    private static final Set<String> STATIVE = Set.of("convince", SUPPORTIVE);
    /** Verbs that state a stance only as the purpose of a call: {@code spoke with Kuleba to reinforce...}. */
    private static final Set<String> STANCE = Set.of("reinforce", "demonstrate");
    /** Prepositions of a phrase of place or time before a that-clause ({@code stated at a press conference that}). */
    private static final Set<String> PLACE = Set.of("at", "in", "on", "during", "after", "before", "following", "from");
    /** Conjunctions the tagger may take for nouns ({@code said this while/NOUN visiting}). */
    private static final Set<String> CONJUNCTIONS = Set.of("while", "when", "as", "after", "before", "during");
    /** Verbs of contact whose purpose is what was said: {@code spoke with Zelensky to congratulate him on}. */
    private static final Set<String> CONTACT = Set.of("speak", "talk", "call", "phone", "telephone", "meet");
    /**
     * Nouns that name a stance or a topic without stating it: {@code reiterated Russia's demands}, {@code his position
     * on}, {@code answered questions from journalists}.
     */
    private static final Set<String> TOPICS = Set.of("position", "stance", "view", "demand", "approach", "assessment",
            "need", "consideration", "question");
    /** The singular of a topic noun that states a stance: {@code the need to}. */
    private static final String NEED = "need";
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
     *                verb ({@code reviewed the situation and agreed to...}) or the purpose of a call ({@code spoke with X
     *                to offer...})
     * @param back    what was said is {@code this}, the sentences before ({@code He said this during a speech})
     */
    record Predicate(int verb, int content, boolean passive, boolean shared, boolean back) {
        boolean reports() {
            return content >= 0;
        }
    }

    private ReportedSpeech() {
    }

    /** Whether {@code lemma} is a verb of saying or of stated position. */
    static boolean reports(String lemma) {
        return REPORTING.contains(lemma);
    }

    /**
     * The reporting verbs of a sentence's words, in order. An infinitive ({@code declined to say}) is not one,
     * except the purpose of a call or meeting ({@code spoke with Kuleba to offer continued support}), which
     * shares the subject of the sentence.
     */
    static List<Predicate> predicates(List<Grammar.Word> words) {
        List<Predicate> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Grammar.Word w = words.get(i);
            Grammar.Word before = i > 0 ? words.get(i - 1) : null;
            boolean infinitive = before != null && before.is("PART") && before.lemma().equals("to");
            boolean purpose = infinitive && afterContact(words, i);
            String lemma = purpose && w.is("VERB") && STANCE.contains(w.lemma()) ? w.lemma() : reportingLemma(words, i);
            if (lemma == null || infinitive && !purpose || reducedRelative(words, i) || withoutItsClause(words, i, lemma)) {
                continue;
            }
            boolean participle = w.text().endsWith("ing")
                    && (before == null || before.text().equals(",") || afterByOrOf(words, i));
            boolean coordinated = before != null && (before.lemma().equals("and") || before.lemma().equals("but"));
            int content = contentStart(words, i, lemma);
            boolean back = content >= 0 && pointsBack(words, content);
            boolean says = content >= 0 && reportedWords(words, content) >= 2 && !topic(words, i, content) && !back;
            found.add(new Predicate(i, says ? content : -1,
                    !STATIVE.contains(lemma) && passive(words, i), participle || coordinated || purpose, back));
        }
        return found;
    }

    /**
     * The lemma of the reporting verb at {@code i}, or null when it is none. Besides a verb, the tagger's and
     * lemmatiser's mistakes are read for what they are: an {@code -ed} or {@code -ing} form left as its own lemma
     * ({@code underscored}, {@code Noting}), a reporting verb's {@code -ing} form taken for a noun after {@code by} or {@code of} ({@code
     * made a point of noting that}), and its {@code -ed} form taken for an adjective before {@code that} ({@code
     * X is convinced that}) or after a form of be ({@code ... was underscored}).
     */
    private static String reportingLemma(List<Grammar.Word> words, int i) {
        Grammar.Word w = words.get(i);
        if (w.is("VERB") && w.lemma().equals("make")) {
            return clearThat(words, i + 1) > 0 ? "make" : null;
        }
        if (w.is("VERB") && inFavourOf(words, i + 1)) {
            return FAVOUR;
        }
        if (w.text().equalsIgnoreCase(SUPPORTIVE) && i + 1 < words.size() && words.get(i + 1).lemma().equals("of")
                && passive(words, i)) {
            return SUPPORTIVE;
        }
        if (w.is("VERB") && (CONVEY.contains(w.lemma()) || CONVEY.contains(w.text().replaceFirst("e?d$", "")))
                && conveysSpeech(words, i)) {
            return "cite";
        }
        if (w.is("VERB") && w.lemma().equals("wish") && i + 1 < words.size() && words.get(i + 1).lemma().equals("to")) {
            return null;
        }
        if (w.is("VERB") && w.lemma().equals("support") && passive(words, i)) {
            return "support";
        }
        if (w.is("VERB")) {
            return REPORTING.contains(w.lemma()) ? w.lemma()
                    : base(w.text(), w.text().toLowerCase(Locale.ROOT).endsWith("ing") ? "ing" : "ed");
        }
        if (w.is("NOUN") && afterByOrOf(words, i)) {
            return base(w.text(), "ing");
        }
        if (w.is("ADJ") && (i + 1 < words.size() && isThat(words.get(i + 1)) || passive(words, i))) {
            return base(w.text(), "ed");
        }
        return null;
    }

    /**
     * The reporting verb of which {@code word} is the form with {@code suffix} ({@code ing} or {@code ed}): the
     * word without it, with {@code e} added or a doubled consonant undone; null when there is none.
     */
    private static String base(String word, String suffix) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith(suffix) || w.length() < suffix.length() + 3) {
            return null;
        }
        String stem = w.substring(0, w.length() - suffix.length());
        boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        for (String candidate : new String[] {stem, stem + "e", doubled ? stem.substring(0, stem.length() - 1) : stem}) {
            if (REPORTING.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether the object of the verb at {@code verb}, from {@code content}, only names a stance ({@code
     * reiterated Russia's demands made earlier}, {@code his well-known position on this issue}): no clause or
     * colon, an object phrase of at most ten words (up to a comma), and a head noun, the last before the first
     * preposition, among {@link #TOPICS}; {@code the need to...} is a stance stated ({@code stressed the need to
     * recognize...}), {@code Ukraine's needs} one named.
     */
    private static boolean topic(List<Grammar.Word> words, int verb, int content) {
        List<Grammar.Word> said = words.subList(verb + 1, words.size());
        List<Grammar.Word> object = words.subList(content, words.size()).stream().takeWhile(w -> !w.is("PUNCT")).toList();
        if (object.size() > 10 || said.stream().anyMatch(w -> isThat(w) || w.text().equals(":"))) {
            return false;
        }
        Grammar.Word head = null;
        for (Grammar.Word w : said) {
            if (w.is("ADP")) {
                break;
            }
            if (w.is("NOUN")) {
                head = w;
            }
        }
        return head != null && TOPICS.contains(head.lemma()) && !head.text().equalsIgnoreCase(NEED);
    }

    /** Whether the sentence's first verb, before {@code verb}, is one of {@link #CONTACT}. */
    private static boolean afterContact(List<Grammar.Word> words, int verb) {
        for (int i = 0; i < verb; i++) {
            if (words.get(i).is("VERB")) {
                return CONTACT.contains(words.get(i).lemma());
            }
        }
        return false;
    }

    /**
     * Whether a verb of {@link #CLAUSE_ONLY} lacks what makes it report speech ({@code threaten civilians},
     * {@code mentioned the order}), or {@code describe} its {@code as} ({@code described the talks as useful}, not
     * {@code described in detail the measures}): then it is no reporting verb at all.
     */
    private static boolean withoutItsClause(List<Grammar.Word> words, int verb, String lemma) {
        if (lemma.equals("describe")) {
            return words.subList(verb + 1, words.size()).stream().takeWhile(w -> !w.is("PUNCT"))
                    .noneMatch(w -> w.lemma().equals("as"));
        }
        if (NEEDS_INFINITIVE.contains(lemma)) {
            return !(verb + 1 < words.size() && isThat(words.get(verb + 1)) || infinitiveAhead(words, verb + 1));
        }
        Set<String> openers = CLAUSE_ONLY.get(lemma);
        int i = verb + 1;
        if (openers == null) {
            return false;
        }
        if (i < words.size() && (isThat(words.get(i)) || theFactThat(words, i))) {
            return false;
        }
        int opener = i < words.size() && words.get(i).is("DET") ? i + 1 : i;
        return opener >= words.size() || !openers.contains(words.get(opener).lemma());
    }

    /**
     * {@code He said this while visiting...}: {@code this} or {@code so} alone (before a preposition, conjunction,
     * adverb or the end) refers to what was said before; {@code agreed this could be...} says something.
     */
    private static boolean pointsBack(List<Grammar.Word> words, int content) {
        Grammar.Word w = words.get(content);
        Grammar.Word next = content + 1 < words.size() ? words.get(content + 1) : null;
        return (w.lemma().equals("this") || w.lemma().equals("so")) && (next == null || next.is("ADP")
                || next.is("SCONJ") || next.is("CCONJ") || next.is("ADV") || next.is("PUNCT")
                || CONJUNCTIONS.contains(next.lemma()));
    }

    /** Whether the word before {@code i} is {@code by} or {@code of}: {@code by emphasising}, {@code of noting}. */
    private static boolean afterByOrOf(List<Grammar.Word> words, int i) {
        return i > 0 && (words.get(i - 1).lemma().equals("by") || words.get(i - 1).lemma().equals("of"));
    }

    /** {@code the concerns expressed by Macron}: a participle after a noun, its agent after {@code by}. */
    private static boolean reducedRelative(List<Grammar.Word> words, int verb) {
        return verb > 0 && verb + 1 < words.size() && words.get(verb - 1).is("NOUN")
                && words.get(verb + 1).lemma().equals("by");
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

    /**
     * Whether what the verb at {@code verb} gives is speech: its object ({@code provided specific examples of
     * violations}, {@code exchanged Christmas and New Year greetings}) or, in the passive, its subject ({@code
     * Specific examples of Kiev's course were given}).
     */
    private static boolean conveysSpeech(List<Grammar.Word> words, int verb) {
        if (passive(words, verb)) {
            return words.subList(0, verb).stream().anyMatch(ReportedSpeech::speechNoun);
        }
        for (int i = verb + 1; i < words.size() && OBJECT_WORDS.contains(words.get(i).tag()); i++) {
            if (speechNoun(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speechNoun(Grammar.Word w) {
        return w.is("NOUN") && SPEECH_NOUNS.contains(w.lemma());
    }

    /**
     * Whether an infinitive follows within a short object ({@code invited Poland to take part}, {@code were invited
     * to participate}), not a place ({@code invited to the summit}).
     */
    private static boolean infinitiveAhead(List<Grammar.Word> words, int from) {
        for (int i = from; i + 1 < words.size() && i < from + 6 && !words.get(i).is("PUNCT"); i++) {
            if (words.get(i).is("PART") && words.get(i).lemma().equals("to")) {
                return words.get(i + 1).is("VERB") || words.get(i + 1).is("AUX") || words.get(i + 1).is("ADV");
            }
            if (words.get(i).is("VERB") || words.get(i).is("ADP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code assured Ukraine of his country's support}, {@code assured of further support}: perhaps the one
     * assured, then {@code of} and what.
     */
    private static boolean assuredOf(List<Grammar.Word> words, int object) {
        if (object >= words.size() || !words.get(object - 1).lemma().matches("(?:re)?assure")) {
            return false;
        }
        for (int i = object; i < words.size() && i < object + 4 && !words.get(i).is("PUNCT"); i++) {
            if (words.get(i).lemma().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * After {@code called} with no particle, an assessment: {@code called energy security no less important} (what
     * is judged, from {@code from}, up to an adjective that ends the clause) or {@code called important the direction
     * of...} (from past the adjective, before a determiner); -1 for a call to someone ({@code called Ukrainian
     * President Zelensky}).
     */
    private static int assessment(List<Grammar.Word> words, int from) {
        List<Grammar.Word> clause = words.subList(from, words.size()).stream()
                .takeWhile(w -> !w.is("PUNCT") || w.text().contains("-")).toList(); // de-/PUNCT occupied is one word
        if (clause.size() < 2) {
            return -1;
        }
        if (clause.getFirst().is("ADJ") && clause.get(1).is("DET")) {
            return from + 1;
        }
        return clause.getLast().is("ADJ") ? from : -1;
    }

    /** {@code in favour of} (or {@code favor}) at {@code i}. */
    private static boolean inFavourOf(List<Grammar.Word> words, int i) {
        return i + 2 < words.size() && words.get(i).lemma().equals("in")
                && words.get(i + 1).text().toLowerCase(Locale.ROOT).matches("favou?r") && words.get(i + 2).lemma().equals("of");
    }

    /** Where the reported words begin after the verb at {@code verb}, or -1 when it reports nothing. */
    private static int contentStart(List<Grammar.Word> words, int verb, String lemma) {
        int i = lemma.equals("make") ? clearThat(words, verb + 1) : lemma.equals(FAVOUR) ? verb + 4
                : lemma.equals(SUPPORTIVE) ? verb + 2 : verb + 1;
        if (NEEDS_PARTICLE.contains(lemma)) {
            if (i >= words.size() || !PARTICLES.contains(words.get(i).lemma())) {
                return lemma.equals("call") ? assessment(words, i) : -1;
            }
            i++;
        }
        int that = thatAhead(words, i);
        if (ADDRESSED.contains(lemma)) {
            if (that < 0) {
                return assuredOf(words, i) ? i : -1;
            }
            i = that;
        } else if (that >= 0 && i < words.size() && words.get(i).is("ADP") && PLACE.contains(words.get(i).lemma())) {
            i = that;
        }
        while (i < words.size() && (isThat(words.get(i)) || words.get(i).is("PUNCT"))) {
            i++;
        }
        return i < words.size() ? i : -1;
    }

    /**
     * The {@code that} of a clause within eight words from {@code i}, before any punctuation (a quotation
     * aside), or -1: past the one spoken to ({@code told reporters that...}) or a phrase of place or time
     * ({@code stated at a press conference in Moscow that...}).
     */
    private static int thatAhead(List<Grammar.Word> words, int i) {
        for (int j = i; j < words.size() && j < i + 8; j++) {
            if (clauseThat(words, j, i)) {
                return j;
            }
            if (words.get(j).is("PUNCT") && words.get(j).text().charAt(0) != TextLayout.MASK) {
                return -1;
            }
        }
        return -1;
    }

    /** After {@code made}: the index past {@code it clear} or {@code clear} before {@code that}, else -1. */
    private static int clearThat(List<Grammar.Word> words, int i) {
        int j = i < words.size() && words.get(i).lemma().equals("it") ? i + 1 : i;
        return j + 1 < words.size() && words.get(j).lemma().equals("clear") && isThat(words.get(j + 1)) ? j + 1 : -1;
    }

    /** {@code mentioned the fact that...}: the clause is said, with its noun. */
    private static boolean theFactThat(List<Grammar.Word> words, int i) {
        return i + 2 < words.size() && words.get(i).lemma().equals("the") && words.get(i + 1).lemma().equals("fact")
                && isThat(words.get(i + 2));
    }

    /**
     * Whether the word at {@code j} is a {@code that} opening a clause, not a relative pronoun in a phrase
     * after the one spoken to ({@code informed you on the subjects that were raised}): tagged a conjunction,
     * or (the tagger is not always sure) with no preposition since the verb ({@code told reporters that}).
     */
    private static boolean clauseThat(List<Grammar.Word> words, int j, int afterVerb) {
        return isThat(words.get(j)) && (words.get(j).is("SCONJ")
                || words.subList(afterVerb, j).stream().noneMatch(w -> w.is("ADP")));
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
