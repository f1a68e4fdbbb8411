package org.casus.record;

import java.time.LocalDate;

/** A sourced, dated utterance by a speaker for an actor. Imported statements stay unconfirmed until an analyst confirms them. */
public record Statement(long id, String actor, String speaker, LocalDate saidOn, long sourceId, String quote,
                        String paraphrase, String cameo, boolean confirmed, int version) {
}
