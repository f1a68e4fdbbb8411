package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.Library;
import org.casus.model.Procedure;

/** {@code no-decision-rule}: a collective procedure without a rule, or a procedure the text leaves open. */
final class NoDecisionRule implements Check {
    @Override
    public String id() {
        return "no-decision-rule";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        String givers = arrangement.instrument().givers();
        String message;
        if (decision.procedure() == Procedure.UNSPECIFIED) {
            message = "The text does not say who decides that the obligation applies: each of the " + givers
                    + " alone, or the " + givers + " together.";
        } else if (decision.isCollective() && decision.rule() == null) {
            message = "The " + givers + " decide together, but the text gives no rule: unanimity, a majority, or "
                    + "something else.";
        } else {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MAJOR, "decision.procedure", arrangement.parties().guarantors(),
                message, "Who decides that the " + arrangement.instrument().noun()
                + " applies, and by what vote?", decision.cite()));
    }
}
