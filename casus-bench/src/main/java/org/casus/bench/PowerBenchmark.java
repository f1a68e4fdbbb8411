package org.casus.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casus.format.CouncilReader;
import org.casus.format.LibraryLoader;
import org.casus.format.WeightsReader;
import org.casus.games.Enumeration;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.games.PowerResult;
import org.casus.model.ActorSet;
import org.casus.model.Council;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;
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
 * Exact power indices of the benchmark games ({@code bench/games/}) and of the EU Council, beside
 * a floor: one plain pass of n x q additions over a table of the game's size, the least any
 * table method must do. Ratios to the floor, measured in the same run, are what
 * {@code docs/performance.md} reports. Run: {@code bench/run-power} (or {@code java -jar
 * casus-bench/target/benchmarks.jar PowerBenchmark -p games=bench/games -p library=library}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PowerBenchmark {

    /**
     * The case measured: {@code GAME:INDEX[:METHOD]} for a weights file, the EU Council
     * ({@code eu-council-qmv}), {@code light3000}, 3,000 players of random weights 1 to 10 (seed
     * 3), where the formal power series are chosen, or {@code triple27}, 27 players who must
     * reach 74% of random votes, 62% of random populations and a majority of members (seed 7),
     * where binary decision diagrams are chosen. METHOD forces a method.
     */
    @Param({"rand100:ss", "rand500:bz", "rand1000:bz", "unsc:ss", "eu-council-qmv:all", "eu-council-qmv:ss",
            "eu-council-qmv:ss:bdd", "light3000:bz", "triple27:ss"})
    public String target;

    @Param("bench/games")
    public String games;

    @Param("library")
    public String library;

    private Game game;
    private Set<PowerIndex> wanted;
    private Optional<String> method;
    private long[] floorRow;
    private int floorPasses;

    @Setup(Level.Trial)
    public void load() {
        String[] parts = target.split(":");
        if (parts[0].startsWith("eu-")) {
            var context = LibraryLoader.loadContext(Path.of(library));
            Council council = CouncilReader.read(Path.of(library, "councils", parts[0] + ".yaml"), context.actors());
            game = Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
        } else if (parts[0].equals("light3000")) {
            Random random = new Random(3);
            long[] weights = new long[3000];
            List<String> players = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 1 + random.nextInt(10);
                players.add("P" + i);
            }
            game = Games.weighted(parts[0], players, weights, Arrays.stream(weights).sum() / 2 + 1);
        } else if (parts[0].equals("triple27")) {
            game = tripleMajority(27, new Random(7));
        } else {
            game = WeightsReader.read(Path.of(games, parts[0] + ".weights"));
        }
        method = parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
        wanted = switch (parts[1]) {
            case "ss" -> EnumSet.of(PowerIndex.SHAPLEY_SHUBIK);
            case "bz" -> EnumSet.of(PowerIndex.BANZHAF_NORMALIZED);
            default -> EnumSet.allOf(PowerIndex.class);
        };
        int cap = game.weightCap();
        floorRow = new long[cap + 1];
        floorPasses = game.size();
    }

    /** What {@code casus power} does: the method chosen for the game and the indices wanted. */
    @Benchmark
    public PowerResult exact() {
        return PowerAnalysis.analyse(game, method, wanted, 1000, 1).result();
    }

    /** A rule of two weight vectors and a count, as the EU Council's under the Treaty of Nice. */
    private static Game tripleMajority(int n, Random random) {
        List<String> players = new ArrayList<>();
        Map<String, Long> votes = new LinkedHashMap<>();
        Map<String, Long> population = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            players.add("P" + i);
            votes.put("P" + i, 3L + random.nextInt(27));
            population.put("P" + i, 400L + random.nextInt(80_000));
        }
        DecisionRule rule = new DecisionRule.AllOf(List.of(
                new DecisionRule.Weighted(votes, new Threshold.Fraction(74, 100, false)),
                new DecisionRule.Weighted(population, new Threshold.Fraction(62, 100, false)),
                new DecisionRule.Quota(ActorSet.of(players), new Threshold.Fraction(1, 2, true))));
        return Games.fromRule("triple27", rule, Set.of(), Set.of(), Set.of());
    }

    /** One pass of n row additions over a row of the game's weight cap: the floor of any table method. */
    @Benchmark
    public long floor() {
        long[] row = floorRow;
        row[0] = 1;
        for (int i = 0; i < floorPasses; i++) {
            int a = 1 + (i % 7);
            for (int w = row.length - 1; w >= a; w--) {
                row[w] += row[w - a];
            }
        }
        return row[row.length - 1];
    }

    /** Enumeration of all coalitions, where the game is small enough (the Security Council). */
    @Benchmark
    public PowerResult enumeration() {
        return game.size() <= Enumeration.MAX_PLAYERS ? new Enumeration().solve(game) : null;
    }
}
