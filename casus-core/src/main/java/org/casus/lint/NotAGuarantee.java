package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/**
 * {@code not-a-guarantee}: the instrument gives assurances, commitments short of defence, or a
 * declaration of intent, and a reader may take it for a promise to defend.
 */
final class NotAGuarantee implements Check {
    @Override
    public String id() {
        return "not-a-guarantee";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        String message = switch (arrangement.instrument()) {
            case GUARANTEE, ALLIANCE -> null;
            case ASSURANCE -> "These are assurances, not a guarantee: the assuring states reaffirm undertakings (to respect "
                    + "the protected state, to seek action by others) and promise no defence of their own.";
            case COMMITMENT -> "These are security commitments short of a defence guarantee: the committed states "
                    + "promise to consult and to keep supporting the protected state, not to defend it.";
            case DECLARATION_OF_INTENT -> "This is a declaration of intent: it pledges commitments to be concluded "
                    + "later and obliges no state to act in a crisis now.";
        };
        if (message == null) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.MAJOR, "instrument", arrangement.parties().guarantors(), message,
                "Which of the " + arrangement.instrument().givers() + " will commit, in a binding text, to defend the "
                        + "protected state, and with what means?",
                arrangement.parties().cite()));
    }
}
