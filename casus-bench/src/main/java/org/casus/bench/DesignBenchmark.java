package org.casus.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casus.design.Design;
import org.casus.design.DesignRequest;
import org.casus.design.DesignResult;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
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
 * Whole design searches, on every core: {@code seato-1954} (eight guarantors) with ten
 * candidates, at most two added; and {@code istanbul-2022-draft-ru} with Russia and China
 * required (six guarantors: every weighted game searched exactly). The {@code floor} lists the
 * library's potential aggressors of the same base, measured in the same run. Run:
 * {@code bench/run-design}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class DesignBenchmark {
    @Param({"seato-1954", "istanbul-2022-draft-ru"})
    public String target;

    @Param("library")
    public String library;

    private Library lib;
    private DesignRequest request;

    @Setup(Level.Trial)
    public void load() {
        lib = LibraryLoader.load(Path.of(library));
        var base = lib.arrangements().get(target);
        request = target.equals("seato-1954")
                ? new DesignRequest(base, List.of(), List.of(), List.of("DE", "IT", "JP", "KR", "TR", "PL", "CA", "ES",
                        "NL", "BE"), 2, List.of(), List.of(), Map.of(), 0, 10)
                : DesignRequest.of(base, List.of("RU", "CN"));
    }

    @Benchmark
    public DesignResult design() {
        return Design.search(request, lib, (done, total) -> { });
    }

    @Benchmark
    public Object floor() {
        return org.casus.activation.PotentialAggressors.of(request.base(), lib.actors());
    }
}
