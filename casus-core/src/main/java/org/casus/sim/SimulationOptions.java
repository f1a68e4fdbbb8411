package org.casus.sim;

/**
 * How to run a simulation.
 *
 * @param runs    the number of runs (crises played)
 * @param seed    the seed every random stream derives from
 * @param threads worker threads; the result does not depend on them
 */
public record SimulationOptions(int runs, long seed, int threads) {
    public SimulationOptions {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run is needed, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, got " + threads);
        }
    }

    public static SimulationOptions defaults() {
        return new SimulationOptions(10_000, 1, Runtime.getRuntime().availableProcessors());
    }

    public SimulationOptions withRuns(int runs) {
        return new SimulationOptions(runs, seed, threads);
    }
}
