package org.casus.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * A sweep, as data that travels to any worker: arrangements (library ids) judged against no
 * arrangement in one scenario, at {@code samples} points of a Latin hypercube over the scenario's
 * parameters, {@code runs} simulation runs per point and arrangement. Every random number follows
 * from {@code seed} and the sample's index, so a cell computed anywhere equals the same cell
 * computed here.
 *
 * @param parameters the scenario parameters swept (names as {@code casus simulate --grid} takes
 *                   them); empty for every parameter of the scenario that has a range
 */
public record SweepPlan(List<String> arrangements, String scenario, List<String> parameters, int samples, int runs,
                        long seed) implements Serializable {
    public SweepPlan {
        arrangements = List.copyOf(arrangements);
        parameters = List.copyOf(parameters);
        if (arrangements.isEmpty()) {
            throw new IllegalArgumentException("name at least one arrangement to sweep");
        }
        if (samples < 1 || runs < 1) {
            throw new IllegalArgumentException("samples and runs must be at least 1, got " + samples + " and " + runs);
        }
    }
}
