package org.casus.record.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.record.importer.SpeakerPhrases.Kind;
import org.casus.record.importer.SpeakerPhrases.Resolution;

/**
 * Attributes each quotation of a text to a speaker, reading the text once in order. For each quotation,
 * the first of these that applies:
 * <ol>
 *   <li>after it, in the same sentence: {@code “...,” said X}, {@code “...,” X said},
 *       {@code “...,” according to X};</li>
 *   <li>before it, in the same sentence and after any earlier quotation: {@code X said: “...”},
 *       {@code X said that ... “...”}, {@code According to X, “...”}; or a sentence ending in a colon
 *       that names a speaker ({@code Zelensky was blunt: “...”}), also at the end of the paragraph before;</li>
 *   <li>a quotation with no cue continues the one before it when they share a paragraph and no other
 *       person is named between them, or when the one before runs on into its paragraph.</li>
 * </ol>
 * Each sentence without a whole quotation is read for reported speech ({@link ReportedSpeech}: {@code Lavrov said
 * Moscow would...}, {@code This was stated by X}, {@code according to X}, a connective going on with the report
 * before), and a transcript's speaker label ({@code President of Russia Vladimir Putin: ...}) opens a turn. A
 * pronoun resolves through {@link Referents}: to the most recent attributed speaker, and to nobody when another
 * person was named in a sentence since.
 */
final class SpeakerResolver {
    /** A preposition that makes the actor after it the object of the subject, not the subject. */
    private static final Pattern THING_OF = Pattern.compile("(?<![\\p{L}])(?:for|about|on|against|with|to|from|in"
            + "|over|between)(?![\\p{L}])");
    /**
     * {@code It was emphasised that}, {@code It was also agreed to}, {@code Hope was expressed that}: a report that
     * names no speaker, its subject {@code it} or the stance it expresses. A stance without a that-clause ({@code
     * Serious concerns were expressed due to...}) says the whole sentence.
     */
    private static final Pattern IMPERSONAL = Pattern.compile("(?i)(?:^|[,;]\\s*|\\s)(?:it|attention|emphasis|(?<stance>(?:the\\s+)?"
            + "(?:\\p{L}+\\s+)?(?:hopes?|concerns?|confidence|conviction|satisfaction|regret)))\\s+(?:was|were|is|are|has been"
            + "|have been|had been)"
            + "(?:\\s+(?:\\p{L}+ly|also|again|further|once again|once more|however|then))*\\s*$");
    /** {@code This was stated by X}: the sentences before are what X said. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\s*this\\s+(?:was|has been)\\s+(?:stated|said"
            + "|announced|noted|emphasi[sz]ed|stressed|reported|declared)\\s+by\\s+");
    /**
     * A transcript's speaker label at the start of a sentence, before a colon: capitalised words (with {@code of},
     * {@code the}...), perhaps after the asterisks that end a section and before a parenthetical ({@code Federal
     * Chancellor of Germany Olaf Scholz (retranslated):}).
     */
    private static final Pattern TURN = Pattern.compile("\\s*(?:\\*+\\s*)*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|the|and|for|to"
            + "|\\p{Lu}[\\p{L}'’.-]*)|,\\s+\\p{Lu}[\\p{L}'’.-]*){0,20})\\s*(?:\\([^)]{0,40}\\))?:\\s+");
    /** A text that opens by calling itself an interview: {@code Interview of President of Ukraine Volodymyr Zelenskyy to...}. */
    private static final Pattern INTERVIEW = Pattern.compile("(?i)(?<![\\p{L}])interview(?![\\p{L}])");
    /** A dash that opens a sentence: in an interview, the start of a question or of an answer. */
    private static final Pattern DASH_TURN = Pattern.compile("\\s*[-–—]\\s+(?=\\S)");
    /** What may stand between a speaker's name and the colon of a label: {@code (retranslated)}. */
    private static final Pattern LABEL_END = Pattern.compile("\\s*(?:\\([^)]{0,40}\\))?\\s*");
    /** A word in lower case other than those that join a title ({@code of}, {@code the}...), outside brackets. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}(])(?!(?:of|the|and|for|to)(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*"
            + "(?![^(]*\\))");
    /** A capitalised word: {@code Schallenberg}, {@code Vice-President}, {@code O'Brien}. */
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
    /** Capitalised words, as of a title before a name ({@code German Chancellor}), or none. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:" + CAPITALISED + "\\s+)*");
    /** A connective that opens a sentence going on with what was just reported: {@code However, ...}. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)\\s*(?:and|but|however|moreover|furthermore|in addition"
            + "|besides|also|that is why|this is why|therefore|thus|hence|at the same time|nevertheless|yet|in particular)(?![\\p{L}])[\\s,]*");
    /**
     * The end of the words before a subject that make its clause a comment ({@code ..., as}): unless what was said
     * follows its own comma ({@code ..., as Podoliak said, Ukrainians have proved...}), the verb reports nothing.
     */
    private static final Pattern COMMENT_CLAUSE = Pattern.compile("(?i),\\s*as\\s*$");
    /** {@code as} just before a subject: {@code As you have said, ...} may give the words to either side. */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])as\\s*$");
    /** A topic put first, up to its comma: {@code As for joining NATO, }, {@code Regarding the sanctions, }. */
    private static final Pattern FRONTED_TOPIC = Pattern.compile("(?i)\\s*(?:as for|as to|as regards|regarding|with "
            + "regard to|concerning|speaking (?:about|of))\\s[^,;.]*,\\s*");
    /**
     * A name of capitalised words ({@code Recep Tayyip Erdogan}: the last is the surname), or a title with
     * {@code of} ({@code Prime Minister of India}), looked for whole.
     */
    private static final Pattern PROPER_NAME = Pattern.compile(CAPITALISED + "(?:\\s+(?:of\\s+(?:the\\s+)?)?"
            + CAPITALISED + ")*");
    /** Such a name or title before a name, with the space after it: {@code President of Russia }, {@code Federal Chancellor }. */
    private static final Pattern TITLED_NAME = Pattern.compile("(?<![\\p{L}])" + PROPER_NAME.pattern() + "\\s+");
    /** What may stand between an office and its holder's name: {@code Minister of Industry and Trade }, {@code General }. */
    private static final Pattern TITLE_RUN = Pattern.compile("(?:\\s+(?:" + CAPITALISED + "|of|the|and|for|on|–|-))*\\s*");
    /** One capitalised word between spaces: a given name before the surname the registry matched. */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\s+" + CAPITALISED + "\\s+");
    /** A name of capitalised words, as in a list of names: {@code Alexander Schallenberg}. */
    private static final String NAME = CAPITALISED + "(?:\\s+" + CAPITALISED + ")*";
    /** Names in a list, {@code Jan Lipavský, Alexander Schallenberg and Ivan Korčok}: the first ends at the first , or and. */
    private static final Pattern NAME_LIST = Pattern.compile("(" + NAME + ")(?:\\s*,\\s*" + NAME + ")*\\s+and\\s+" + NAME);
    /** A sentence that opens with names in a list up to its last {@code and}: {@code Jan Lipavský, Alexander Schallenberg and}. */
    private static final Pattern LIST_OPENING = Pattern.compile("\\s*(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*,?\\s+and\\s*");
    /** {@code The ministers}, {@code the Baltic Foreign Ministers}: a group of ministers, perhaps the ones the text named. */
    private static final Pattern MINISTERS = Pattern.compile("(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:[Ff]oreign\\s+)?[Mm]inisters");
    /** A group of several actors' people, {@code the leaders}, before the {@code of} that names the actors. */
    private static final String GROUP = "(?:the\\s+)?(?:leaders|presidents|heads\\s+of\\s+state|prime\\s+ministers"
            + "|(?:foreign\\s+)?ministers|delegations|representatives)\\s+of\\s+";
    /** {@code The leaders of Poland and Lithuania}, {@code the Presidents of ...}: a group named by the actors it is of. */
    private static final Pattern GROUP_OF = Pattern.compile("(?i)" + GROUP + "\\S.*");
    /** A sentence that opens with such a group up to its last {@code and}: {@code The leaders of Poland and}. */
    private static final Pattern GROUP_OPENING = Pattern.compile("(?i)\\s*(" + GROUP + "[^,;:]*?)\\s*,?\\s+and\\s*");
    /** A minister's title as a text introduces one: {@code Minister of Foreign Affairs of}, {@code Foreign Minister of}. */
    private static final Pattern MINISTER_OF = Pattern.compile("(?<![\\p{L}])Minister(?:\\s+(?:of|for)\\s+Foreign\\s+Affairs)?\\s+of\\s");
    /** Where the title before a name begins: after punctuation, or after the word that relates it to the rest. */
    private static final Pattern INTRODUCER = Pattern.compile("(?i)[,;:()—–]|(?<![\\p{L}])(?:with|and|by|between)(?![\\p{L}])");
    /** The actor a title is of, between the title and its holder's name: {@code of Ukraine}. */
    private static final Pattern OF_ACTOR = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    /**
     * Pronouns before a passive's verb: its subject is no matter ({@code what they are called}) or the passive is
     * a relative clause's ({@code points that were supported}).
     */
    private static final Set<String> PRONOUN_SUBJECT = Set.of("that", "which", "who", "they", "it", "he", "she", "we",
            "you", "i");
    /**
     * The most words a speaker phrase may have between a quotation and a verb that ends the sentence ({@code
     * ," Acting First Deputy Head of the Ukrainian Delegation to the TCG Andriy Kostin said.}); elsewhere 8.
     */
    private static final int LONG_SPEAKER = 14;
    /** Words that may end a clause after its passive verb: {@code was pointed out as well}. */
    private static final Set<String> CLAUSE_END = Set.of("out", "as", "well", "too", "also");
    /** A determiner opening a phrase: {@code The second part of the package} names nobody. */
    private static final Pattern DETERMINER = Pattern.compile("^(?:[Tt]he|An?|an?|This|That|These|Those|Its|Their|Our"
            + "|His|Her|Each|Every|Both|Some|Any|Such)\\s+");
    /** A capitalised word, a pronoun aside: a name or an office, as opposed to {@code one participant} or {@code You}. */
    private static final Pattern NAMED = Pattern.compile("(?:^|\\s)(?!(?:You|We|It|They|He|She|This|That|These|Those)"
            + "(?:\\s|$))\\p{Lu}\\p{Ll}+(?:\\s|$)");
    /** In a transcript's turn, the speaker ({@code I}) or the speaker's side ({@code we}): the turn's own words. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)I|we");
    /** A clause that opens with {@code I} or {@code we}: the voice of whoever is speaking. */
    private static final Pattern OWN_VOICE = Pattern.compile("\\s*(?:I|[Ww]e)(?![\\p{L}'’])");
    /** {@code they} and {@code them} never stand for one person. */
    private static final Pattern PLURAL = Pattern.compile("(?i)they|them");
    /** Words for both sides of a talk: {@code the sides}, {@code both parties}. */
    private static final Pattern BOTH_SIDES = Pattern.compile("(?i)(?<![\\p{L}])(?:sides|parties|both|the two)(?![\\p{L}])");
    /**
     * {@code The two agreed}, {@code Both parties expressed}, {@code The group agreed}, {@code The participants in the
     * consultations agreed}: all sides, reported by one.
     */
    private static final Pattern JOINT = Pattern.compile("(?i)(?:the\\s+)?(?:(?:(?:two|both)\\s+)?(?:sides|parties|presidents|heads of state"
            + "|leaders|ministers|delegations|group|interlocutors|(?:meeting )?participants)(?:\\s+(?:in|of|at)\\s+the\\s+"
            + "(?:\\p{L}+\\s+)?(?:talks|meeting|consultations|negotiations|conversation|summit))?|two|both|they)");

    private final Names names;
    private final SpeakerPhrases phrases;
    private final String author;

    /**
     * @param author the actor whose own text this is (a readout, a statement), or null: what it reports
     *               without a speaker ({@code It was agreed...}, {@code The two agreed...}) is its own
     */
    SpeakerResolver(Names names, Titles titles, String author) {
        this.names = names;
        this.phrases = new SpeakerPhrases(names, titles, author);
        this.author = author;
    }

    /**
     * What a reading of a text found.
     *
     * @param quotations one attribution per quotation of the layout, in order; null where no cue was found
     * @param reports    the reported speech of sentences without quotation, in order
     */
    record Reading(List<Attribution> quotations, List<Report> reports) {
    }

    /**
     * Reported speech: the reported words, the sentence that reports them, who is said to have said them, the
     * actor the reported clause's subject names ({@code that Putin was willing...}: RU), or null, and the verb
     * that reports them ({@code demanded}), or null ({@code according to}).
     */
    record Report(Span words, Span sentence, Attribution attribution, String subject, String verb) {
    }

    /** Reads the layout once, in order. */
    Reading read(TextLayout layout) {
        return new Pass(layout).run();
    }

    /** One reading of one text: the running state is the most recent speaker. */
    private final class Pass {
        private final TextLayout layout;
        private final String masked;
        private final List<Quotation> quotes;
        private final List<Mention> people;
        private final Attribution[] result;
        private final List<Report> reports = new ArrayList<>();
        private final Grammar grammar = new Grammar();
        private final Referents referents;
        /** The last {@code This was stated by X}: a connective after it goes on with the lead. */
        private Span backReference;
        /** The sentence before the one being read, for {@code This was stated by X}. */
        private Span previous;
        /** Who answers in an interview whose turns open with dashes, named in its first sentence; null in other texts. */
        private final Speaker interviewee;
        /** Whether the dash turn being read is an answer: they alternate, a question first. */
        private boolean answering = true;

        Pass(TextLayout layout) {
            this.layout = layout;
            this.masked = layout.masked();
            this.quotes = layout.quotes();
            this.people = names.people(masked, 0, masked.length());
            this.referents = new Referents(masked, people, phrases);
            this.result = new Attribution[quotes.size()];
            this.interviewee = interviewee();
        }

        /**
         * The person a text names in its first sentence when that sentence calls it an interview and a later
         * sentence opens with a dash (the form of interviews on president.gov.ua: {@code - Question? - Answer.}).
         */
        private Speaker interviewee() {
            List<Span> sentences = layout.sentences();
            if (sentences.isEmpty() || !INTERVIEW.matcher(masked).region(sentences.getFirst().start(),
                    sentences.getFirst().end()).find() || sentences.stream().noneMatch(this::opensWithDash)) {
                return null;
            }
            return names.people(masked, sentences.getFirst().start(), sentences.getFirst().end()).stream().findFirst()
                    .map(m -> Speaker.of(m.person(), m.actor())).orElse(null);
        }

        private boolean opensWithDash(Span sentence) {
            return DASH_TURN.matcher(masked).region(sentence.start(), sentence.end()).lookingAt();
        }

        /**
         * In an interview, the dash turn {@code sentence} opens: an answer, as a turn of the interviewee's, or null
         * for a question. Every dash turn counts towards the alternation, a quoted one too, whose quotation is
         * attributed on its own (no turn).
         */
        private Report answer(Span sentence, boolean quoted) {
            answering = !answering;
            if (quoted) {
                return null;
            }
            Matcher dash = DASH_TURN.matcher(masked).region(sentence.start(), sentence.end());
            int end = dash.lookingAt() ? trimEnd(dash.end(), sentence.end()) : sentence.start();
            if (!answering || end <= dash.end()) {
                referents.speaking(Speaker.UNKNOWN);
                return null;
            }
            return report(new Span(dash.end(), end), sentence, new Attribution(interviewee, "turn"), null);
        }

        Reading run() {
            int next = 0;
            Report turn = null;
            for (Span sentence : layout.sentences()) {
                boolean quoted = false;
                boolean reportsToo = true;
                while (next < quotes.size() && quotes.get(next).open() < sentence.end()) {
                    quoted = true;
                    reportsToo &= embedded(quotes.get(next), sentence) || afterReport(quotes.get(next), sentence);
                    attribute(next++);
                }
                boolean dashTurn = interviewee != null && opensWithDash(sentence);
                Report answer = dashTurn ? answer(sentence, quoted) : null;
                Report opened = answer != null ? answer : quoted ? null : turn(sentence);
                if (dashTurn && answer == null) {
                    turn = null; // a question: the answer before it has ended
                }
                if (opened != null) {
                    turn = opened;
                    referents.speaking(opened.attribution().speaker());
                } else if (!quoted && labelled(sentence)) {
                    turn = null;
                    referents.speaking(Speaker.UNKNOWN);
                } else {
                    int before = reports.size();
                    if (!quoted || reportsToo) {
                        reportedSpeech(sentence);
                    }
                    if (turn != null && !quoted && ownSide(turn, before)) {
                        reports.subList(before, reports.size()).clear(); // the speaker's own side, within the turn
                    }
                    turn = quoted || reports.size() > before || turn == null ? null : extend(turn, sentence);
                }
                previous = quoted ? null : sentence;
            }
            while (next < quotes.size()) {
                attribute(next++);
            }
            // a turn of fewer than three words ("Thank you. <…>") says nothing to record
            reports.removeIf(r -> "turn".equals(r.attribution().cue())
                    && ReportingCues.words(masked, r.words().start(), r.words().end()) < 3);
            return new Reading(Arrays.asList(result), List.copyOf(reports));
        }

        /**
         * A transcript's turn opened by {@code sentence}: a speaker's label of capitalised words and a colon at its
         * start ({@code President of Russia Vladimir Putin: Mr Lavrov, we agreed...}), naming a known speaker;
         * what follows the colon is the statement. Null when the sentence opens no turn.
         */
        private Report turn(Span sentence) {
            Matcher label = TURN.matcher(masked).region(headingEnd(sentence), sentence.end());
            if (!label.lookingAt() || ReportingCues.words(masked, label.start(1), label.end(1)) < 2) {
                return null;
            }
            Attribution a = named(new Span(label.start(1), label.end(1)), true, "turn", sentence.start());
            int end = trimEnd(label.end(), sentence.end());
            if (a == null || !a.speaker().known() || "pronoun".equals(a.cue()) || end <= label.end()) {
                return null;
            }
            return report(new Span(label.end(), end), sentence, new Attribution(a.speaker(), "turn"), null);
        }

        /**
         * Where a transcript's label begins in {@code sentence}: its start, or after a heading run into it ({@code
         * Beginning of Russian-Belarusian talks President of Russia Vladimir Putin: ...}): the title before the person
         * the registry knows just before the sentence's first colon, or else the capitalised words after the last
         * word in lower case before it ({@code ... talks President of the People's Republic of China Xi Jinping:}).
         */
        private int headingEnd(Span sentence) {
            int colon = masked.indexOf(':', sentence.start());
            if (colon < 0 || colon >= sentence.end() || ReportingCues.words(masked, sentence.start(), colon) > 20) {
                return sentence.start();
            }
            Mention person = people.stream().filter(m -> m.start() >= sentence.start() && m.end() <= colon
                    && LABEL_END.matcher(masked).region(m.end(), colon).matches()).findFirst().orElse(null);
            int name = person != null ? person.start() : lastLowercaseWordEnd(sentence.start(), colon);
            Matcher title = TITLED_NAME.matcher(masked).region(sentence.start(), name);
            int start = name;
            while (title.find()) {
                if (title.end() == name) {
                    start = title.start();
                }
            }
            return start > sentence.start() && ReportingCues.hasLetter(masked, sentence.start(), start) ? start
                    : sentence.start();
        }

        /**
         * Where the capitalised words before {@code colon} begin, after the last word in lower case that joins no
         * title ({@code talks} in {@code Beginning of Russian-Chinese talks President of ... Xi Jinping:}); the
         * sentence's start when there is none.
         */
        private int lastLowercaseWordEnd(int from, int colon) {
            Matcher word = LOWER_WORD.matcher(masked).region(from, colon);
            int end = from;
            while (word.find()) {
                end = word.end();
            }
            return skipPunctuation(end, colon);
        }

        /**
         * Whether {@code sentence} opens with a speaker's label ({@code Pavel Zarubin: ...}) that {@link #turn}
         * could not attribute: someone else's turn begins, and the one before has ended.
         */
        private boolean labelled(Span sentence) {
            Matcher label = TURN.matcher(masked).region(sentence.start(), sentence.end());
            return label.lookingAt() && ReportingCues.words(masked, label.start(1), label.end(1)) >= 2;
        }

        /**
         * Whether every report from index {@code from} on is the turn's speaker or that speaker's side in the words of
         * the turn ({@code Last December we proposed...}, {@code Russia urged the West...} in the President's address):
         * part of the turn, not a statement of its own; what both sides did ({@code the sides have stated...}) is one.
         */
        private boolean ownSide(Report turn, int from) {
            Speaker speaker = turn.attribution().speaker();
            return reports.size() > from && speaker.actor() != null && reports.subList(from, reports.size()).stream()
                    .allMatch(r -> speaker.actor().equals(r.attribution().speaker().actor())
                            && (r.attribution().speaker().person() == null
                            || r.attribution().speaker().person().equals(speaker.person()))
                            && !BOTH_SIDES.matcher(masked).region(r.sentence().start(), r.words().start()).find());
        }

        /** The turn, now running to the end of {@code sentence}, which said nothing of anyone else's. */
        private Report extend(Report turn, Span sentence) {
            Report longer = new Report(new Span(turn.words().start(), trimEnd(turn.words().start(), sentence.end())),
                    turn.sentence(), turn.attribution(), turn.subject(), turn.verb());
            reports.set(reports.indexOf(turn), longer);
            referents.remember(turn.attribution().speaker(), sentence.end());
            return longer;
        }

        /**
         * Whether a quotation is a fragment inside the reporter's own sentence ({@code the President is convinced
         * that..., because they are "public prisoners"}): the sentence is then read for reported speech too.
         */
        private boolean embedded(Quotation q, Span sentence) {
            return !q.runsOn() && q.isFragment(layout.text()) && ReportingCues.hasLetter(masked, sentence.start(), q.open());
        }

        /**
         * Whether a quotation follows a colon after reported words of the sentence's own ({@code Zelenskyy noted
         * the leading role of the Baltic states and stressed: "..."}): the sentence is then read for reported
         * speech too, and a report that holds the quotation is one statement with it.
         */
        private boolean afterReport(Quotation q, Span sentence) {
            int colon = q.open();
            while (colon > sentence.start() && Character.isWhitespace(masked.charAt(colon - 1))) {
                colon--;
            }
            return colon > sentence.start() && masked.charAt(colon - 1) == ':'
                    && ReportingCues.words(masked, sentence.start(), colon - 1) >= 6;
        }

        private void attribute(int i) {
            Quotation q = quotes.get(i);
            Span sentence = layout.sentenceOf(q.open());
            int[] reach = {sentence.end()};
            Attribution a = after(i, reach);
            if (a == null) {
                a = before(i);
            }
            if (a == null) {
                a = continued(i);
            }
            result[i] = a;
            if (a != null) {
                referents.remember(a.speaker(), Math.max(reach[0], q.after()));
            }
        }

        /** {@code “...,” said X}, {@code “...,” X said}, {@code “...,” according to X}. */
        private Attribution after(int i, int[] reach) {
            Quotation q = quotes.get(i);
            Span paragraph = layout.paragraphOf(q.open());
            if (paragraph == null || q.runsOn()) {
                return null;
            }
            Quotation next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
            int limit = next != null && next.open() < paragraph.end() ? next.open() : paragraph.end();
            int p = q.after();
            while (p < limit && !Character.isLetter(masked.charAt(p))) {
                if (".!?".indexOf(masked.charAt(p)) >= 0 || masked.charAt(p) == TextLayout.MASK) {
                    return null;
                }
                p++;
            }
            if (p >= limit) {
                return null;
            }
            int end = Math.min(limit, layout.sentenceOf(p).end());
            boolean closed = endsSentence(q);
            if (next != null && end == next.open() && (closed || masked.substring(p, end).strip().endsWith(":"))) {
                return null;
            }
            reach[0] = end;
            Matcher according = ReportingCues.region(ReportingCues.ACCORDING, masked, p, end);
            if (according.lookingAt()) {
                return named(ReportingCues.nameAfter(masked, according.end(), end), true, "according to", q);
            }
            Matcher verb = ReportingCues.region(ReportingCues.VERB, masked, p, end);
            if (verb.lookingAt()) {
                return ReportingCues.invertible(verb.group()) ? saidX(verb.end(), end, q) : null;
            }
            if (!verb.find()) {
                return null;
            }
            boolean last = !ReportingCues.hasLetter(masked, verb.end(), end);
            if (ReportingCues.words(masked, p, verb.start()) > (last ? LONG_SPEAKER : 8)) {
                return null;
            }
            if (closed && (ReportingCues.words(masked, p, end) > (last ? LONG_SPEAKER + 1 : 12)
                    || ReportingCues.hasClauseOpener(masked, verb.end(), end))) {
                return null;
            }
            ReportingCues.Subject subject = ReportingCues.subject(masked, p, verb.start());
            if (subject == null || subject.head().start() != p
                    && ReportingCues.hasClauseOpener(masked, p, subject.head().start())) {
                return null;
            }
            return subject(subject, "X said", q);
        }

        /** The speaker the subject names, or the one its parenthetical names when the subject's is unknown. */
        private Attribution subject(ReportingCues.Subject subject, String cue, Quotation q) {
            return subject(subject, cue, layout.sentenceOf(q.open()).start());
        }

        private Attribution subject(ReportingCues.Subject subject, String cue, int sentenceStart) {
            Matcher list = LIST_OPENING.matcher(masked).region(Math.min(sentenceStart, subject.head().start()),
                    subject.head().start());
            Matcher group = GROUP_OPENING.matcher(masked).region(Math.min(sentenceStart, subject.head().start()),
                    subject.head().start());
            Span whole = list.matches() ? new Span(list.start(1), subject.head().end())
                    : group.matches() ? new Span(group.start(1), subject.head().end()) : subject.head();
            Attribution head = named(whole, false, cue, sentenceStart);
            if ((head == null || !head.speaker().known()) && subject.aside() != null) {
                Attribution aside = named(subject.aside(), true, cue, sentenceStart);
                if (aside != null && aside.speaker().known() && !"pronoun".equals(aside.cue())) {
                    return aside;
                }
            }
            return head;
        }

        /** {@code X said: “...”}, {@code According to X, “...”}, {@code X was blunt: “...”}. */
        private Attribution before(int i) {
            Quotation q = quotes.get(i);
            Span paragraph = layout.paragraphOf(q.open());
            if (paragraph == null) {
                return null;
            }
            int from = Math.max(paragraph.start(), layout.sentenceOf(q.open()).start());
            if (i > 0 && quotes.get(i - 1).after() > from && quotes.get(i - 1).after() <= q.open()) {
                from = quotes.get(i - 1).after();
            }
            int to = q.open();
            if (q.open() == paragraph.start()) {
                Span previous = layout.paragraphBefore(q.open());
                if (previous == null || masked.charAt(previous.end() - 1) != ':') {
                    return null;
                }
                from = Math.max(layout.sentenceOf(previous.end() - 1).start(),
                        i > 0 && quotes.get(i - 1).open() >= previous.start() ? quotes.get(i - 1).after() : 0);
                to = previous.end();
            }
            if (!ReportingCues.hasLetter(masked, from, to)) {
                return null;
            }
            Matcher verb = ReportingCues.last(ReportingCues.VERB, masked, from, to);
            Matcher according = ReportingCues.last(ReportingCues.ACCORDING, masked, from, to);
            if (verb != null) {
                ReportingCues.Subject subject = ReportingCues.subject(masked, from, verb.start());
                if (subject != null) {
                    return subject(subject, "X said", q);
                }
                if (ReportingCues.invertible(verb.group())) {
                    Attribution inverted = saidX(verb.end(), to, q);
                    if (inverted != null) {
                        return inverted;
                    }
                }
            }
            if (according != null) {
                return named(ReportingCues.nameAfter(masked, according.end(), to), true, "according to", q);
            }
            String words = masked.substring(from, to).strip();
            if (verb == null && words.endsWith(":")) {
                ReportingCues.Subject subject = ReportingCues.subject(masked, from,
                        from + masked.substring(from, to).lastIndexOf(':'));
                Attribution a = subject == null ? null : named(subject.head(), true, "colon", q);
                return a != null && a.speaker().known() ? a : null;
            }
            return null;
        }

        /** {@code said X}: the speaker after the verb, or in the phrase set off by a comma after it. */
        private Attribution saidX(int from, int to, Quotation q) {
            return saidX(from, to, layout.sentenceOf(q.open()).start());
        }

        private Attribution saidX(int from, int to) {
            return saidX(from, to, layout.sentenceOf(from).start());
        }

        private Attribution saidX(int from, int to, int sentenceStart) {
            Span name = ReportingCues.nameAfter(masked, from, to);
            Attribution a = named(name, true, "said X", sentenceStart);
            if (a != null && !a.speaker().known() && name != null) {
                Attribution apposition = named(apposition(name.end(), to), true, "said X", sentenceStart);
                if (apposition != null && apposition.speaker().known()) {
                    return apposition;
                }
            }
            return a;
        }

        /** The phrase after the comma that follows {@code at}: {@code Dmitry Peskov, the Kremlin spokesman}. */
        private Span apposition(int at, int to) {
            int comma = masked.indexOf(',', at);
            return comma < 0 || comma >= to ? null : ReportingCues.nameAfter(masked, comma + 1, to);
        }

        /** A quotation with no cue of its own continues the one before it. */
        private Attribution continued(int i) {
            if (i == 0 || result[i - 1] == null) {
                return null;
            }
            Quotation previous = quotes.get(i - 1);
            Quotation q = quotes.get(i);
            Speaker speaker = result[i - 1].speaker();
            Span paragraph = layout.paragraphOf(q.open());
            Span before = layout.paragraphBefore(q.open());
            boolean runsOnHere = previous.runsOn() && paragraph != null && paragraph.start() == q.open()
                    && before != null && before.contains(previous.open());
            boolean sameParagraph = paragraph != null && paragraph.contains(previous.open())
                    && !referents.otherPersonNamed(previous.after(), q.open(), speaker);
            return runsOnHere || sameParagraph ? new Attribution(speaker, "continued") : null;
        }

        /**
         * Reported speech, in a sentence with no quotation: {@code Lavrov said Moscow would...}, {@code The
         * Secretary emphasized that...}, {@code According to the Kremlin, ...}. Each reporting verb whose subject
         * is a known speaker gives a report, up to where another speaker's clause begins ({@code ..., and Rubio
         * added that...}, in the tense of the first verb); a verb inside what is reported ({@code said that Kyiv
         * had agreed}, {@code said that there are programmes, and Ukraine welcomes...}) does not. The
         * first verb's subject becomes the most recent speaker, known or not, as for a quotation.
         */
        private void reportedSpeech(Span sentence) {
            if (!ReportingCues.hasLetter(masked, sentence.start(), sentence.end())) {
                return;
            }
            List<Grammar.Word> words = grammar.words(masked, sentence.start(), sentence.end());
            int end = trimEnd(sentence.start(), sentence.end());
            int reported = reports.size();
            if (framedByAccording(sentence, end)) {
                according(sentence, end);
                if (reports.size() > reported) {
                    return;
                }
            }
            boolean remembered = false;
            Report open = null;
            Grammar.Word openVerb = null;
            for (ReportedSpeech.Predicate p : ReportedSpeech.predicates(words)) {
                Grammar.Word verb = words.get(p.verb());
                int comma = commaBefore(sentence.start(), verb.start());
                Attribution a;
                Span said;
                int clause;
                if (p.passive()) {
                    Matcher by = BACK_REFERENCE.matcher(masked.substring(sentence.start(), end));
                    if (by.lookingAt()) {
                        a = saidX(sentence.start() + by.end(), sentence.end());
                        if (a != null && a.speaker().known()) {
                            reportLead(a, verb, sentence);
                        }
                        return;
                    }
                    if (referents.speaking() != null) {
                        continue;
                    }
                    Span subject = author == null ? null : passiveSubject(words, p.verb(), sentence);
                    Matcher impersonal = IMPERSONAL.matcher(masked.substring(sentence.start(), verb.start()));
                    boolean says = author != null && p.reports() && impersonal.find();
                    if (!says && subject == null) {
                        continue;
                    }
                    a = new Attribution(Speaker.of(null, author), "author");
                    boolean stanceOnly = says && impersonal.group("stance") != null && !isThat(words, p.content() - 1);
                    said = !says ? subject : stanceOnly ? new Span(sentence.start(), end)
                            : new Span(words.get(p.content()).start(), end);
                    clause = says && !stanceOnly ? verb.start() : sentence.start();
                } else if (comma >= 0 && ReportingCues.invertible(verb.text()) && isClause(words, comma)
                        && namesOnly(verb.end(), end)) {
                    a = saidX(verb.end(), sentence.end());
                    said = new Span(sentence.start(), trimEnd(sentence.start(), comma));
                    clause = sentence.start();
                } else {
                    ReportingCues.Subject subject = p.shared() ? mainSubject(words, sentence, p.verb())
                            : ReportingCues.subject(masked, sentence.start(), verb.start());
                    if (subject == null || COMMENT_CLAUSE.matcher(masked.substring(sentence.start(),
                            subject.head().start())).find() && !(p.reports() && words.get(p.content() - 1).text().equals(","))) {
                        continue; // ..., as the Ukrainian side states at the talks: the words after the verb were not said
                    }
                    a = jointBefore(words, sentence.start(), subject.head().start(), subject.head())
                            ? new Attribution(author == null ? Speaker.UNKNOWN : Speaker.of(null, author), "author")
                            : subject(subject, "X said", sentence.start());
                    clause = subject.head().start();
                    int before = commaBefore(sentence.start(), clause);
                    said = p.reports() ? new Span(words.get(p.content()).start(), end)
                            : before >= 0 && ReportingCues.invertible(verb.text())
                            && ReportingCues.words(masked, verb.end(), end) <= 3 && isClause(words, before)
                            ? new Span(sentence.start(), trimEnd(sentence.start(), before)) : null;
                }
                if (a == null) {
                    continue;
                }
                if (p.back() && !p.passive() && a.speaker().known() && open == null) {
                    reportLead(a, verb, sentence);
                    return;
                }
                if (!remembered) {
                    referents.remember(a.speaker(), sentence.end());
                    remembered = true;
                }
                if (!a.speaker().known() || said == null || said.end() <= said.start()) {
                    continue;
                }
                if (open == null) {
                    open = report(said, sentence, a, verb.text());
                    openVerb = verb;
                } else if (!a.speaker().equals(open.attribution().speaker()) && clause > open.words().start()
                        && startsClause(open.words().start(), clause)
                        && Objects.equals(Tense.past(List.of(verb)), Tense.past(List.of(openVerb)))) {
                    reports.set(reports.size() - 1, new Report(new Span(open.words().start(),
                            trimEnd(open.words().start(), clause)), sentence, open.attribution(), open.subject(),
                            open.verb()));
                    open = report(said, sentence, a, verb.text());
                }
            }
            int before = reports.size();
            if (open == null) {
                according(sentence, end);
            }
            if (open == null && reports.size() == before) {
                continuation(sentence, words, end);
            }
            if (!remembered && open == null) {
                rememberSubject(words, sentence);
            }
        }

        /**
         * A sentence that reports nothing itself but opens with a connective ({@code However}, {@code That is
         * why}) goes on with the reported speech of the sentence just before it (or of the lead a {@code This was
         * stated by X} just before it gave), in the same paragraph. After a verb and its clause the tense must
         * agree with what was reported: past after a backshifted report ({@code ...stressed that the forces had
         * declared a ceasefire. However, the battalions prevented this}), present after a present one; a
         * sentence in another tense is the reporter's own ({@code ...had declared a ceasefire. Meanwhile,
         * nationalist formations continue...}). After {@code according to X} or a lead, which are not backshifted,
         * any tense goes on.
         */
        private void continuation(Span sentence, List<Grammar.Word> words, int end) {
            Matcher connective = CONNECTIVE.matcher(masked).region(sentence.start(), end);
            if (previous == null || reports.isEmpty() || !connective.lookingAt()) {
                return;
            }
            Report before = reports.getLast();
            Span paragraph = layout.paragraphOf(sentence.start());
            boolean follows = before.sentence().equals(previous) || previous.equals(backReference);
            if (!follows || "turn".equals(before.attribution().cue()) || paragraph == null
                    || !paragraph.contains(previous.start())) {
                return;
            }
            Span said = new Span(connective.end(), end);
            if (narrates(words, said, before.attribution().speaker()) || referents.speaking() != null
                    && OWN_VOICE.matcher(masked).region(said.start(), said.end()).lookingAt()) {
                return; // in a turn, "But we are..." is the speaker's own
            }
            Boolean past = Tense.past(words.stream().filter(w -> w.start() >= said.start()).toList());
            boolean backshifted = before.verb() != null && before.words().start() > before.sentence().start();
            if (past != null && (!backshifted
                    || past.equals(Tense.past(grammar.words(masked, before.words().start(), before.words().end()))))
                    && ReportingCues.words(masked, said.start(), said.end()) >= 3) {
                report(said, sentence, new Attribution(before.attribution().speaker(), "continued"), null);
            }
        }

        /**
         * Whether a sentence narrates what others did rather than going on with a report: its subject is both
         * sides, two of them joined ({@code In addition, the President of Ukraine and the Prime Minister of
         * Croatia have devoted...}) or a person other than the speaker ({@code In addition, the parties discussed...}).
         */
        private boolean narrates(List<Grammar.Word> words, Span said, Speaker speaker) {
            Grammar.Word verb = words.stream().filter(w -> w.start() >= said.start() && (w.is("VERB") || w.is("AUX")))
                    .findFirst().orElse(null);
            ReportingCues.Subject subject = verb == null ? null : ReportingCues.subject(masked, said.start(), verb.start());
            if (subject == null) {
                return false;
            }
            String head = masked.substring(subject.head().start(), subject.head().end()).strip();
            Resolution r = phrases.resolve(masked, subject.head().start(), subject.head().end(), false, people);
            return JOINT.matcher(head).matches() && !PLURAL.matcher(head).matches()
                    || jointBefore(words, said.start(), subject.head().start(), subject.head()) || r != null
                    && (r.kind() == Kind.PERSON || r.kind() == Kind.TITLE) && !r.speaker().equals(speaker);
        }

        /**
         * What a passive with no agent says when its subject is the matter ({@code The importance of cooperation
         * within the SCO was underscored, in particular, ...}): the subject, of at least three words, when the
         * verb ends its clause; null otherwise ({@code It was agreed to...} is impersonal, {@code was welcomed by
         * X} names its speaker, {@code points that were supported} is a relative clause, {@code what they are called}
         * has a pronoun for subject).
         */
        private Span passiveSubject(List<Grammar.Word> words, int verb, Span sentence) {
            int after = verb + 1;
            while (after < words.size() && CLAUSE_END.contains(words.get(after).text().toLowerCase(Locale.ROOT))) {
                after++;
            }
            if (after < words.size() && !words.get(after).is("PUNCT")) {
                return null;
            }
            int aux = verb - 1;
            while (aux > 0 && !words.get(aux).is("AUX")) {
                aux--;
            }
            while (aux > 0 && (words.get(aux - 1).is("AUX") || words.get(aux - 1).is("ADV"))) {
                aux--;
            }
            int end = trimEnd(sentence.start(), words.get(aux).start());
            Grammar.Word beforeAux = aux > 0 ? words.get(aux - 1) : null;
            if (beforeAux != null && PRONOUN_SUBJECT.contains(beforeAux.text().toLowerCase(Locale.ROOT))
                    || ReportingCues.words(masked, sentence.start(), end) < 3
                    || IMPERSONAL.matcher(masked.substring(sentence.start(), words.get(verb).start())).find()) {
                return null;
            }
            return new Span(sentence.start(), end);
        }

        /**
         * The lead before {@code This was stated by X} or {@code He said this during...}, reported as X's; X
         * becomes the most recent speaker, and a connective after {@code sentence} goes on with the lead.
         */
        private void reportLead(Attribution a, Grammar.Word verb, Span sentence) {
            for (Span lead : previous == null ? List.<Span>of() : lead(previous)) {
                report(new Span(lead.start(), trimEnd(lead.start(), lead.end())), lead, a, verb.text());
            }
            referents.remember(a.speaker(), sentence.end());
            backReference = sentence;
        }

        /**
         * What {@code This was stated by X} refers to: the sentence before it and those before that in its
         * paragraph, back to one that quotes or reports someone, in order.
         */
        private List<Span> lead(Span last) {
            List<Span> lead = new ArrayList<>();
            Span paragraph = layout.paragraphOf(last.start());
            for (Span s = last; s != null; s = s.start() > paragraph.start() ? layout.sentenceOf(s.start() - 1) : null) {
                Span candidate = s;
                if (reports.stream().anyMatch(r -> r.sentence().equals(candidate))
                        || quotes.stream().anyMatch(q -> candidate.contains(q.open()))) {
                    break;
                }
                lead.addFirst(s);
            }
            return lead;
        }

        /**
         * Whether the words after an inverted verb up to {@code end} are a speaker's name and its apposition
         * ({@code said Mykhailo Podoliak, Adviser to...}), not what was said ({@code said Ukraine would...}).
         */
        private boolean namesOnly(int from, int end) {
            Span name = ReportingCues.nameAfter(masked, from, end);
            if (name == null || ReportingCues.words(masked, name.start(), name.end()) > 5) {
                return false;
            }
            int i = name.end();
            while (i < end && Character.isWhitespace(masked.charAt(i))) {
                i++;
            }
            return i >= end || ",;".indexOf(masked.charAt(i)) >= 0;
        }

        /**
         * The subject of the sentence's first verb, when it comes before the verb at {@code verb}; for a participle
         * that opens the sentence ({@code Noting the unity of approaches, the parties expressed hope...}), the
         * subject of the first verb after its phrase.
         */
        private ReportingCues.Subject mainSubject(List<Grammar.Word> words, Span sentence, int verb) {
            for (int i = 0; i < verb; i++) {
                Grammar.Word w = words.get(i);
                if (w.is("VERB") || w.is("AUX")) {
                    return ReportingCues.subject(masked, sentence.start(), w.start());
                }
            }
            if (verb != 0) {
                return null;
            }
            int comma = verb + 1;
            while (comma < words.size() && !words.get(comma).text().equals(",")) {
                comma++;
            }
            for (int i = comma + 1; i < words.size(); i++) {
                Grammar.Word w = words.get(i);
                if (w.is("VERB") || w.is("AUX")) {
                    return ReportingCues.subject(masked, words.get(comma).end(), w.start());
                }
            }
            return null;
        }

        /**
         * Whether the words before {@code to} make a clause of their own, something said ({@code Ukraine does not
         * refuse to negotiate, said X}), rather than a phrase ({@code Asked about the plan, X answered}): at least
         * four words, a verb among them, and not a participle first.
         */
        private boolean isClause(List<Grammar.Word> words, int to) {
            List<Grammar.Word> before = words.stream().filter(w -> w.end() <= to && !w.is("PUNCT")).toList();
            return before.size() >= 4 && !before.getFirst().is("VERB")
                    && before.stream().anyMatch(w -> w.is("VERB") || w.is("AUX"));
        }

        /**
         * The subject of a sentence that reports no speech becomes the most recent speaker when it is a person:
         * {@code The President of Russia provided an explanation. He pointed out that...}.
         */
        private void rememberSubject(List<Grammar.Word> words, Span sentence) {
            for (Grammar.Word w : words) {
                if (w.is("VERB") || w.is("AUX")) {
                    ReportingCues.Subject subject = ReportingCues.subject(masked, sentence.start(), w.start());
                    if (subject != null) {
                        Resolution r = phrases.resolve(masked, subject.head().start(), subject.head().end(), false,
                                people);
                        if (r != null && (r.kind() == Kind.PERSON || r.kind() == Kind.TITLE)) {
                            referents.remember(r.speaker(), sentence.end());
                        }
                    }
                    return;
                }
            }
        }

        /**
         * Whether a speaker phrase the registry does not know names someone of the author's own side: in a
         * government's own text, a named official ({@code Mykhailo Podoliak}, {@code Secretary Blinken}) or
         * an office ({@code the Adviser to the Head of the President's Office}) that names no other actor, nor a
         * place the registry does not know ({@code the President of Syria}).
         */
        private boolean official(Span head) {
            return !phrases.titleOfPlace(masked, head.start(), head.end()) && NAMED.matcher(withoutDeterminer(head)).find() && names.actors(masked, head.start(), head.end()).stream()
                    .allMatch(m -> m.actor().equals(author));
        }

        /**
         * Who a name or title the registry does not know ({@code Recep Tayyip Erdogan}, {@code the Prime Minister of
         * India}) was introduced as, where the text first named it: the actor its
         * title there names ({@code President of the Republic of Turkey Recep Tayyip Erdogan}: TR), or, as the
         * partner of a conversation or meeting ({@code with Prime Minister of India Narendra Modi}) with no actor
         * known, or as a former holder of an office ({@code Former US Ambassador}), someone unknown and not of the
         * author's side. Null when the text introduced it no other way.
         */
        private Speaker introduced(Span head) {
            Span first = firstNamed(head);
            if (first == null) {
                return null;
            }
            Mention holder = holderAfter(first.end());
            if (holder != null) {
                return Speaker.of(holder.person(), holder.actor());
            }
            Mention of = actorOf(first.end());
            Introduction before = introduction(first);
            if (ReportingCues.region(SpeakerPhrases.FORMER, masked, before.words().start(), first.start()).find()) {
                return Speaker.UNKNOWN; // Former US Ambassador ... Michael McFaul speaks for no government
            }
            List<Mention> actors = names.actors(masked, before.words().start(), first.start());
            if (!actors.isEmpty()) {
                return Speaker.of(null, actors.getLast().actor());
            }
            if (of != null) {
                return Speaker.of(null, of.actor());
            }
            return "with".equals(before.introducer()) ? Speaker.UNKNOWN : null;
        }

        /**
         * The first name of a list of names the registry does not know ({@code Jan Lipavský, Alexander Schallenberg
         * and Ivan Korčok}): one content of several speakers is the first named's, as for names it knows.
         */
        private Span firstOfList(Span head) {
            Matcher list = NAME_LIST.matcher(masked).region(head.start(), head.end());
            return list.matches() ? new Span(list.start(1), list.end(1)) : head;
        }

        /**
         * The actor a group of visitors speaks through, for a phrase before {@code at}: for a group named by its
         * actors ({@code the leaders of Poland and Lithuania}), the first of them; for {@code the ministers}, the
         * actor of the first minister the text introduced by title ({@code Minister of Foreign Affairs of the
         * Republic of Estonia Eva-Maria Liimets}). Null when the phrase is neither, names no actor, or the author's
         * own actor is among them ({@code the ministers agreed}: both sides).
         */
        private Speaker visitors(String words, int at) {
            List<String> actors = new ArrayList<>();
            if (GROUP_OF.matcher(words).matches()) {
                int of = masked.indexOf(words, Math.max(0, at - 1));
                if (of >= 0) {
                    names.actors(masked, of, of + words.length()).forEach(m -> actors.add(m.actor()));
                }
            } else if (MINISTERS.matcher(words).matches()) {
                Matcher title = MINISTER_OF.matcher(masked).region(0, at);
                while (title.find()) {
                    names.actors(masked, title.end(), Math.min(at, title.end() + 60)).stream().findFirst()
                            .ifPresent(m -> actors.add(m.actor()));
                }
            }
            return actors.isEmpty() || actors.contains(author) ? null : Speaker.of(null, actors.getFirst());
        }

        /**
         * Where the text first named the name {@code head} holds ({@code Shoigu} for {@code Sergei Shoigu}, a
         * title with {@code of} whole), before {@code head}; null when it holds no name or the text named it
         * nowhere before.
         */
        private Span firstNamed(Span head) {
            String words = withoutDeterminer(head);
            if (!PROPER_NAME.matcher(words).matches()) {
                return null;
            }
            String name = words.contains(" of ") ? words : words.substring(words.lastIndexOf(' ') + 1);
            Matcher first = occurrences(name, 0, head.start());
            return first.find() ? new Span(first.start(), first.end()) : null;
        }

        /** The places of {@code name} as a whole word between {@code from} and {@code to}. */
        private Matcher occurrences(String name, int from, int to) {
            return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(masked).region(from, to);
        }

        /** The words that introduce a name, back to the word relating them to the rest ({@code with}), if any. */
        private record Introduction(Span words, String introducer) {
        }

        private Introduction introduction(Span name) {
            int start = layout.sentenceOf(name.start()).start();
            Matcher boundary = INTRODUCER.matcher(masked).region(start, name.start());
            String introducer = null;
            while (boundary.find()) {
                start = boundary.end();
                introducer = boundary.group().strip().toLowerCase(Locale.ROOT);
            }
            return new Introduction(new Span(start, name.start()), introducer);
        }

        /**
         * Whether the text named the person of a bare label ({@code Sergei Shoigu:}) with an office before it
         * ({@code Defence Minister Sergei Shoigu}, {@code Roscosmos General Director Dmitry Rogozin:}), when it first
         * named them or later: an official, not a reporter.
         */
        private boolean titledBefore(Span label) {
            Span first = firstNamed(label);
            if (first == null) {
                return false;
            }
            String name = masked.substring(first.start(), first.end());
            Matcher again = occurrences(name, first.start(), label.start());
            while (again.find()) { // the first naming, or a later one with the office ({@code Director Dmitry Rogozin:})
                Matcher office = SpeakerPhrases.SPEAKER_NOUN.matcher(masked).region(introduction(new Span(again.start(),
                        again.end())).words().start(), again.start());
                while (office.find()) {
                    if (TITLE_RUN.matcher(masked).region(office.end(), again.start()).matches()) {
                        return true; // the office right before the name, not someone else's (The President ... from X)
                    }
                }
            }
            return false;
        }

        /**
         * The person a title names where the text introduced it, right after it, perhaps after the actor it is of:
         * {@code Deputy Head of the Office of the President of Ukraine Ihor Zhovkva}, perhaps with a given name spelt
         * otherwise than in the registry ({@code Andriy Sybiha} for Andrii Sybiha); null when no name follows.
         */
        private Mention holderAfter(int title) {
            List<Mention> people = names.people(masked, title, Math.min(masked.length(), title + 120));
            if (people.isEmpty()) {
                return null;
            }
            Mention person = people.getFirst();
            Mention of = actorOf(title);
            String between = masked.substring(of == null ? title : of.end(), person.start());
            return between.isBlank() || GIVEN_NAME.matcher(between).matches() ? person : null;
        }

        /** The actor a title is of, right after it: {@code Chancellor of Austria}; null when none follows. */
        private Mention actorOf(int title) {
            Matcher of = OF_ACTOR.matcher(masked).region(title, masked.length());
            if (!of.lookingAt()) {
                return null;
            }
            return names.actors(masked, of.end(), Math.min(masked.length(), of.end() + 60)).stream()
                    .filter(m -> m.start() == of.end()).findFirst().orElse(null);
        }

        /** The words of a speaker phrase less a determiner that opens it ({@code The second part...}). */
        private String withoutDeterminer(Span head) {
            return DETERMINER.matcher(masked.substring(head.start(), head.end()).strip()).replaceFirst("");
        }

        /**
         * {@code Vladimir Putin and Emmanuel Macron agreed}, {@code The President of Russia and the Federal
         * Chancellor of Germany agreed}, {@code Russia and Ukraine agreed}: a person, or an actor or title of
         * another actor's, and {@code and} just before the subject, with no verb between them.
         */
        private boolean jointBefore(List<Grammar.Word> words, int from, int head, Span subject) {
            String before = masked.substring(from, head).stripTrailing();
            if (!before.toLowerCase(Locale.ROOT).endsWith(" and")) {
                return false;
            }
            int and = from + before.length() - 3;
            Mention partner = names.people(masked, from, and).stream()
                    .filter(m -> masked.substring(m.end(), and).isBlank() && !m.possessive()).findFirst().orElse(null);
            if (partner != null) {
                Attribution other = named(subject, false, "X said", from);
                return other == null || !partner.actor().equals(other.speaker().actor()); // one side: the first named's
            }
            int start = Math.max(from, masked.lastIndexOf(',', and) + 1);
            Matcher group = GROUP_OPENING.matcher(masked).region(start, subject.start());
            if (group.matches() && visitors(masked.substring(group.start(1), subject.end()), group.start(1)) != null) {
                return false; // the leaders of two others, not both sides
            }
            if (ReportingCues.words(masked, start, and) > 6) {
                return false;
            }
            int phrase = start;
            if (words.stream().anyMatch(w -> w.start() >= phrase && w.end() <= and && (w.is("VERB") || w.is("AUX")))) {
                return false;
            }
            Resolution first = phrases.resolve(masked, start, and, false, people);
            Resolution second = phrases.resolve(masked, subject.start(), subject.end(), false, people);
            return first != null && second != null && (first.kind() == Kind.TITLE || first.kind() == Kind.ACTOR)
                    && first.speaker().actor() != null && !first.speaker().actor().equals(second.speaker().actor());
        }

        /** The offset of a comma just before {@code at} (spaces aside), or -1. */
        private int commaBefore(int from, int at) {
            int i = at;
            while (i > from && Character.isWhitespace(masked.charAt(i - 1))) {
                i--;
            }
            return i > from && masked.charAt(i - 1) == ',' ? i - 1 : -1;
        }

        /**
         * Whether the sentence opens with {@code According to X,} (perhaps after a connective) or {@code In his
         * opinion,}: all that follows is X's, verbs of saying included ({@code According to the President,
         * Ukraine has proposed...}).
         */
        private boolean framedByAccording(Span sentence, int end) {
            if (ReportingCues.OPINION.matcher(masked).region(sentence.start(), end).lookingAt()) {
                return true;
            }
            Matcher according = ReportingCues.region(ReportingCues.ACCORDING, masked, sentence.start(), end);
            return according.find() && opens(sentence, according.start());
        }

        /**
         * Whether nothing but a connective ({@code Therefore,}) or the topic it is about ({@code As for joining NATO,})
         * comes before {@code at} in the sentence.
         */
        private boolean opens(Span sentence, int at) {
            return !ReportingCues.hasLetter(masked, sentence.start(), at)
                    || CONNECTIVE.matcher(masked).region(sentence.start(), at).matches()
                    || FRONTED_TOPIC.matcher(masked).region(sentence.start(), at).matches();
        }

        /**
         * {@code According to the Kremlin, the leaders agreed...} (also after a connective: {@code Therefore,
         * according to...}), {@code ..., according to Peskov.} and {@code In his opinion, ...}.
         */
        private void according(Span sentence, int end) {
            Matcher opinion = ReportingCues.OPINION.matcher(masked).region(sentence.start(), end);
            if (opinion.lookingAt()) {
                Speaker speaker = referents.pronoun(sentence.start());
                if (speaker.known() && ReportingCues.words(masked, opinion.end(), end) >= 2) {
                    report(new Span(opinion.end(), end), sentence, new Attribution(speaker, "pronoun"), null);
                }
                return;
            }
            Matcher according = ReportingCues.region(ReportingCues.ACCORDING, masked, sentence.start(), end);
            if (!according.find()) {
                return;
            }
            boolean opens = opens(sentence, according.start());
            Span name = ReportingCues.nameAfter(masked, according.end(), end);
            if (name == null) {
                return;
            }
            Attribution a = named(name, true, "according to", sentence.start());
            if (a == null || !a.speaker().known() || opens && nestedReport(sentence, name.end(), end, a.speaker()) != null) {
                return;
            }
            Span words = opens ? new Span(Math.min(end, skipPunctuation(name.end(), end)), end)
                    : new Span(sentence.start(), trimEnd(sentence.start(), according.start()));
            if (ReportingCues.words(masked, words.start(), words.end()) >= 2) {
                report(words, sentence, a, null);
            }
        }

        /**
         * Another person's statement as X reported it, after {@code According to X,} ({@code According to the
         * President, Olaf Scholz expressed Germany's full support...}): a person named first, perhaps after a
         * title, then a verb of saying; the statement is that person's, and X only its reporter. Null otherwise.
         */
        private Report nestedReport(Span sentence, int from, int end, Speaker reporter) {
            int start = skipPunctuation(from, end);
            List<Mention> named = names.people(masked, start, end);
            if (named.isEmpty() || named.getFirst().person().equals(reporter.person())
                    || !TITLE_WORDS.matcher(masked).region(start, named.getFirst().start()).matches()) {
                return null;
            }
            Mention person = named.getFirst();
            Grammar.Word verb = grammar.words(masked, person.end(), end).stream().filter(w -> !w.is("ADV"))
                    .findFirst().orElse(null);
            if (verb == null || verb.is("NOUN") || verb.is("PROPN") || !ReportedSpeech.reports(verb.lemma())
                    || ReportingCues.words(masked, verb.end(), end) < 2) {
                return null;
            }
            return report(new Span(skipPunctuation(verb.end(), end), end), sentence,
                    new Attribution(Speaker.of(person.person(), person.actor()), "X said"), verb.text());
        }

        private Report report(Span words, Span sentence, Attribution a, String verb) {
            Report r = new Report(words, sentence, a, subjectActor(words), verb);
            reports.add(r);
            referents.remember(a.speaker(), sentence.end());
            return r;
        }

        /**
         * The actor named by the subject of the first verb of reported words ({@code that Russia had agreed}:
         * RU), or null when the subject is a pronoun, names no actor, or names one only as the object of a thing
         * ({@code guarantees for Ukraine were...}).
         */
        private String subjectActor(Span words) {
            for (Grammar.Word w : grammar.words(masked, words.start(), words.end())) {
                if (w.is("VERB") || w.is("AUX")) {
                    ReportingCues.Subject subject = ReportingCues.subject(masked, words.start(), w.start());
                    Resolution r = subject == null || THING_OF.matcher(masked.substring(subject.head().start(),
                            subject.head().end())).find() ? null
                            : phrases.resolve(masked, subject.head().start(), subject.head().end(), false, people);
                    return r == null || r.kind() == Kind.PRONOUN ? null : r.speaker().actor();
                }
            }
            return null;
        }

        /**
         * Whether the words between a report's start and a later subject end in {@code and}, {@code but}, , or ;. An
         * {@code and} after three words or fewer joins the subject ({@code said that Ukraine and the EU had agreed}).
         */
        private boolean startsClause(int from, int subject) {
            if (subject <= from) {
                return false;
            }
            String before = masked.substring(from, subject).stripTrailing().toLowerCase(Locale.ROOT);
            if (before.endsWith(" and")) {
                return ReportingCues.words(masked, from, from + before.length() - 4) > 3;
            }
            return before.endsWith(";") || before.endsWith(",") || before.endsWith(" but")
                    || before.endsWith(" while") || before.endsWith(" whereas") || before.endsWith(" and,");
        }

        /** {@code to}, less trailing spaces, punctuation and a dangling {@code and} or {@code but}. */
        private int trimEnd(int from, int to) {
            while (true) {
                while (to > from && (Character.isWhitespace(masked.charAt(to - 1))
                        || ".,;:!?".indexOf(masked.charAt(to - 1)) >= 0)) {
                    to--;
                }
                String tail = masked.substring(Math.max(from, to - 4), to).toLowerCase(Locale.ROOT);
                if (tail.equals(" and") || tail.endsWith(" but")) {
                    to -= 3;
                } else {
                    return to;
                }
            }
        }

        private int skipPunctuation(int from, int to) {
            while (from < to && (Character.isWhitespace(masked.charAt(from)) || ",:;".indexOf(masked.charAt(from)) >= 0)) {
                from++;
            }
            return from;
        }

        /** The attribution a speaker phrase gives, or null when the span holds no words. */
        private Attribution named(Span span, boolean first, String cue, Quotation q) {
            return named(span, first, cue, layout.sentenceOf(q.open()).start());
        }

        /**
         * The attribution of a phrase, or null when it holds no words. In a government's own text, a speaker
         * the registry does not know who is one of its officials, or both sides together, is the author; a
         * transcript's turn labelled by a name alone ({@code Pavel Zarubin:}, a reporter) is no official's,
         * unless the text first named that person with an office ({@code Defence Minister Sergei Shoigu}, then
         * {@code Sergei Shoigu:}).
         */
        private Attribution named(Span span, boolean first, String cue, int sentenceStart) {
            if (span == null) {
                return null;
            }
            Resolution r = phrases.resolve(masked, span.start(), span.end(), first, people);
            if (r == null) {
                return null;
            }
            String words = masked.substring(span.start(), span.end()).strip();
            if (referents.speaking() != null && FIRST_PERSON.matcher(words).matches()) {
                return new Attribution(Speaker.UNKNOWN, "turn");
            }
            Speaker addressed = referents.addressed();
            if (referents.speaking() != null && words.equalsIgnoreCase("you") && addressed != null && addressed.known()
                    && !AS_BEFORE.matcher(masked.substring(sentenceStart, span.start())).find()) {
                return new Attribution(addressed, "turn"); // You have already stressed that...: the one answered
            }
            if (referents.speaking() != null && r.kind() == Kind.PRONOUN) {
                return new Attribution(referents.pronoun(sentenceStart), "pronoun");
            }
            Attribution a = r.kind() == Kind.PRONOUN && PLURAL.matcher(words).matches() && referents.last() != null
                    && referents.last().person() != null ? new Attribution(Speaker.UNKNOWN, "pronoun") : attribution(r, cue, sentenceStart);
            List<Mention> listed = names.people(masked, span.start(), span.end());
            if (words.contains(" and ") && !listed.isEmpty() && !JOINT.matcher(words).matches()
                    && (listed.size() >= 2 || listed.getFirst().start() == skipPunctuation(span.start(), span.end()))) {
                Mention firstNamed = listed.getFirst(); // one content of several speakers: the first named's
                return new Attribution(Speaker.of(firstNamed.person(), firstNamed.actor()), cue);
            }
            Speaker visitors = visitors(words, span.start());
            if (visitors != null) {
                return new Attribution(visitors, cue);
            }
            boolean joint = JOINT.matcher(words).matches() || words.contains(" and ")
                    && names.actors(masked, span.start(), span.end()).stream().map(Mention::actor).distinct().count() >= 2;
            if (joint && r.kind() != Kind.PRONOUN && r.kind() != Kind.UNKNOWN) {
                return author == null ? new Attribution(Speaker.UNKNOWN, cue) : new Attribution(Speaker.of(null, author), "author");
            }
            Speaker introduced = r.kind() == Kind.UNKNOWN ? introduced(firstOfList(span)) : null;
            if (introduced != null) {
                return new Attribution(introduced, cue);
            }
            boolean bareLabel = "turn".equals(cue) && !SpeakerPhrases.SPEAKER_NOUN.matcher(words).find()
                    && !titledBefore(span);
            boolean othersTurn = referents.speaking() != null && !referents.speaking().known();
            if (author != null && !a.speaker().known() && !othersTurn
                    && (joint || r.kind() == Kind.UNKNOWN && official(span) && !bareLabel)) {
                return new Attribution(Speaker.of(null, author), "author");
            }
            return a;
        }

        /** A resolved phrase as an attribution: a pronoun refers back from the sentence at {@code sentenceStart}. */
        private Attribution attribution(Resolution r, String cue, int sentenceStart) {
            return switch (r.kind()) {
                case PRONOUN -> new Attribution(referents.pronoun(sentenceStart), "pronoun");
                case TITLE -> new Attribution(r.speaker(), "title");
                default -> new Attribution(r.speaker(), cue);
            };
        }

        /** Whether the word at {@code i} is {@code that}. */
        private static boolean isThat(List<Grammar.Word> words, int i) {
            return i >= 0 && i < words.size() && words.get(i).lemma().equals("that");
        }

        private boolean endsSentence(Quotation q) {
            String words = layout.text().substring(q.start(), q.end()).strip();
            return !words.isEmpty() && ".!?".indexOf(words.charAt(words.length() - 1)) >= 0;
        }
    }
}
