package org.casus.design;

import java.util.List;
import java.util.Map;
import org.casus.model.Arrangement;

/**
 * What a design search keeps fixed and what it may change.
 *
 * @param required     guarantors every proposal keeps (added when the base lacks them)
 * @param excluded     guarantors no proposal has
 * @param candidates   states a proposal may add as guarantors
 * @param maxAdded     how many candidates one proposal may add at most
 * @param aggressors   the aggressors every proposal must activate against; empty for the default:
 *                     the base's potential aggressors and every single guarantor of the proposal
 * @param redLines     each side's red lines; proposals are ranked by how far they fall short
 * @param minPower     lower bounds on Shapley-Shubik shares, in a vote where no guarantor is a
 *                     party to the dispute
 * @param fallbackDays the deadlock fallback offered (each guarantor acts alone after this many
 *                     days); 0 to offer none
 * @param shown        how many proposals of the front to report in full
 */
public record DesignRequest(Arrangement base, List<String> required, List<String> excluded, List<String> candidates,
                            int maxAdded, List<String> aggressors, List<RedLine> redLines, Map<String, Double> minPower,
                            int fallbackDays, int shown) {
    public DesignRequest {
        java.util.Objects.requireNonNull(base, "a design needs the arrangement it starts from");
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
        candidates = List.copyOf(candidates);
        aggressors = List.copyOf(aggressors);
        redLines = List.copyOf(redLines);
        minPower = Map.copyOf(minPower);
        if (maxAdded < 0 || fallbackDays < 0 || shown < 1) {
            throw new IllegalArgumentException("maxAdded and fallbackDays must be >= 0 and shown >= 1");
        }
    }

    public DesignRequest withRedLines(List<RedLine> lines) {
        return new DesignRequest(base, required, excluded, candidates, maxAdded, aggressors, lines, minPower,
                fallbackDays, shown);
    }

    /** The search with only the base and the required guarantors fixed, with defaults for the rest. */
    public static DesignRequest of(Arrangement base, List<String> required) {
        return new DesignRequest(base, required, List.of(), List.of(), 2, List.of(), List.of(), Map.of(), 0, 10);
    }
}
