package org.casus.model;

/** How close a source stands to the text it reports. */
public enum SourceKind {
    /** The text itself, or an official publication of it. */
    PRIMARY,
    /** A report, study or reference work about the text. */
    SECONDARY,
    /** A statement by a party with a stake in the reading. */
    PARTISAN,
    /** A site that republishes others' reporting; the weakest kind. */
    AGGREGATOR,
    /** A counter-proposal's own provisions (as {@code casus design} writes them): no text, a design. */
    PROPOSAL
}
