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
        String givers = arrangement.instrument().givers();
        String who = decision.decider() == null ? "the " + givers : Names.of(library, decision.decider().actor());
        String decide = decision.decider() == null ? " decide together" : " decides";
        return List.of(new Finding(id(), Severity.MAJOR, "decision.decision-days", arrangement.parties().guarantors(),
                Character.toUpperCase(who.charAt(0)) + who.substring(1) + decide
                        + " with no deadline: consultation can delay help indefinitely.",
                "Within how many days of an attack must " + who + " decide?", decision.cite()));
    }
}
