package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.Library;

/** {@code no-deadline}: a collective procedure with neither a consultation nor a decision deadline. */
final class NoDeadline implements Check {
    @Override
    public String id() {
        return "no-deadline";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (!decision.isCollective() || decision.consultationDays() != null || decision.decisionDays() != null) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MAJOR, "decision.decision-days", arrangement.parties().guarantors(),
                "The guarantors decide together with no deadline: consultation can delay help indefinitely.",
                "Within how many days of an attack must the guarantors decide?", decision.cite()));
    }
}
