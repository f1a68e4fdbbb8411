package org.casus.record.analysis;

import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Statement;

/** A claim with the statement that makes it: who said what about which clause, when, in what words. */
public record Position(Claim claim, Statement statement) {

    public String actor() {
        return statement.actor();
    }

    /**
     * The actor whose stance this claim reports when it is the speaker's reading of another actor's position
     * ({@code Witkoff said Putin was willing to withdraw}: RU), or null for the actor's own stance.
     */
    public String readingOf() {
        String other = claim.aboutActor();
        return claim.modality() == Modality.INTERPRETATION && other != null && !other.equals(actor()) ? other : null;
    }

    /** {@code arrangement:clause}, the key positions are compared on. */
    public String clauseKey() {
        return claim.arrangement() + ":" + claim.clause();
    }

    /** {@code RU (Sergei Lavrov), 2022-04-15, statement 12: "..."}. */
    public String cite() {
        return statement.actor() + (statement.speaker() == null ? "" : " (" + statement.speaker() + ")") + ", "
                + statement.saidOn() + ", statement " + statement.id() + ": " + statement.cited();
    }
}
