package org.casus.sim;

import java.util.Arrays;
import java.util.Map;

/**
 * The outcome of many runs of one arrangement facing one scenario.
 *
 * @param anyAidBy      runs in which any aid had arrived by day d, for d = 0 .. horizon
 * @param decisiveBy    runs in which decisive aid had arrived by day d
 * @param firstAid      the day of first aid in each run (infinity when none), in run order
 * @param decisive      the day of decisive aid in each run, in run order
 * @param reasons       how the arrangement's path ended, with the number of runs
 * @param activated     runs in which the arrangement activated
 * @param outside       how help outside the arrangement is treated, in words
 */
public record SimulationResult(String arrangement, String scenario, String path, SimulationOptions options,
                               int horizonDays, int verdictDay, int[] anyAidBy, int[] decisiveBy,
                               double[] firstAid, double[] decisive, Map<String, Integer> reasons, int activated,
                               String outside) {

    public int runs() {
        return options.runs();
    }

    public Proportion anyAid(int day) {
        return Proportion.of(anyAidBy[Math.min(day, horizonDays)], runs());
    }

    public Proportion decisiveAid(int day) {
        return Proportion.of(decisiveBy[Math.min(day, horizonDays)], runs());
    }

    public Proportion activation() {
        return Proportion.of(activated, runs());
    }

    /** The q-quantile of the day of first aid over all runs; infinity when fewer runs got aid. */
    public double timeToAid(double q) {
        double[] sorted = firstAid.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** Whether run {@code r} had decisive aid by the verdict day. */
    boolean decisiveByVerdictDay(int r) {
        return decisive[r] <= verdictDay;
    }
}
