package org.casus.record;

import java.time.LocalDate;

/**
 * A sourced, dated utterance by a speaker for an actor: a verbatim quote, or reported speech kept as the
 * reporter's sentence ({@code paraphrase}, no quote). Imported statements stay unconfirmed until an analyst
 * confirms them.
 */
public record Statement(long id, String actor, String speaker, LocalDate saidOn, long sourceId, String quote,
                        String paraphrase, String cameo, boolean confirmed, int version) {

    /** Whether the statement is reported speech: the reporter's words, no verbatim quote. */
    public boolean reported() {
        return quote == null;
    }

    /** The statement as a reader should see it: the quote in quotation marks, or the reported sentence. */
    public String cited() {
        return reported() ? "reported: " + paraphrase : "\"" + quote + "\"";
    }
}
