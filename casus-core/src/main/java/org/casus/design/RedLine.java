package org.casus.design;

import org.casus.CasusException;

/**
 * One side's red line on one actor's standing: {@code RU=veto:RU} (Russia demands that Russia
 * keep a veto over every activation) or {@code UA=at-most-vote:RU} (Ukraine rejects any Russian
 * veto). How far a proposal falls short of it is counted in steps of {@link Standing}.
 *
 * @param side    who draws the line
 * @param actor   whose standing it is about
 * @param atLeast whether it is a floor (the actor must have at least {@code level}) or a ceiling
 * @param basis   where the line comes from, such as the record statement that states it; null when
 *                it was given directly
 */
public record RedLine(String side, String actor, Standing level, boolean atLeast, String basis)
        implements java.io.Serializable {

    public RedLine(String side, String actor, Standing level, boolean atLeast) {
        this(side, actor, level, atLeast, null);
    }

    /** Reads {@code SIDE=LEVEL[:ACTOR]}: LEVEL is veto, veto-unless-party or vote (floors), or at-most-vote, at-most-veto-unless-party or no-vote (ceilings); ACTOR defaults to SIDE. */
    public static RedLine parse(String text) {
        String[] sideRest = text.split("=", 2);
        if (sideRest.length != 2 || sideRest[0].isBlank()) {
            throw new CasusException("red line '" + text + "': expected SIDE=LEVEL[:ACTOR], such as RU=veto or "
                    + "UA=at-most-vote:RU");
        }
        String side = sideRest[0].strip();
        String[] levelActor = sideRest[1].split(":", 2);
        String actor = levelActor.length == 2 ? levelActor[1].strip() : side;
        String level = levelActor[0].strip();
        return switch (level) {
            case "veto" -> new RedLine(side, actor, Standing.VETO, true);
            case "veto-unless-party" -> new RedLine(side, actor, Standing.VETO_UNLESS_PARTY, true);
            case "vote" -> new RedLine(side, actor, Standing.VOTE, true);
            case "at-most-veto-unless-party" -> new RedLine(side, actor, Standing.VETO_UNLESS_PARTY, false);
            case "at-most-vote" -> new RedLine(side, actor, Standing.VOTE, false);
            case "no-vote" -> new RedLine(side, actor, Standing.NO_VOTE, false);
            default -> throw new CasusException("red line '" + text + "': unknown level '" + level
                    + "'; expected veto, veto-unless-party, vote, at-most-veto-unless-party, at-most-vote or no-vote");
        };
    }

    /** How many steps of standing {@code standing} lies beyond the line; 0 when the line holds. */
    public int shortfall(Standing standing) {
        int gap = standing.ordinal() - level.ordinal();
        return atLeast ? Math.max(0, -gap) : Math.max(0, gap);
    }

    /** {@code RU demands that RU keep a veto over every activation, ...}. */
    public String describe() {
        return side + (atLeast ? " demands that " + actor + " keep at least " : " accepts for " + actor + " at most ")
                + level.words() + (basis == null ? "" : " (" + basis + ")");
    }
}
