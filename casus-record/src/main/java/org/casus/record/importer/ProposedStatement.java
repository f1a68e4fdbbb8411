package org.casus.record.importer;

import java.util.List;
import java.util.Objects;

/**
 * A quotation found in a text, with the speaker it is attributed to and the clause claims proposed from it.
 * Nothing here is confirmed: an analyst confirms or discards each proposal before it enters the record.
 *
 * @param quote  the quoted words, without the quote marks
 * @param start  offset of the first quoted character in the text
 * @param end    offset just past the last quoted character, so that {@code text.substring(start, end)} is
 *               {@code quote}
 * @param person the speaker's name as in {@code actors.yaml}, or null when no known person is the speaker
 * @param actor  the code of the actor the speaker speaks for, or null
 * @param cue    how the speaker was found: {@code "said X"}, {@code "X said"}, {@code "according to"},
 *               {@code "pronoun"}, {@code "title"}, {@code "colon"} or {@code "continued"}; null when
 *               the quotation is not attributed
 * @param claims the clause claims proposed from the quotation, in the order their keywords occur
 */
public record ProposedStatement(String quote, int start, int end, String person, String actor, String cue,
                                List<ProposedClaim> claims) {
    public ProposedStatement {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end - start != quote.length()) {
            throw new IllegalArgumentException("the offsets " + start + ".." + end + " do not span the quote of "
                    + quote.length() + " characters");
        }
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** Whether a speaker, a person or at least an actor, was found. */
    public boolean attributed() {
        return person != null || actor != null;
    }
}
