package org.casus.sim;

/**
 * An arrangement against the baseline: the difference in the probability of decisive aid by the
 * verdict day, from paired runs (the same seed, run and actor draw the same numbers in both),
 * with its 95% interval.
 */
public record Verdict(String arrangement, String baseline, int day, int runs, double difference, double low,
                      double high) {
    private static final double Z = 1.959963984540054;

    /**
     * The difference in percentage points with its interval, as every report writes it: {@code -20.1
     * percentage points (95% interval -20.9 to -19.3)}.
     */
    public String inPoints() {
        return String.format(java.util.Locale.ROOT, "%+.1f percentage points (95%% interval %+.1f to %+.1f)",
                100 * difference, 100 * low, 100 * high);
    }

    /** {@code better}, {@code worse} or {@code indistinguishable} at 95%. */
    public String word() {
        return low > 0 ? "better" : high < 0 ? "worse" : "indistinguishable";
    }

    public static Verdict of(SimulationResult arrangement, SimulationResult baseline) {
        int n = arrangement.runs();
        if (baseline.runs() != n || baseline.options().seed() != arrangement.options().seed()) {
            throw new IllegalArgumentException("a verdict pairs runs: both simulations need the same runs and seed");
        }
        double sum = 0;
        double sumSquares = 0;
        for (int r = 0; r < n; r++) {
            int d = (arrangement.decisiveByVerdictDay(r) ? 1 : 0) - (baseline.decisiveByVerdictDay(r) ? 1 : 0);
            sum += d;
            sumSquares += d * d;
        }
        double mean = sum / n;
        double variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
        double half = Z * Math.sqrt(variance / n);
        return new Verdict(arrangement.arrangement(), baseline.arrangement(), arrangement.verdictDay(), n, mean,
                mean - half, mean + half);
    }
}
