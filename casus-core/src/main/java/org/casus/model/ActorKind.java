package org.casus.model;

/** What kind of thing an actor is. */
public enum ActorKind {
    STATE,
    ORGANISATION,
    /** A subdivision of a state with a vote of its own (a US state in the Electoral College), ISO 3166-2 code. */
    SUBDIVISION,
    /** A rotating seat (an elected Security Council member) or a generic member standing for any. */
    PLACEHOLDER
}
