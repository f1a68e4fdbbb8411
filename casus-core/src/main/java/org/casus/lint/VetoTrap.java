package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.Library;

/**
 * {@code veto-trap}: a potential aggressor (with its declared allies) can stop collective
 * activation. Found by evaluating the decision rule with the aggressor's side voting no and
 * everyone else yes, abstention modifiers applied. Critical, unless each guarantor may still act
 * on its own when no decision is reached (then major).
 */
final class VetoTrap implements Check {
    @Override
    public String id() {
        return "veto-trap";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (!decision.isCollective() || decision.rule() == null) {
            return List.of();
        }
        boolean fallback = decision.onDeadlock() == DeadlockDefault.INDIVIDUAL_ACTION;
        return Crises.outcomes(arrangement, decision.rule()).stream()
                .filter(outcome -> !outcome.activates())
                .map(outcome -> {
                    String aggressor = Names.of(library, outcome.aggressor());
                    String blockers = Names.of(library, outcome.blockers());
                    String who = outcome.blockers().size() == 1 ? "its own vote against stops"
                            : "the votes of " + blockers + " against stop";
                    String message = "If " + aggressor + " is the aggressor, " + who + " collective activation under "
                            + decision.rule().describe() + ": the guarantee cannot activate against "
                            + aggressor + (fallback ? "; each guarantor may still act on its own after a deadlock."
                                    : ", and help given outside it can be called an illegal intervention.");
                    String question = "Will the guarantee activate if " + aggressor + " itself attacks, that is, "
                            + "will a guarantor that is party to the attack be barred from voting on the response?";
                    return new Finding(id(), fallback ? Severity.MAJOR : Severity.CRITICAL, "decision.rule",
                            outcome.blockers(), message, question, decision.cite().sources());
                })
                .toList();
    }
}
