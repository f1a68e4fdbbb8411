package org.casus.lint;

import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationKernel;
import org.casus.activation.Crisis;
import org.casus.activation.PotentialAggressors;
import org.casus.model.Arrangement;
import org.casus.model.Library;

/**
 * The crises a check considers: each potential aggressor attacking a protected state in an event
 * the trigger covers, each decided by the activation kernel.
 */
final class Crises {
    private Crises() {
    }

    static List<Activation> activations(Arrangement arrangement, Library library) {
        return PotentialAggressors.of(arrangement, library.actors()).stream()
                .map(aggressor -> ActivationKernel.decide(arrangement,
                        Crisis.against(arrangement, aggressor, Crisis.checkedEvent(arrangement)), library))
                .toList();
    }
}
