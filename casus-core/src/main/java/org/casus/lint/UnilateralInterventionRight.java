package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.Library;

/** {@code unilateral-intervention-right}: each guarantor reserves a right to act alone in the protected state. */
final class UnilateralInterventionRight implements Check {
    @Override
    public String id() {
        return "unilateral-intervention-right";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (!decision.unilateralInterventionRight()) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MAJOR, "decision.unilateral-intervention-right",
                arrangement.parties().guarantors(),
                "Each " + arrangement.instrument().giver() + " reserves a right to act on its own when concerted "
                        + "action fails; it can invoke that right to intervene in the protected state itself"
                        + (decision.interventionPurpose() == null ? "."
                                : ". The text limits it to one purpose (\"" + decision.interventionPurpose().strip()
                                        + "\") but does not say who judges whether an intervention serves it."),
                "Does the right to act alone include the use of force on the protected state's territory, and "
                        + "who judges that concerted action has failed?",
                decision.cite()));
    }
}
