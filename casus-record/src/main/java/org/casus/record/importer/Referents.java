package org.casus.record.importer;

import java.util.List;
import java.util.regex.Matcher;
import org.casus.record.importer.SpeakerPhrases.Kind;
import org.casus.record.importer.SpeakerPhrases.Resolution;

/**
 * Who "he", "she" and "they" refer to while one text is read in order: the most recent speaker, unless a
 * sentence since named another person or described another possible speaker, and never the speaker of the
 * transcript's turn being read, who says "I". One per reading of one text.
 */
final class Referents {
    private final String masked;
    private final List<Mention> people;
    private final SpeakerPhrases phrases;
    private Speaker last;
    private int lastEnd;
    private Speaker speaking;
    private Speaker addressed;

    /**
     * @param masked the text with its quotations masked
     * @param people every person the text names
     */
    Referents(String masked, List<Mention> people, SpeakerPhrases phrases) {
        this.masked = masked;
        this.people = people;
        this.phrases = phrases;
    }

    /** {@code speaker} spoke, in words that end at {@code end}. */
    void remember(Speaker speaker, int end) {
        last = speaker;
        lastEnd = end;
    }

    /** A transcript's turn by {@code speaker} begins; it lasts until the next. */
    void speaking(Speaker speaker) {
        if (speaking != null && !speaking.equals(speaker)) {
            addressed = speaking;
        }
        speaking = speaker;
    }

    /** The speaker of the turn before, whom the one speaking answers ("you"), or null. */
    Speaker addressed() {
        return addressed;
    }

    /** The speaker of the transcript's turn being read, or null outside a transcript. */
    Speaker speaking() {
        return speaking;
    }

    /** The most recent speaker, or null. */
    Speaker last() {
        return last;
    }

    /**
     * The most recent speaker, unless a sentence since, before {@code sentenceStart}, named another person
     * or described another possible speaker ({@code Hungary's prime minister}, {@code Russian officials}), or
     * it is the speaker of the transcript's turn being read, who would have said "I".
     */
    Speaker pronoun(int sentenceStart) {
        if (last == null || !last.known() || last.equals(speaking) || otherPersonNamed(lastEnd, sentenceStart, last)
                || otherSpeakerDescribed(lastEnd, sentenceStart, last)) {
            return Speaker.UNKNOWN;
        }
        return last;
    }

    /** Whether a person other than {@code speaker} is named between {@code from} and {@code to}. */
    boolean otherPersonNamed(int from, int to, Speaker speaker) {
        for (Mention m : people) {
            if (m.start() >= from && m.start() < to && !m.person().equals(speaker.person())) {
                return true;
            }
        }
        return false;
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
}
