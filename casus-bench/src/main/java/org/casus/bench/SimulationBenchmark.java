package org.casus.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.casus.format.LibraryLoader;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Scenario;
import org.casus.sim.CrisisSimulation;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Crisis simulation of 10,000 runs on real library cases: the Istanbul draft Russia wanted
 * (6 guarantors, a collective vote) and the North Atlantic Treaty for Estonia (31 allies acting
 * individually), with 1 and 2 threads, beside a floor that only makes the same random draws in
 * the same parallel loop. Run: {@code bench/run-simulation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimulationBenchmark {
    private static final int RUNS = 10_000;

    /** {@code ARRANGEMENT@SCENARIO}. */
    @Param({"istanbul-2022-draft-ru@ukraine-attacked-by-russia", "nato-1949@nato-member-attacked-by-outside-state"})
    public String target;

    @Param({"1", "2"})
    public int threads;

    @Param("library")
    public String library;

    private Arrangement arrangement;
    private Scenario scenario;
    private Library lib;
    private SimulationOptions options;

    @Setup(Level.Trial)
    public void load() {
        lib = LibraryLoader.load(Path.of(library));
        String[] parts = target.split("@");
        arrangement = lib.arrangements().get(parts[0]);
        scenario = lib.scenarios().get(parts[1]);
        options = new SimulationOptions(RUNS, 1, threads);
    }

    @Benchmark
    public SimulationResult simulate() {
        return CrisisSimulation.run(arrangement, scenario, lib, options);
    }

    @Benchmark
    public double floor() {
        return CrisisSimulation.drawsOnly(arrangement, scenario, lib, options);
    }
}
