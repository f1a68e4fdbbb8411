package org.casus.model;

/** What kind of thing an actor is. */
public enum ActorKind {
    STATE,
    ORGANISATION,
    /** A rotating seat (an elected Security Council member) or a generic member standing for any. */
    PLACEHOLDER
}
