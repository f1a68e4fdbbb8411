package org.casus.record.analysis;

import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationKernel;
import org.casus.activation.ActivationPath;
import org.casus.activation.Crisis;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/**
 * What a party claims was agreed when it claims agreement on an arrangement's guarantee as such
 * ({@code credible security guarantees are on the table}), as a value on {@code decision.rule}: how the
 * arrangement activates against its first threat, read from the activation kernel so that the record and
 * {@code casus check} give one answer. {@code individual} when each guarantor decides its own response and one
 * is free to act; null otherwise, for the analyst to give, since a collective rule's value depends on who
 * votes in which crisis.
 */
public final class ActivationValue {
    private ActivationValue() {
    }

    public static String of(Arrangement arrangement, Library library) {
        List<String> threats = arrangement.parties().threats();
        if (threats.isEmpty()) {
            return null;
        }
        Activation activation = ActivationKernel.decide(arrangement,
                Crisis.against(arrangement, threats.getFirst(), Crisis.checkedEvent(arrangement)), library);
        return activation.path() instanceof ActivationPath.Individual && activation.activates() ? "individual" : null;
    }
}
