package org.casus.record.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A statement found in a text, a quotation or reported speech, with the speaker it is attributed to and the
 * clause claims proposed from it. Nothing here is confirmed: an analyst confirms or discards each proposal
 * before it enters the record.
 *
 * @param words    the quoted words without the quote marks, or for reported speech the reported words as the
 *                 reporter wrote them ({@code the United States is serious about...})
 * @param start    offset of the first of the words in the text
 * @param end      offset just past the last of the words, so that {@code text.substring(start, end)} is
 *                 {@code words}
 * @param quoted   true for a quotation, false for reported speech
 * @param sentence the sentence that holds the words, as context
 * @param date     the day the statement was made when the sentence says it outside the words themselves
 *                 ({@code Lavrov said on Tuesday}), relative to the report's date; null otherwise
 * @param person the speaker's name as in {@code actors.yaml}, or null when no known person is the speaker
 * @param actor  the code of the actor the speaker speaks for, or null
 * @param cue    how the speaker was found: {@code "said X"}, {@code "X said"}, {@code "according to"},
 *               {@code "pronoun"}, {@code "title"}, {@code "colon"} or {@code "continued"}; null when
 *               the statement is not attributed; reported speech has the same cues but {@code "said X"}, {@code "colon"}
 *               and {@code "continued"}
 * @param claims the clause claims proposed from the statement, in the order their keywords occur
 */
public record ProposedStatement(String words, int start, int end, boolean quoted, String sentence, LocalDate date,
                                String person,
                                String actor, String cue, List<ProposedClaim> claims) {
    public ProposedStatement {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end - start != words.length()) {
            throw new IllegalArgumentException("the offsets " + start + ".." + end + " do not span the words of "
                    + words.length() + " characters");
        }
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** Whether a speaker, a person or at least an actor, was found. */
    public boolean attributed() {
        return person != null || actor != null;
    }
}
