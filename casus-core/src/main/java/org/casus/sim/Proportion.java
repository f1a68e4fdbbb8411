package org.casus.sim;

/** A share of runs with its 95% Wilson score interval. */
public record Proportion(int hits, int runs, double value, double low, double high) {
    private static final double Z = 1.959963984540054;

    public static Proportion of(int hits, int runs) {
        double p = (double) hits / runs;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * runs)) / (1 + z2 / runs);
        double half = Z * Math.sqrt(p * (1 - p) / runs + z2 / (4.0 * runs * runs)) / (1 + z2 / runs);
        return new Proportion(hits, runs, p, hits == 0 ? 0 : Math.max(0, centre - half),
                hits == runs ? 1 : Math.min(1, centre + half));
    }
}
