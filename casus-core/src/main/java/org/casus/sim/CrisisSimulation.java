package org.casus.sim;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;

/**
 * Monte-Carlo simulation of a crisis under an arrangement: plays the runs in parallel, each from
 * its own random streams, and gathers them in run order, so the same seed gives the same result
 * whatever the number of threads.
 */
public final class CrisisSimulation {
    private static final int CHUNK = 512;

    private CrisisSimulation() {
    }

    public static SimulationResult run(Arrangement arrangement, Scenario scenario, Library library,
                                       SimulationOptions options) {
        return run(arrangement, scenario, library, options, done -> { });
    }

    /** As {@link #run(Arrangement, Scenario, Library, SimulationOptions)}, reporting runs done to {@code progress}. */
    public static SimulationResult run(Arrangement arrangement, Scenario scenario, Library library,
                                       SimulationOptions options, IntConsumer progress) {
        CrisisModel model = new CrisisModel(arrangement, scenario, library);
        int runs = options.runs();
        RunOutcome[] outcomes = new RunOutcome[runs];
        int chunks = (runs + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        Runnable work = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
            int end = Math.min(runs, (c + 1) * CHUNK);
            for (int r = c * CHUNK; r < end; r++) {
                outcomes[r] = model.play(r, options.seed());
            }
            progress.accept(done.addAndGet(end - c * CHUNK));
        });
        inPool(options.threads(), work);
        int horizon = scenario.horizonDays();
        int[] anyAidBy = new int[horizon + 1];
        int[] decisiveBy = new int[horizon + 1];
        double[] firstAid = new double[runs];
        double[] decisive = new double[runs];
        Map<String, Integer> reasons = new TreeMap<>();
        int activated = 0;
        for (int r = 0; r < runs; r++) {
            RunOutcome outcome = outcomes[r];
            firstAid[r] = outcome.firstAid();
            decisive[r] = outcome.decisive();
            mark(anyAidBy, outcome.firstAid());
            mark(decisiveBy, outcome.decisive());
            reasons.merge(outcome.reason(), 1, Integer::sum);
            activated += outcome.activated() ? 1 : 0;
        }
        for (int d = 1; d <= horizon; d++) {
            anyAidBy[d] += anyAidBy[d - 1];
            decisiveBy[d] += decisiveBy[d - 1];
        }
        return new SimulationResult(arrangement.id(), scenario.id(), model.path().name().toLowerCase(Locale.ROOT),
                options, horizon, scenario.verdictDay(), anyAidBy, decisiveBy, firstAid, decisive, reasons, activated,
                model.outsideRule());
    }

    /**
     * Only the random draws of the same runs, in the same parallel loop: the floor a run of the
     * simulation is measured against ({@code casus-bench}). Returns a checksum of the draws.
     */
    public static double drawsOnly(Arrangement arrangement, Scenario scenario, Library library,
                                   SimulationOptions options) {
        CrisisModel model = new CrisisModel(arrangement, scenario, library);
        int runs = options.runs();
        double[] sums = new double[runs];
        inPool(options.threads(), () -> IntStream.range(0, runs).parallel()
                .forEach(r -> sums[r] = model.drawAll(r, options.seed())));
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        return total;
    }

    /** Runs {@code work} (a parallel stream) on a pool of {@code threads} workers. */
    private static void inPool(int threads, Runnable work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Counts an event on the first whole day it has happened by. */
    private static void mark(int[] byDay, double day) {
        if (day <= byDay.length - 1) {
            byDay[(int) Math.ceil(day)]++;
        }
    }
}
