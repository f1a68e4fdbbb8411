package org.casus.design;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Citation;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Parties;
import org.casus.model.Procedure;
import org.casus.model.Status;

/**
 * One point of the design space: a guarantor set, a decision rule over it and, optionally, a
 * deadlock fallback that lets each guarantor act on its own after {@code fallbackDays}.
 *
 * @param family       the kind of rule, for people: {@code k of n}, {@code weighted}, ...
 * @param fallbackDays days after which each guarantor may act alone; 0 for no fallback
 */
public record Proposal(List<String> guarantors, DecisionRule rule, String family, int fallbackDays) {
    /** The key of the source every changed provision cites in a written proposal. */
    public static final String SOURCE = "casus-design";

    public Proposal {
        guarantors = List.copyOf(guarantors);
    }

    /**
     * {@code base} with this guarantor set and decision procedure: status proposal, the
     * consultation deadline kept, deadlock answered (no action, or individual action after the
     * fallback days). The changed provisions cite {@link #SOURCE}.
     */
    public Arrangement applyTo(Arrangement base, String id) {
        Citation cite = new Citation(List.of(SOURCE), null);
        Parties p = base.parties();
        Parties parties = new Parties(p.protectedStates(), guarantors, signatories(p), p.threats(), p.alignments(),
                guarantors.equals(p.guarantors()) ? p.cite() : cite);
        Decision old = base.decision();
        Decision decision = new Decision(Procedure.COLLECTIVE, rule, old.consultationDays(),
                fallbackDays > 0 ? Integer.valueOf(fallbackDays) : old.decisionDays(),
                fallbackDays > 0 ? DeadlockDefault.INDIVIDUAL_ACTION : DeadlockDefault.NO_ACTION,
                old.unilateralInterventionRight(), old.interventionPurpose(), null, cite);
        return new Arrangement(id, base.title() + " (counter-proposal)", Status.PROPOSAL, base.instrument(),
                base.dates(), base.sources(), base.sets(), parties, base.trigger(), base.obligations(), decision,
                base.restrictions(), base.forfeitures(), base.territory(), base.duration(), base.notes());
    }

    /** The rule and fallback in one line. */
    public String describe() {
        return rule.describe() + (fallbackDays > 0 ? "; if no decision within " + fallbackDays
                + " days, each guarantor may act on its own" : "");
    }

    private List<String> signatories(Parties parties) {
        List<String> others = new ArrayList<>(parties.signatories());
        others.removeAll(guarantors);
        return others;
    }
}
