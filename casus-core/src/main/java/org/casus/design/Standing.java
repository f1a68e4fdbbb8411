package org.casus.design;

/**
 * What one actor can do about activation under a proposal, from least to most: the ladder on
 * which red lines are drawn and concessions counted, one step at a time.
 */
public enum Standing {
    /** Not a guarantor, or a guarantor whose vote never changes an outcome. */
    NO_VOTE("no vote"),
    /** A vote that counts, but no veto: activation can go ahead over its no. */
    VOTE("a vote without a veto"),
    /** Its no blocks activation against any aggressor but itself and its allies. */
    VETO_UNLESS_PARTY("a veto except over action against itself"),
    /** Its no blocks activation in every crisis, action against itself included. */
    VETO("a veto over every activation, action against itself included");

    private final String words;

    Standing(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
