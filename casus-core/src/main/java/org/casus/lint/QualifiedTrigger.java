package org.casus.lint;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Decider;
import org.casus.model.Library;
import org.casus.model.Trigger;
import org.casus.model.TriggerQualifier;

/**
 * {@code qualified-trigger}: only an attack that meets a condition counts ("significant,
 * deliberate, and sustained"; "across the agreed line of contact"), and someone must judge it.
 */
final class QualifiedTrigger implements Check {
    @Override
    public String id() {
        return "qualified-trigger";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Trigger trigger = arrangement.trigger();
        if (trigger == null) {
            return List.of();
        }
        Decider decider = arrangement.decision().decider();
        String judge = decider == null ? "the text does not say who judges whether an attack meets it"
                : Names.of(library, decider.actor()) + " alone judges whether an attack meets it";
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < trigger.qualifiers().size(); i++) {
            TriggerQualifier q = trigger.qualifiers().get(i);
            findings.add(new Finding(id(), Severity.MAJOR, "trigger.qualifiers[" + i + "]",
                    arrangement.parties().protectedStates(),
                    "Only an attack that meets this condition counts: \"" + q.text().strip() + "\"; " + judge
                            + ". " + consequence(q.kind()),
                    "Who judges whether an attack meets the condition \"" + q.text().strip()
                            + "\", on what evidence and how fast?",
                    q.cite()));
        }
        return findings;
    }

    private static String consequence(TriggerQualifier.Kind kind) {
        return switch (kind) {
            case THRESHOLD -> "A smaller, brief or ambiguous attack brings no obligation.";
            case LINE_OF_CONTACT -> "An attack elsewhere, or one whose route is disputed, brings no obligation.";
            case UNPROVOKED -> "An attack the aggressor calls provoked may bring no obligation.";
            case OTHER -> "An attack that does not meet it brings no obligation.";
        };
    }
}
