package org.casus.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.robustness.Activation;

/** The crises a check considers: each potential aggressor attacking the protected states it is not one of. */
final class Crises {
    private Crises() {
    }

    /** The outcome of {@code rule} against each potential aggressor of {@code arrangement}. */
    static List<Activation.Outcome> outcomes(Arrangement arrangement, DecisionRule rule) {
        List<Activation.Outcome> outcomes = new ArrayList<>();
        for (String aggressor : arrangement.potentialAggressors()) {
            Set<String> victims = new LinkedHashSet<>(arrangement.parties().protectedStates());
            victims.remove(aggressor);
            if (!victims.isEmpty()) {
                outcomes.add(Activation.against(rule, aggressor, arrangement.parties().alliesOf(aggressor), victims));
            }
        }
        return outcomes;
    }
}
