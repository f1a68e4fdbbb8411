package org.casus.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
import org.casus.model.Council;
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
     * The case measured: {@code GAME:INDEX} for a weights file, {@code eu-council-qmv:all}, or
     * {@code light3000:bz}, 3,000 players of random weights 1 to 10 (seed 3), where the formal
     * power series are chosen.
     */
    @Param({"rand100:ss", "rand500:bz", "rand1000:bz", "unsc:ss", "eu-council-qmv:all", "light3000:bz"})
    public String target;

    @Param("bench/games")
    public String games;

    @Param("library")
    public String library;

    private Game game;
    private Set<PowerIndex> wanted;
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
        } else {
            game = WeightsReader.read(Path.of(games, parts[0] + ".weights"));
        }
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
        return PowerAnalysis.analyse(game, Optional.empty(), wanted, 1000, 1).result();
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
