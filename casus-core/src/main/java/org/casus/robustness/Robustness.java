package org.casus.robustness;

import java.util.List;
import org.casus.activation.Activation;
import org.casus.activation.ActivationKernel;
import org.casus.activation.Coalitions;
import org.casus.activation.Crisis;
import org.casus.activation.PotentialAggressors;
import org.casus.games.Enumeration;
import org.casus.model.Arrangement;
import org.casus.model.Exclusion;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.TriggerEvent;

/**
 * The robustness matrix of an arrangement: for each potential aggressor, the activation kernel's
 * answer (covered or not, by which path, who blocks), with the minimal coalitions that suffice,
 * who is then indispensable, the obligations and the carve-outs. A pure function.
 */
public final class Robustness {
    private Robustness() {
    }

    /**
     * One row per aggressor of {@code threats}, or of the potential aggressors when it is empty,
     * each attacking in an {@code event}.
     */
    public static List<AggressorCase> analyse(Arrangement arrangement, Library library, List<String> threats,
                                              TriggerEvent event) {
        List<String> aggressors = threats.isEmpty() ? PotentialAggressors.of(arrangement, library.actors()) : threats;
        return aggressors.stream().map(aggressor -> row(arrangement,
                ActivationKernel.decide(arrangement, Crisis.against(arrangement, aggressor, event), library))).toList();
    }

    /** As {@link #analyse(Arrangement, Library, List, TriggerEvent)} for an armed attack. */
    public static List<AggressorCase> analyse(Arrangement arrangement, Library library, List<String> threats) {
        return analyse(arrangement, library, threats, TriggerEvent.ARMED_ATTACK);
    }

    private static AggressorCase row(Arrangement arrangement, Activation activation) {
        Coalitions coalitions = Coalitions.of(activation);
        List<String> carveOuts = arrangement.trigger() == null ? List.of()
                : arrangement.trigger().excluded().stream().map(Exclusion::territory).toList();
        String procedure = Labels.kebab(arrangement.decision().procedure());
        List<String> obligations = arrangement.obligations().stream()
                .filter(o -> o.answers(activation.crisis().event()))
                .map(o -> Labels.kebab(o.type()) + " (" + procedure + ")").distinct().toList();
        String note = activation.failure();
        if (coalitions.count() == null) {
            note = (note == null ? "" : note + "; ") + "coalitions not enumerated: more than "
                    + Enumeration.MAX_PLAYERS + " voters";
        }
        Crisis crisis = activation.crisis();
        return new AggressorCase(crisis.aggressor(), crisis.target(), List.copyOf(crisis.side()),
                activation.path().label(), activation.activates(), activation.blockers(), coalitions.count(),
                coalitions.listed(), activation.indispensable(), obligations, carveOuts, note);
    }
}
