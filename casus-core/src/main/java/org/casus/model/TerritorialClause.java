package org.casus.model;

/**
 * A territorial arrangement the text makes or a negotiation proposes: a withdrawal, a recognition,
 * a demilitarised zone, a line of contact, an exchange of territory. A negotiation record's claims
 * on a "land swap" are about these clauses.
 */
public record TerritorialClause(Kind kind, String text, Citation cite) {
    public TerritorialClause {
        cite = cite == null ? Citation.NONE : cite;
    }

    /** What the clause does with territory. */
    public enum Kind { WITHDRAWAL, RECOGNITION, DEMILITARISED_ZONE, LINE_OF_CONTACT, SWAP, OTHER }
}
