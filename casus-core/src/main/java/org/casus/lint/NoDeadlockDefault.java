package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.Library;
import org.casus.model.Procedure;

/** {@code no-deadlock-default}: a collective procedure that does not say what happens when no decision is reached. */
final class NoDeadlockDefault implements Check {
    @Override
    public String id() {
        return "no-deadlock-default";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (decision.procedure() != Procedure.COLLECTIVE || decision.onDeadlock() != DeadlockDefault.UNSPECIFIED) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MAJOR, "decision.on-deadlock", arrangement.parties().guarantors(),
                "The text does not say what happens when the " + arrangement.instrument().givers() + " fail to decide.",
                "If the " + arrangement.instrument().givers() + " cannot agree, may each of them help the protected "
                        + "state on its own?",
                decision.cite()));
    }
}
