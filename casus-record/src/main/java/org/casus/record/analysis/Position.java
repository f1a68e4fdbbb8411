package org.casus.record.analysis;

import org.casus.record.Claim;
import org.casus.record.Statement;

/** A claim with the statement that makes it: who said what about which clause, when, in what words. */
public record Position(Claim claim, Statement statement) {

    public String actor() {
        return statement.actor();
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
