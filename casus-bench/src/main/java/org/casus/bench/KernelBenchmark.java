package org.casus.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casus.activation.ActivationKernel;
import org.casus.activation.Crisis;
import org.casus.format.LibraryLoader;
import org.casus.games.WeightedGames;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Library;
import org.casus.model.Threshold;
import org.casus.model.TriggerEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The activation kernel on six guarantors: the Istanbul draft Russia wanted under 64 weighted
 * rules (every 3,800th weighted game on six players, with the parties to the dispute abstaining)
 * against its six aggressors, 384 (rule, aggressor) pairs per operation, on one thread. Throughput
 * in pairs per second: {@code prepared} (the rules compiled once, as a design search does),
 * {@code unprepared} (compiled on every call) and the {@code floor} that only builds the crises'
 * lists of guarantors free to act. Run: {@code bench/run-design}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmark {
    private static final int RULES = 64;
    private static final int PAIRS = RULES * 6;

    @Param("library")
    public String library;

    private Library lib;
    private final List<Arrangement> arrangements = new ArrayList<>();
    private final List<ActivationKernel.Prepared> prepared = new ArrayList<>();
    private List<Crisis> crises;

    @Setup(Level.Trial)
    public void load() {
        lib = LibraryLoader.load(Path.of(library));
        Arrangement base = lib.arrangements().get("istanbul-2022-draft-ru");
        List<String> guarantors = base.parties().guarantors();
        List<WeightedGames.WeightedGame> games = WeightedGames.proper(guarantors.size());
        for (int r = 0; r < RULES; r++) {
            WeightedGames.WeightedGame game = games.get(r * (games.size() / RULES));
            Map<String, Long> weights = new LinkedHashMap<>();
            for (int i = 0; i < guarantors.size(); i++) {
                weights.put(guarantors.get(i), (long) game.weights()[i]);
            }
            DecisionRule rule = new DecisionRule.PartiesAbstain(new DecisionRule.Weighted(weights,
                    new Threshold.Fraction(game.quota(), game.totalWeight(), false)));
            var d = base.decision();
            Arrangement a = new Arrangement(base.id(), base.title(), base.status(), base.instrument(), base.dates(),
                    base.sources(), base.sets(), base.parties(), base.trigger(), base.obligations(),
                    new Decision(d.procedure(), rule, d.consultationDays(), d.decisionDays(),
                            d.onDeadlock(), false, null, null, d.cite()),
                    base.restrictions(), base.forfeitures(), base.territory(), base.duration(), base.notes());
            arrangements.add(a);
            prepared.add(ActivationKernel.prepare(a, lib));
        }
        crises = guarantors.stream().map(g -> Crisis.against(base, g, TriggerEvent.ARMED_ATTACK)).toList();
        if (guarantors.size() * RULES != PAIRS) {
            throw new IllegalStateException("six guarantors expected");
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void prepared(Blackhole hole) {
        for (ActivationKernel.Prepared p : prepared) {
            for (Crisis c : crises) {
                hole.consume(p.decide(c).activates());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void unprepared(Blackhole hole) {
        for (Arrangement a : arrangements) {
            for (Crisis c : crises) {
                hole.consume(ActivationKernel.decide(a, c, lib).activates());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void floor(Blackhole hole) {
        for (Arrangement a : arrangements) {
            for (Crisis c : crises) {
                hole.consume(c.free(a.parties().guarantors()));
            }
        }
    }
}
