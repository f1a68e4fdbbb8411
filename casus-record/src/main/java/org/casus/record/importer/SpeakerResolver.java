package org.casus.record.importer;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
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
 * A pronoun resolves to the most recent attributed speaker (of a quotation, or of reported speech such as
 * {@code Lavrov said Moscow would...}), and to nobody when another person was named in a sentence since.
 */
final class SpeakerResolver {
    private final Names names;
    private final SpeakerPhrases phrases;

    SpeakerResolver(Names names, Titles titles) {
        this.names = names;
        this.phrases = new SpeakerPhrases(names, titles);
    }

    /** One attribution per quotation of the layout, in order; null where no cue was found. */
    List<Attribution> attribute(TextLayout layout) {
        return new Pass(layout).run();
    }

    /** One reading of one text: the running state is the most recent speaker. */
    private final class Pass {
        private final TextLayout layout;
        private final String masked;
        private final List<Quotation> quotes;
        private final List<Mention> people;
        private final Attribution[] result;
        private Speaker last;
        private int lastEnd;

        Pass(TextLayout layout) {
            this.layout = layout;
            this.masked = layout.masked();
            this.quotes = layout.quotes();
            this.people = names.people(masked, 0, masked.length());
            this.result = new Attribution[quotes.size()];
        }

        List<Attribution> run() {
            int next = 0;
            for (Span sentence : layout.sentences()) {
                boolean quoted = false;
                while (next < quotes.size() && quotes.get(next).open() < sentence.end()) {
                    quoted = true;
                    attribute(next++);
                }
                if (!quoted) {
                    reportedSpeech(sentence);
                }
            }
            while (next < quotes.size()) {
                attribute(next++);
            }
            return Arrays.asList(result);
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
                remember(a.speaker(), Math.max(reach[0], q.after()));
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
            if (!verb.find() || ReportingCues.words(masked, p, verb.start()) > 8) {
                return null;
            }
            if (closed && (ReportingCues.words(masked, p, end) > 12
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
            Attribution head = named(subject.head(), false, cue, q);
            if ((head == null || !head.speaker().known()) && subject.aside() != null) {
                Attribution aside = named(subject.aside(), true, cue, q);
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
            Span name = ReportingCues.nameAfter(masked, from, to);
            Attribution a = named(name, true, "said X", q);
            if (a != null && !a.speaker().known() && name != null) {
                Attribution apposition = named(apposition(name.end(), to), true, "said X", q);
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
                    && !otherPersonNamed(previous.after(), q.open(), speaker);
            return runsOnHere || sameParagraph ? new Attribution(speaker, "continued") : null;
        }

        /** Someone said something in a sentence with no quotation: {@code Lavrov said Moscow would...}. */
        private void reportedSpeech(Span sentence) {
            Matcher verb = ReportingCues.region(ReportingCues.VERB, masked, sentence.start(), sentence.end());
            while (verb.find()) {
                ReportingCues.Subject subject = ReportingCues.subject(masked, sentence.start(), verb.start());
                if (subject != null) {
                    Resolution r = phrases.resolve(masked, subject.head().start(), subject.head().end(), false, people);
                    Speaker speaker = r.kind() == Kind.PRONOUN ? pronoun(sentence.start()) : r.speaker();
                    if (!speaker.known() && subject.aside() != null) {
                        Resolution aside = phrases.resolve(masked, subject.aside().start(), subject.aside().end(),
                                true, people);
                        if (aside != null && aside.kind() != Kind.PRONOUN && aside.speaker().known()) {
                            speaker = aside.speaker();
                        }
                    }
                    remember(speaker, sentence.end());
                    return;
                }
            }
        }

        /** The attribution a speaker phrase gives, or null when the span holds no words. */
        private Attribution named(Span span, boolean first, String cue, Quotation q) {
            if (span == null) {
                return null;
            }
            Resolution r = phrases.resolve(masked, span.start(), span.end(), first, people);
            if (r == null) {
                return null;
            }
            return switch (r.kind()) {
                case PRONOUN -> new Attribution(pronoun(layout.sentenceOf(q.open()).start()), "pronoun");
                case TITLE -> new Attribution(r.speaker(), "title");
                default -> new Attribution(r.speaker(), cue);
            };
        }

        /**
         * The most recent speaker, unless a sentence since, before {@code sentenceStart}, named another person
         * or described another possible speaker ({@code Hungary's prime minister}, {@code Russian officials}).
         */
        private Speaker pronoun(int sentenceStart) {
            if (last == null || !last.known() || otherPersonNamed(lastEnd, sentenceStart, last)
                    || otherSpeakerDescribed(lastEnd, sentenceStart, last)) {
                return Speaker.UNKNOWN;
            }
            return last;
        }

        private boolean otherSpeakerDescribed(int from, int to, Speaker speaker) {
            Matcher noun = ReportingCues.region(SpeakerPhrases.SPEAKER_NOUN, masked, from, to);
            while (noun.find()) {
                int start = noun.start();
                for (int words = 0; words < 4 && start > from; words++) {
                    int i = start;
                    while (i > from && masked.charAt(i - 1) == ' ') {
                        i--;
                    }
                    int w = i;
                    while (w > from && (Character.isLetter(masked.charAt(w - 1))
                            || "'’".indexOf(masked.charAt(w - 1)) >= 0)) {
                        w--;
                    }
                    if (w == i) {
                        break;
                    }
                    start = w;
                }
                Resolution r = phrases.resolve(masked, start, noun.end(), false, people);
                if (r != null && r.kind() != Kind.PRONOUN && !speaker.equals(r.speaker())) {
                    return true;
                }
            }
            return false;
        }

        private boolean otherPersonNamed(int from, int to, Speaker speaker) {
            for (Mention m : people) {
                if (m.start() >= from && m.start() < to && !m.person().equals(speaker.person())) {
                    return true;
                }
            }
            return false;
        }

        private void remember(Speaker speaker, int end) {
            last = speaker;
            lastEnd = end;
        }

        private boolean endsSentence(Quotation q) {
            String words = layout.text().substring(q.start(), q.end()).strip();
            return !words.isEmpty() && ".!?".indexOf(words.charAt(words.length() - 1)) >= 0;
        }
    }
}
