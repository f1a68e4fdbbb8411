package org.casus.model;

/**
 * A condition the attack must meet for the trigger to count it, in the words of the text: "a
 * significant, deliberate, and sustained armed attack", an attack "across the agreed line of contact".
 */
public record TriggerQualifier(Kind kind, String text, Citation cite) {
    public TriggerQualifier {
        cite = cite == null ? Citation.NONE : cite;
    }

    /** What the qualifier restricts. */
    public enum Kind {
        /** A threshold of scale or intent ("significant, deliberate and sustained"). */
        THRESHOLD,
        /** Only attacks across a line of contact or demarcation. */
        LINE_OF_CONTACT,
        /** Only unprovoked attacks. */
        UNPROVOKED,
        OTHER
    }
}
