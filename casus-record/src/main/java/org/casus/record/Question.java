package org.casus.record;

/** An open clarification on a clause, addressed to an actor, and the statement that answered it. */
public record Question(long id, String arrangement, String clause, String addressedTo, String ruleId, String text,
                       String status, Long answeredBy, int version) {
}
