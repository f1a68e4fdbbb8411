package org.casus.model;

/** What a guarantor promises to do. */
public enum ObligationType {
    /** Consult with the others (ATOP CONSUL). */
    CONSULT,
    /** Assist by means left open. */
    ASSIST,
    /** Give military aid: weapons, equipment, intelligence. */
    MILITARY_AID,
    /** Use armed force in defence of the protected state. */
    USE_OF_FORCE,
    /** Seek action by another body, such as the UN Security Council. */
    SEEK_ACTION,
    /** Stay neutral in a conflict of the protected state (ATOP NEUTRAL). */
    NEUTRALITY,
    /** Refrain from force against the protected state (ATOP NONAGG). */
    NON_AGGRESSION
}
