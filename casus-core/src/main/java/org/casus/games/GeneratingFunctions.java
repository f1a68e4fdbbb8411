package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Exact Shapley-Shubik, Banzhaf and Coleman indices of games that depend on the number and the
 * weight of the yes voters (weighted, quota and unanimity rules and their and/or combinations),
 * by dynamic programming over generating functions (Uno 2012; Kurz 2016). One forward table
 * counts the coalitions of every size k and capped weight w; each player's swings come from
 * removing its factor (1 + y x^d) again, exactly, modulo 2^64 and primes rebuilt by the Chinese
 * remainder theorem (see {@link Moduli}), never by floating-point subtraction.
 *
 * <p>Cost, with q the weight cap: O(n^2 q) per modulus for Shapley-Shubik and for general
 * count-weight conditions; counting the minimal coalitions adds, per joining player, a read for each
 * row, size and distinct heavier weight, O(n^4) in all ({@link #windowReads}); moduli run in parallel.
 * Banzhaf of a weighted game needs no size dimension: one table of exact multi-word counts
 * ({@link LimbTable}), O(n^2 q / 88) word additions, and prefix sums give each player's swings in
 * O(q / w_i) per word.
 */
public final class GeneratingFunctions implements GameSolver {
    /** The largest weight cap the tables are built for (cells per size row). */
    public static final int MAX_CAP = 50_000_000;
    /**
     * Cell updates beyond which the tables are refused: about a minute on the project's machine
     * (weights 1-1000, 2,000 players, quota 498,520: 10^9 cells of Banzhaf in 4 s; docs/performance.md).
     */
    static final double MAX_WORK = 2e10;
    /**
     * The seconds beyond which the tables by size are refused unless forced by name ({@link #unbounded}), at the
     * rates below: about two minutes (rand500's Shapley-Shubik, about 15 s, runs; rand1000's, about 225 s, does
     * not, nor do Holler, Deegan-Packel and Johnston of rand500), so that a default never starts a long job.
     */
    static final double MAX_SECONDS = 120;
    /**
     * Cell updates of the tables by size per second, over all moduli, as a whole command on the project's 2-core
     * machine: rand500's Shapley-Shubik, 3.5 x 10^10 updates over nine moduli, took 14.6-15.7 s at load 1-2, and
     * 500 players of weights 1-300 (1.1 x 10^10) 5.7-5.9 s (docs/performance.md). Smaller tables cost more per
     * update; the heaviest-first tables of the minimal coalitions add at about the same rate.
     */
    public static final double UPDATES_PER_SECOND = 2.4e9;
    /**
     * Reads of the prefix sums per second, over all moduli, as the minimal coalitions are counted ({@link
     * #windowReads}), each row read at a stride of a player's weight. Measured as whole commands with Holler, at
     * load 1.5-1.8: 300 players of weights 1-100, 2.4 x 10^9 reads and 1.1 x 10^9 cell updates, 4.4 s; of weights
     * 1-300, 5.0 x 10^9 and 3.5 x 10^9, 10.6-12.6 s; 500 players of weights 1-100, 2.1 x 10^10 and 9.8 x 10^9,
     * 31.5 s; of weights 1-300, 5.1 x 10^10 and 3.1 x 10^10, 102 s: 5.2 to 7.9 x 10^8 reads per second on tables
     * of 25 to 223 MB, more where the weights, and so the strides, are smaller.
     */
    public static final double READS_PER_SECOND = 6.2e8;
    /** Reads beyond which {@link #windowReads} stops counting: hours of work, refused whatever the rest. */
    private static final double READ_CEILING = 1e13;

    private final boolean withShapleyShubik;
    private final boolean withCoalitions;
    /** Told the share of the tables done (one per modulus), for a progress bar. */
    private final DoubleConsumer progress;
    /** The estimated seconds beyond which the tables by size are refused: {@link #MAX_SECONDS}, or none. */
    private final double maxSeconds;

    /**
     * A solver that skips what is not wanted: without Shapley-Shubik it drops the size dimension
     * of weighted games where it can; without coalitions it does not count minimal winning and
     * maximal losing coalitions nor shares of vulnerable ones (Holler, Deegan-Packel, Johnston,
     * minimal blocking).
     */
    public GeneratingFunctions(boolean withShapleyShubik, boolean withCoalitions) {
        this(withShapleyShubik, withCoalitions, share -> { });
    }

    /** As {@link #GeneratingFunctions(boolean, boolean)}, telling {@code progress} the share of the tables done. */
    public GeneratingFunctions(boolean withShapleyShubik, boolean withCoalitions, DoubleConsumer progress) {
        this(withShapleyShubik, withCoalitions, progress, MAX_SECONDS);
    }

    private GeneratingFunctions(boolean withShapleyShubik, boolean withCoalitions, DoubleConsumer progress,
                                double maxSeconds) {
        this.withShapleyShubik = withShapleyShubik;
        this.withCoalitions = withCoalitions;
        this.progress = progress;
        this.maxSeconds = maxSeconds;
    }

    /**
     * The same solver without the bound on time, for a person who forced it by name: it still refuses what the
     * heap or the cap cannot hold, and says its estimate before it starts.
     */
    public GeneratingFunctions unbounded() {
        return new GeneratingFunctions(withShapleyShubik, withCoalitions, progress, Double.POSITIVE_INFINITY);
    }

    /** Without coalition counts: Shapley-Shubik, Banzhaf and Coleman, or Banzhaf and Coleman only. */
    public GeneratingFunctions(boolean withShapleyShubik) {
        this(withShapleyShubik, false);
    }

    public GeneratingFunctions() {
        this(true, true);
    }

    @Override
    public String name() {
        return "generating-functions";
    }

    @Override
    public Optional<String> refusal(Game game) {
        if (game.countWeight() == null) {
            return Optional.of("the rule mixes more than one weight vector, so it is not a condition on the number "
                    + "and the weight of the yes voters");
        }
        CountWeightForm form = tableForm(game);
        if (form.cap() > MAX_CAP) {
            return Optional.of("the weight cap " + form.cap() + " exceeds " + MAX_CAP);
        }
        if (!bySize(form)) {
            double work = work(form, false, true);
            if (work > MAX_WORK) {
                return Optional.of(String.format(Locale.ROOT, "its tables need about %.1e cell updates (players x "
                        + "quota), more than %.0e", work, MAX_WORK));
            }
        } else {
            Estimate e = estimate(form);
            if (e.seconds() > maxSeconds) {
                String what = withCoalitions ? "the minimal coalitions" : withShapleyShubik ? "Shapley-Shubik"
                        : "the count condition";
                return Optional.of(String.format(Locale.ROOT, "its tables for %s need %s %s here (%s), more than "
                        + "the %.0f s an exact job may take unless forced (--method %s)", what,
                        e.reads() >= READ_CEILING ? "at least" : "about", e.time(), e.counts(), maxSeconds, name()));
            }
        }
        long needed = tableBytes(form);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            return Optional.of(String.format(Locale.ROOT, "its tables would take about %.1f GB, more than the %.1f GB "
                    + "this Java may use (raise it with JAVA_TOOL_OPTIONS=-Xmx...)", needed / 1e9, available / 1e9));
        }
        return Optional.empty();
    }

    /**
     * What a solve takes: the cell updates of its tables, the reads of them that counting the minimal coalitions
     * takes (none without them) and the bytes the tables hold at once.
     */
    public record Estimate(double updates, double reads, long bytes) {
        /** The seconds the tables by size take on the project's machine, at the measured rates. */
        public double seconds() {
            return updates / UPDATES_PER_SECOND + reads / READS_PER_SECOND;
        }

        /** The seconds as a person reads them: {@code 130 s}, {@code 17 min}, {@code 12.6 hours}. */
        public String time() {
            double seconds = seconds();
            return seconds < 600 ? String.format(Locale.ROOT, "%.0f s", seconds)
                    : seconds < 7200 ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
                    : String.format(Locale.ROOT, "%.1f hours", seconds / 3600);
        }

        /** The bytes as a person reads them: {@code 72 MB}, {@code 2.8 GB}. */
        public String memory() {
            return bytes < 1e9 ? Math.round(bytes / 1e6) + " MB" : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }

        /** What the seconds count: {@code 9.8e+09 cell updates and 2.2e+10 reads of the tables}. */
        public String counts() {
            return String.format(Locale.ROOT, "%.1e cell updates", updates)
                    + (reads > 0 ? String.format(Locale.ROOT, " and %.1e reads of the tables", reads) : "");
        }
    }

    /** What solving a count-weight game would take, for saying so before starting. */
    public Estimate estimate(Game game) {
        return estimate(tableForm(game));
    }

    private Estimate estimate(CountWeightForm form) {
        return new Estimate(work(form, bySize(form), !withCoalitions), withCoalitions ? windowReads(form) : 0,
                tableBytes(form));
    }

    /**
     * The form the tables are built on: the game's own, or its dual's (where a coalition wins when
     * its complement loses here) when that takes fewer cell updates. Both have the same swings, by
     * complementary sizes, so a supermajority such as the EU Council's 65 % of the population is
     * counted as its blocking minority's 35 %. Minimal coalitions are counted on the game's own form.
     */
    CountWeightForm tableForm(Game game) {
        CountWeightForm own = game.countWeight();
        if (withCoalitions) {
            return own;
        }
        CountWeightForm dual = own.dual();
        return dual != null && dual.cap() >= 1 && work(dual, bySize(dual), true) < work(own, bySize(own), true)
                ? dual : own;
    }

    /** Whether the tables keep rows by coalition size (all but Banzhaf alone of a weighted game). */
    private boolean bySize(CountWeightForm form) {
        return withShapleyShubik || withCoalitions || !form.pureWeighted();
    }

    /**
     * The cell updates of the tables: players x quota without rows of sizes; with them, the cells the passes
     * cover, {@code lightestFirst} as Shapley-Shubik's tables go ({@link Table#countLightestFirst}), else
     * heaviest first as with the minimal coalitions, times the moduli.
     */
    private static double work(CountWeightForm form, boolean bySize, boolean lightestFirst) {
        int n = form.weights().length;
        if (!bySize) {
            return (double) n * form.cap();
        }
        long[] sorted = Arrays.stream(form.weights()).sorted().toArray();
        int rows = rows(form, sorted, form.minWeights());
        if ((double) n * rows > 2e7) {
            return new Moduli(n + 1).count() * (double) n * form.cap() * rows; // beyond 2e7 passes, the bound
        }
        return new Moduli(n + 1).count() * (lightestFirst ? lightestFirstCells(sorted, form.cap(), rows)
                : heaviestFirstCells(sorted, form.cap(), rows));
    }

    /**
     * The cells the heaviest-first passes (with the minimal coalitions) cover: each row k from the lightest
     * coalition of k with the player up to the cap.
     */
    private static double heaviestFirstCells(long[] sorted, int cap, int rows) {
        long[] lightest = lightest(sorted);
        double cells = 0;
        for (int p = 0; p < sorted.length; p++) {
            long a = sorted[sorted.length - 1 - p];
            for (int k = Math.min(p + 1, rows - 1); k >= 1 && a < cap; k--) {
                cells += cap - Math.min(cap, a + lightest[k - 1]);
            }
        }
        return cells;
    }

    /**
     * The reads of prefix sums that counting the minimal coalitions takes over all moduli ({@link
     * Table#countHeavier}): as each player joins the heaviest-first table, for each size k it can make win and
     * each distinct capped weight e of the heavier players, one term per row r below k and below the rows kept
     * with (k - r) e under the cap, of two reads (three where k players can win by count alone). Heavier players
     * weigh more, so one pass over the players per size sums the terms, O(n^2) for a count of O(n^3) terms;
     * past {@link #READ_CEILING}, the count stops.
     */
    static double windowReads(CountWeightForm form) {
        long cap = form.cap();
        int[] minWeight = form.minWeights();
        long[] capped = Arrays.stream(form.weights()).map(w -> Math.min(w, cap + 1)).sorted().toArray();
        int n = capped.length;
        int rows = rows(form, Arrays.stream(form.weights()).sorted().toArray(), minWeight);
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = capped[n - 1 - i]; // heaviest first, as the table takes them
        }
        int moduli = new Moduli(n + 1).count();
        double reads = 0;
        for (int k = 1; k < n && reads * moduli < READ_CEILING; k++) {
            long hi = Math.min(minWeight[k] - 1L, cap);
            if (minWeight[k + 1] <= cap && hi >= 0) {
                reads += (hi >= cap ? 3 : 2) * rowTerms(d, k, minWeight[k + 1] - hi, rows, cap);
            }
        }
        return reads * moduli;
    }

    /**
     * The terms of size k, summed over the joining players p >= k heavy enough to reach {@code least} and over
     * the distinct capped weights e of each one's heavier players: the rows r below min(k, rows) with (k - r) e
     * under the cap.
     */
    private static double rowTerms(long[] d, int k, long least, int rows, long cap) {
        double terms = 0;
        double heavier = 0;
        for (int p = 0; p < d.length && d[p] >= least; p++) {
            if (p >= k) {
                terms += heavier;
            }
            if (p == 0 || d[p] != d[p - 1]) {
                long reach = d[p] == 0 ? (cap > 0 ? k : 0) : (cap - 1) / d[p];
                heavier += Math.max(0, Math.min(k, rows) - Math.max(0, k - reach));
            }
        }
        return terms;
    }

    /** The cells the lightest-first passes over {@code rows} rows cover, for {@code sorted} weights ascending. */
    private static double lightestFirstCells(long[] sorted, int cap, int rows) {
        long[] lightest = lightest(sorted);
        double cells = 0;
        for (int p = 0; p < sorted.length && sorted[p] < cap; p++) {
            for (int k = Math.min(p + 1, rows - 1); k >= 1; k--) {
                cells += Math.max(0, passEnd(lightest, p, k, cap) - passStart(sorted, lightest, p, k, cap));
            }
        }
        return cells;
    }

    /** lightest[k]: the weight of the k lightest of the {@code sorted} weights. */
    private static long[] lightest(long[] sorted) {
        long[] lightest = new long[sorted.length + 1];
        for (int k = 1; k <= sorted.length; k++) {
            lightest[k] = lightest[k - 1] + sorted[k - 1];
        }
        return lightest;
    }

    /** Where pass p of the lightest-first tables starts in row k: the lightest coalition of k it adds to. */
    private static int passStart(long[] sorted, long[] lightest, int p, int k, int cap) {
        return (int) Math.min(cap, sorted[p] + lightest[k - 1]);
    }

    /** Where pass p of the lightest-first tables ends in row k: past the heaviest coalition of k so far. */
    private static int passEnd(long[] lightest, int p, int k, int cap) {
        return (int) Math.min(cap, lightest[p + 1] - lightest[p + 1 - k] + 1);
    }

    /**
     * The bytes the tables take at once: for Banzhaf of a weighted game, two arrays of q longs per
     * limb plane; otherwise the rows of sizes below the cap, q longs each, for each modulus in flight.
     */
    private long tableBytes(CountWeightForm form) {
        long cap = form.cap();
        long[] sorted = Arrays.stream(form.weights()).sorted().toArray();
        if (!withShapleyShubik && !withCoalitions && form.pureWeighted()) {
            return LimbTable.bytes(Arrays.stream(sorted).filter(w -> w < cap).count(), form.cap());
        }
        long inFlight = Math.min(new Moduli(sorted.length + 1).count(), Runtime.getRuntime().availableProcessors());
        return 8L * rows(form, sorted, form.minWeights()) * cap * inFlight;
    }

    /**
     * The rows of sizes the tables keep, from 0: up to the largest size whose lightest coalition weighs
     * less than the cap (the {@code sorted} weights ascending), since bigger ones hold nothing below it,
     * and up to the largest size k where weight still decides (with {@code minWeights} of the form): a
     * coalition of k that can lose, and either win with its weight or win with one more player. Above
     * it, every coalition of a size wins by its count alone or none does, and no count reads the row.
     */
    static int rows(CountWeightForm form, long[] sorted, int[] minWeights) {
        int rows = 1;
        long lightest = 0;
        while (rows <= sorted.length && (lightest += sorted[rows - 1]) < form.cap()) {
            rows++;
        }
        int n = sorted.length;
        int weighed = 0;
        for (int k = 0; k <= n; k++) {
            if (minWeights[k] >= 1 && (minWeights[k] <= form.cap() || k < n && minWeights[k + 1] <= form.cap())) {
                weighed = k;
            }
        }
        return Math.min(rows, weighed + 1);
    }

    @Override
    public PowerResult solve(Game game) {
        CountWeightForm form = tableForm(game);
        boolean dual = form != game.countWeight();
        if (!withShapleyShubik && !withCoalitions && form.pureWeighted()) {
            return banzhafOfWeighted(game, form, dual);
        }
        int n = game.size();
        Moduli moduli = new Moduli(n + 1);
        long[] distinct = Arrays.stream(form.weights()).distinct().sorted().toArray();
        // residues[m][d][k]: swings of a player of the d-th distinct weight with k others voting yes
        long[][][] residues = new long[moduli.count()][][];
        long[] winningResidues = new long[moduli.count()];
        long[][][] containing = new long[moduli.count()][][];
        long[][] coalitionResidues = new long[2][moduli.count()];
        AtomicInteger done = new AtomicInteger();
        // one worker per core, each taking the next modulus into the same rows, cleared between them
        int workers = Math.min(moduli.count(), Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            long[][] rows = null;
            for (int m = next.getAndIncrement(); m < moduli.count(); m = next.getAndIncrement()) {
                Table table = new Table(form, n, moduli.modulus(m), withCoalitions, rows);
                rows = table.prefix;
                residues[m] = table.swings(distinct);
                for (int d = 0; d < distinct.length && dual; d++) {
                    reverse(residues[m][d]); // with k others in the dual, n - 1 - k in the game
                }
                winningResidues[m] = table.winning();
                containing[m] = table.containing;
                coalitionResidues[0][m] = table.minimalWinning;
                coalitionResidues[1][m] = table.maximalLosing;
                progress.accept(done.incrementAndGet() / (double) moduli.count());
            }
        });
        Map<Long, BigInteger[]> byWeight = new HashMap<>();
        for (int d = 0; d < distinct.length; d++) {
            BigInteger[] counts = new BigInteger[n];
            for (int k = 0; k < n; k++) {
                int index = d;
                int size = k;
                counts[k] = combine(moduli, m -> residues[m][index][size]);
            }
            byWeight.put(distinct[d], counts);
        }
        BigInteger[][] bySize = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            bySize[i] = byWeight.get(form.weights()[i]);
        }
        BigInteger winning = moduli.combine(winningResidues);
        SwingCounts counts = new SwingCounts(game, bySize, dual ? BigInteger.ONE.shiftLeft(n).subtract(winning) : winning);
        var values = counts.indices(true);
        List<String> notes = new ArrayList<>();
        BigInteger minimalWinning = null;
        BigInteger minimalBlocking = null;
        if (withCoalitions) {
            BigInteger[][] bySizeContaining = new BigInteger[n][n + 1];
            for (int i = 0; i < n; i++) {
                for (int size = 1; size <= n; size++) {
                    int player = i;
                    int s = size;
                    bySizeContaining[i][size] = combine(moduli, m -> containing[m][player][s]);
                }
            }
            minimalWinning = moduli.combine(coalitionResidues[0]);
            minimalBlocking = moduli.combine(coalitionResidues[1]);
            values.putAll(CoalitionIndices.of(bySizeContaining, minimalWinning));
            Optional<String> johnston = JohnstonCounts.refusal(game);
            if (johnston.isEmpty()) {
                values.put(PowerIndex.JOHNSTON, JohnstonCounts.values(game));
            } else {
                notes.add("Johnston is not counted: " + johnston.get() + "; use --method enumeration for games of up "
                        + "to " + Enumeration.MAX_PLAYERS + " players");
            }
        } else {
            notes.add("Holler, Deegan-Packel and Johnston are not computed in this run, so minimal winning and vulnerable "
                    + "coalitions were not counted");
        }
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(),
                vetoPlayers(game, game.countWeight()), counts.dummies(), minimalWinning, listed(minimalWinning,
                MinimalCoalitions::winning, game), minimalBlocking, listed(minimalBlocking,
                MinimalCoalitions::blocking, game), notes);
    }

    /** The coalitions themselves when there are at most {@link Enumeration#LIST_LIMIT} of them. */
    private static List<List<String>> listed(BigInteger count, BiFunction<Game, Integer, List<List<String>>> lister,
                                             Game game) {
        return count == null || count.compareTo(BigInteger.valueOf(Enumeration.LIST_LIMIT)) > 0 ? List.of()
                : lister.apply(game, Enumeration.LIST_LIMIT);
    }

    /**
     * Banzhaf and Coleman of a weighted majority game without the size dimension: one table of
     * exact multi-word counts ({@link LimbTable}), each distinct weight's swings read from it. On
     * the {@code dual} form the table's losing coalitions are the game's winning ones.
     */
    private PowerResult banzhafOfWeighted(Game game, CountWeightForm form, boolean dual) {
        int n = game.size();
        LimbTable table = LimbTable.of(form.weights(), form.cap());
        long[] distinct = Arrays.stream(form.weights()).distinct().toArray();
        BigInteger[] swings = table.swings(distinct);
        Map<Long, BigInteger> byWeight = new HashMap<>();
        for (int d = 0; d < distinct.length; d++) {
            byWeight.put(distinct[d], swings[d]);
        }
        BigInteger[][] bySize = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            bySize[i] = new BigInteger[] {byWeight.get(form.weights()[i])};
        }
        SwingCounts counts = new SwingCounts(game, bySize, dual ? table.losing()
                : BigInteger.ONE.shiftLeft(n).subtract(table.losing()));
        var values = counts.indices(false);
        List<String> notes = List.of("Shapley-Shubik, Holler, Deegan-Packel and Johnston are not computed in this run, so "
                + "swings were not counted by coalition size nor minimal winning and vulnerable coalitions at all");
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(),
                vetoPlayers(game, game.countWeight()), counts.dummies(), null, List.of(), null, List.of(), notes);
    }

    private static void reverse(long[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** The number whose residue modulo the m-th modulus is {@code residue.applyAsLong(m)}. */
    private static BigInteger combine(Moduli moduli, IntToLongFunction residue) {
        long[] buffer = new long[moduli.count()];
        for (int m = 0; m < buffer.length; m++) {
            buffer[m] = residue.applyAsLong(m);
        }
        return moduli.combine(buffer);
    }

    /** Players without whom the grand coalition loses (when it wins at all). */
    static List<String> vetoPlayers(Game game, CountWeightForm form) {
        int n = game.size();
        long total = 0;
        for (long w : form.weights()) {
            total += w;
        }
        List<String> veto = new ArrayList<>();
        if (!form.wins(n, Math.min(total, form.cap()))) {
            return veto;
        }
        for (int i = 0; i < n; i++) {
            if (!form.wins(n - 1, Math.min(total - form.weights()[i], form.cap()))) {
                veto.add(game.players().get(i));
            }
        }
        return veto;
    }

    /**
     * The forward count table modulo one modulus m (0 for 2^64), as prefix sums:
     * {@code prefix[k][w]} counts the coalitions of k players weighing at most w, for w below the
     * cap. Counts at the cap or above follow from the binomial coefficients. Rows of sizes whose
     * lightest coalition reaches the cap hold nothing below it and are not stored.
     */
    private static final class Table {
        private final int n;
        private final long m;
        private final int cap;
        private final long[][] prefix;
        /** containing[i][s]: minimal winning coalitions of s players that contain player i; null when not counted. */
        private final long[][] containing;
        private long minimalWinning;
        private long maximalLosing;
        /** minWeight[k]: the least capped weight with which k yes voters win; cap + 1 if none. */
        private final int[] minWeight;
        /** Coalitions of each size among all players, and among the others of one player (modulo m). */
        private final long[] allBySize;
        private final long[] othersBySize;
        /**
         * The least block of cells of {@link #addGroup}, the bytes of a group's blocks meant to stay in
         * the last-level cache, and the most players in a group. Measured on rand500 (2 cores, 32 MiB
         * L3): 32 MiB gave 14.0-15.0 s, 16 MiB 16.4-16.9 s, 4 MiB 26.4 s, one player per pass 17.4-20.3 s.
         */
        private static final int MIN_BLOCK = 1024;
        private static final long GROUP_BYTES = 32L << 20;
        private static final int MAX_GROUP = 8;
        /** Scratch for {@link #addShifted}: a row's cells copied to where they are added. */
        private final long[] shifted;
        /** Scratch for {@link #countHeavier}; null when no coalitions are counted. */
        private final HeavierScratch scratch;

        /** The table of {@code form} modulo m, in {@code reused} (a table's rows of the same form) when not null. */
        Table(CountWeightForm form, int n, long m, boolean coalitions, long[][] reused) {
            this.n = n;
            this.m = m;
            this.cap = form.cap();
            this.minWeight = form.minWeights();
            this.allBySize = binomialRow(n, m);
            this.othersBySize = binomialRow(n - 1, m);
            long[] weights = form.weights();
            long[] sorted = weights.clone();
            Arrays.sort(sorted);
            long[] lightest = lightest(sorted);
            this.prefix = reused == null ? new long[rows(form, sorted, minWeight)][cap] : cleared(reused);
            this.shifted = new long[cap];
            this.containing = coalitions ? new long[n][n + 1] : null;
            this.scratch = coalitions ? new HeavierScratch(n) : null;
            if (!coalitions) {
                countLightestFirst(sorted, lightest);
                return;
            }
            // prefix[k][w]: the empty coalition weighs 0, so row 0 starts as all ones; adding a
            // player of weight a adds row k - 1 shifted by a to row k, prefix sums and all.
            Arrays.fill(prefix[0], 1);
            Integer[] order = heaviestFirst(weights);
            long after = Arrays.stream(weights).sum();
            long[] previousRow = {0};
            long[] row = {1};
            for (int p = 0; p < n; p++) {
                int j = order[p];
                after -= weights[j];
                if (coalitions) {
                    count(j, Arrays.copyOf(order, p), weights, row, previousRow, n - p - 1, after);
                }
                previousRow = row;
                row = nextBinomialRow(row, m);
                if (weights[j] >= cap) {
                    continue; // coalitions with this player reach the cap: nothing lands below it
                }
                int a = (int) weights[j];
                for (int k = Math.min(p + 1, prefix.length - 1); k >= 1; k--) {
                    addShifted(prefix[k - 1], prefix[k], a, (int) Math.min(cap, a + lightest[k - 1]), cap);
                }
            }
            if (!form.wins(n, (int) Math.min(Arrays.stream(weights).sum(), cap))) {
                maximalLosing = Moduli.add(maximalLosing, 1, m); // nothing passes: N itself is blocked
            }
        }

        /**
         * The same table when no coalitions are counted along the way: players lightest first,
         * rows as plain counts, then prefix sums. A row of size k then holds nothing above the
         * weight of the k heaviest players added so far, so the passes stop there; early on,
         * when only light players are in, that is well below the cap.
         */
        private void countLightestFirst(long[] sorted, long[] lightest) {
            if (cap == 0) {
                return; // only counts matter: every coalition weighs "the cap or more"
            }
            prefix[0][0] = 1;
            int players = 0;
            while (players < n && sorted[players] < cap) {
                players++;
            }
            for (int first = 0; first < players; ) {
                int block = (int) Math.max(MIN_BLOCK, sorted[first]);
                int group = (int) Math.max(1, Math.min(MAX_GROUP, GROUP_BYTES / (8L * prefix.length * block) - 1));
                int last = first;
                while (last < players && last - first < group && sorted[last] <= block) {
                    last++;
                }
                addGroup(sorted, lightest, first, last, block);
                first = last;
            }
            for (long[] row : prefix) {
                for (int w = 1; w < cap; w++) {
                    row[w] = Moduli.add(row[w - 1], row[w], m);
                }
            }
        }

        /**
         * Adds {@code src} shifted by {@code a} into {@code dst} on cells [from, end) (src is 0 below from - a).
         * The shifted cells are first copied to {@link #shifted} at their own indices: the JIT cannot tell
         * that dst[w] and src[w - a] are distinct cells and so keeps the loop scalar, but it vectorises one
         * over the same index of two arrays (about twice as fast here, docs/performance.md).
         */
        private void addShifted(long[] src, long[] dst, int a, int from, int end) {
            if (from >= end) {
                return;
            }
            System.arraycopy(src, from - a, shifted, from, end - from);
            if (m == 0) {
                for (int w = from; w < end; w++) {
                    dst[w] += shifted[w];
                }
            } else {
                for (int w = from; w < end; w++) {
                    long s = dst[w] + shifted[w] - m;
                    dst[w] = s + ((s >> 63) & m);
                }
            }
        }

        private static long[][] cleared(long[][] rows) {
            for (long[] row : rows) {
                Arrays.fill(row, 0);
            }
            return rows;
        }

        /**
         * Adds players [first, last) in a wavefront over blocks of cells, so that a block is worked on by every
         * player of the group while it is in cache. Blocks go from the top weight down, and player j of the
         * group works on the block j places above the one player j - 1 works on in the same step, after it: a
         * pass reads the row below one block down at most (no weight of the group exceeds {@code block}), which
         * player j - 1 has then been through and player j not yet, as the plain order of passes would have it.
         */
        private void addGroup(long[] sorted, long[] lightest, int first, int last, int block) {
            int blocks = (cap + block - 1) / block;
            for (int step = 0; step < blocks + last - first - 1; step++) {
                for (int p = first; p < last; p++) {
                    int b = step - (p - first);
                    if (b < 0 || b >= blocks) {
                        continue;
                    }
                    int hi = cap - b * block;
                    int lo = Math.max(0, hi - block);
                    for (int k = Math.min(p + 1, prefix.length - 1); k >= 1; k--) {
                        addShifted(prefix[k - 1], prefix[k], (int) sorted[p],
                                Math.max(lo, passStart(sorted, lightest, p, k, cap)),
                                Math.min(hi, passEnd(lightest, p, k, cap)));
                    }
                }
            }
        }

        /** Player indices by weight, heaviest first, ties by index. */
        private static Integer[] heaviestFirst(long[] weights) {
            Integer[] order = new Integer[weights.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Long.compare(weights[y], weights[x])
                    : Integer.compare(x, y));
            return order;
        }

        /**
         * Counts, before player j joins the table of the heavier players H, the minimal winning
         * coalitions whose lightest member is j (T in H, T + j wins, T loses: removing the lightest
         * member loses, so removing any does), by member, and the maximal losing coalitions whose
         * lightest non-member is j (T in H plus every player lighter than j loses, adding j wins).
         */
        private void count(int j, Integer[] heavier, long[] weights, long[] sizesOfH, long[] sizesOfHLessOne,
                           int lighterCount, long lighterWeight) {
            long d = Math.min(weights[j], cap + 1L);
            boolean any = windows(heavier.length, d);
            for (int k = 0; k <= heavier.length; k++) {
                if (scratch.active[k]) {
                    long withJ = tableCount(k, scratch.lo[k], scratch.hi[k], sizesOfH);
                    containing[j][k + 1] = Moduli.add(containing[j][k + 1], withJ, m);
                    minimalWinning = Moduli.add(minimalWinning, withJ, m);
                }
                int size = k + lighterCount;
                if (minWeight[size + 1] <= cap) {
                    long lo = Math.max(0, minWeight[size + 1] - lighterWeight - d);
                    long hi = minWeight[size] > cap ? cap : Math.min(cap, minWeight[size] - 1L - lighterWeight);
                    if (lo <= hi) {
                        maximalLosing = Moduli.add(maximalLosing, tableCount(k, lo, hi, sizesOfH), m);
                    }
                }
            }
            if (any) {
                countHeavier(heavier, weights, sizesOfHLessOne);
            }
        }

        /**
         * The heavier members' share of {@link #count}: for each size k whose coalitions T, with j, win
         * while T loses, and each heavier player i of capped weight e, the T of k players that hold i, whose
         * others are counted in the table divided by (1 + y x^e): an alternating sum over the rows r < k of
         * prefix sums at the window's ends less (k - r) e, and, where k players can win by their count
         * alone, the same below the cap. The terms are gathered row by row, each row read downwards at a
         * stride of e, once per distinct capped weight (heavier players come heaviest first, so equal ones
         * are a run); gathered size by size, each term read another row and waited on memory.
         */
        private void countHeavier(Integer[] heavier, long[] weights, long[] sizesOfHLessOne) {
            int p = heavier.length;
            int runs = runsOfWeights(heavier, weights);
            for (int u = 0; u < runs; u++) {
                Arrays.fill(scratch.inWindow[u], 0, p + 1, 0);
                Arrays.fill(scratch.belowCap[u], 0, p + 1, 0);
            }
            for (int r = 0; r < Math.min(p, prefix.length); r++) {
                for (int u = 0; u < runs; u++) {
                    gatherRow(r, u, p);
                }
            }
            for (int k = 1; k <= p; k++) {
                if (!scratch.active[k]) {
                    continue;
                }
                for (int x = 0; x < p; x++) {
                    int u = scratch.run[x];
                    long inWindow = signed(scratch.inWindow[u][k], k);
                    long withI = scratch.hi[k] >= cap ? Moduli.add(inWindow, Moduli.sub(sizesOfHLessOne[k - 1],
                            signed(scratch.belowCap[u][k], k), m), m) : inWindow;
                    int i = heavier[x];
                    containing[i][k + 1] = Moduli.add(containing[i][k + 1], withI, m);
                }
            }
        }

        /** The distinct capped weights of the heavier players into the scratch, and each one's; their number. */
        private int runsOfWeights(Integer[] heavier, long[] weights) {
            int runs = 0;
            for (int x = 0; x < heavier.length; x++) {
                long e = Math.min(weights[heavier[x]], cap + 1L);
                if (runs == 0 || e != scratch.weight[runs - 1]) {
                    scratch.weight[runs++] = e;
                }
                scratch.run[x] = runs - 1;
            }
            return runs;
        }

        /**
         * The windows of the coalitions T of each size k up to p that, with a joining player of capped weight d,
         * win while T loses: capped weights [lo, hi] of T (hi = cap where k players win by count alone); whether
         * any size above 0, where heavier members can be, has one.
         */
        private boolean windows(int p, long d) {
            boolean any = false;
            for (int k = 0; k <= p; k++) {
                scratch.lo[k] = Math.max(0, minWeight[k + 1] - d);
                scratch.hi[k] = Math.min(minWeight[k] - 1L, cap);
                scratch.active[k] = minWeight[k + 1] <= cap && scratch.lo[k] <= scratch.hi[k];
                any |= k > 0 && scratch.active[k];
            }
            return any;
        }

        /**
         * Row r's terms for distinct weight u and every size k from r + 1 to p, read down the row at its stride.
         * A term's sign, (-1)^(k - 1 - r), is (-1)^k times one for the whole row, so the sums are kept times (-1)^k
         * ({@link #signed}) and the row adds or subtracts throughout; the residues are reduced without branches.
         */
        private void gatherRow(int r, int u, int p) {
            long[] row = prefix[r];
            long e = scratch.weight[u];
            long[] inWindow = scratch.inWindow[u];
            long[] belowCap = scratch.belowCap[u];
            long flip = (r & 1) == 0 ? -1 : 0; // all ones where the row subtracts
            long shift = e;
            for (int k = r + 1; k <= p && shift < cap; k++, shift += e) {
                if (!scratch.active[k]) {
                    continue;
                }
                long top = Math.min(scratch.hi[k], cap - 1L);
                long part = reduced(cell(row, top - shift) - cell(row, scratch.lo[k] - 1 - shift));
                inWindow[k] = reduced(inWindow[k] + ((part ^ flip) - flip) - (m & ~flip));
                if (scratch.hi[k] >= cap) {
                    long below = cell(row, cap - 1L - shift);
                    belowCap[k] = reduced(belowCap[k] + ((below ^ flip) - flip) - (m & ~flip));
                }
            }
        }

        /** A residue from a value in (-m, m), without a branch (for m = 0, 2^64, the value itself). */
        private long reduced(long value) {
            return value + ((value >> 63) & m);
        }

        /** A sum kept times (-1)^k by {@link #gatherRow}, as it is. */
        private long signed(long sum, int k) {
            return (k & 1) == 0 ? sum : Moduli.sub(0, sum, m);
        }

        /** A prefix sum of a row, 0 below weight 0 (the window ends at or below the cap - 1). */
        private static long cell(long[] row, long w) {
            return w < 0 ? 0 : row[(int) w];
        }

        /** Scratch for {@link #countHeavier}, sized for n players, kept across the players of a table. */
        private static final class HeavierScratch {
            /** The distinct capped weights of the heavier players, heaviest first, and each player's among them. */
            final long[] weight;
            final int[] run;
            /** By size k: whether it has a window ({@link #windows}), and its ends. */
            final boolean[] active;
            final long[] lo;
            final long[] hi;
            /** By distinct weight and size: the sums over the window and below the cap. */
            final long[][] inWindow;
            final long[][] belowCap;

            HeavierScratch(int n) {
                weight = new long[n];
                run = new int[n];
                active = new boolean[n + 1];
                lo = new long[n + 1];
                hi = new long[n + 1];
                inWindow = new long[n][n + 1];
                belowCap = new long[n][n + 1];
            }
        }

        /** Coalitions of k players of the table with capped weight in [lo, hi] (hi = cap: cap or more). */
        private long tableCount(int k, long lo, long hi, long[] sizes) {
            long count = 0;
            long top = Math.min(hi, cap - 1L);
            if (lo <= top) {
                count = Moduli.sub(prefix(k, top), prefix(k, lo - 1), m);
            }
            if (hi >= cap) {
                count = Moduli.add(count, Moduli.sub(sizes[k], prefix(k, cap - 1L), m), m);
            }
            return count;
        }

        private static long[] nextBinomialRow(long[] row, long m) {
            long[] next = new long[row.length + 1];
            next[0] = 1;
            for (int k = 1; k < next.length; k++) {
                next[k] = Moduli.add(row[k - 1], k < row.length ? row[k] : 0, m);
            }
            return next;
        }

        /** Coalitions of k players weighing at most w, for w below the cap. */
        private long prefix(int k, long w) {
            if (w < 0 || k < 0 || k >= prefix.length) {
                return 0;
            }
            return prefix[k][(int) Math.min(w, cap - 1L)];
        }

        /** The number of winning coalitions, modulo m. */
        long winning() {
            long total = 0;
            for (int k = 0; k < allBySize.length && k <= n; k++) {
                int from = minWeight[k];
                if (from > cap) {
                    continue;
                }
                long atCap = Moduli.sub(allBySize[k], prefix(k, cap - 1L), m);
                total = Moduli.add(total, atCap, m);
                total = Moduli.add(total, Moduli.sub(prefix(k, cap - 1L), prefix(k, from - 1L), m), m);
            }
            return total;
        }

        /**
         * Swings of a player of each of the {@code weights} d, by the number k of others voting yes: the others'
         * coalitions that lose (w below minWeight[k]) and win with the player (min(w + d, cap) at least
         * minWeight[k + 1]). The others' counts are the table divided by (1 + y x^d), Q(k, w) = sum over j of
         * (-1)^j P(k - j, w - j d), so a window of Q is an alternating sum of windows of prefix sums, O(min(k,
         * cap / d)) terms. The terms are gathered row by row of P, so each row is read while it is in cache.
         */
        long[][] swings(long[] weights) {
            int[][] lo = new int[weights.length][n];
            int[][] top = new int[weights.length][n];
            boolean[][] atCap = new boolean[weights.length][n];
            long[][] inWindow = new long[weights.length][n];
            long[][] belowCap = new long[weights.length][n];
            for (int i = 0; i < weights.length; i++) {
                long d = Math.min(weights[i], cap + 1L);
                for (int k = 0; k < n; k++) {
                    int winsFrom = minWeight[k + 1];
                    long from = Math.max(0, winsFrom - d);
                    long hi = Math.min(minWeight[k] - 1L, cap);
                    boolean counted = winsFrom <= cap && from <= hi;
                    lo[i][k] = (int) from;
                    top[i][k] = counted ? (int) Math.min(hi, cap - 1L) : -1;
                    atCap[i][k] = counted && hi == cap;
                }
            }
            for (int r = 0; r < prefix.length; r++) {
                long[] row = prefix[r];
                for (int i = 0; i < weights.length; i++) {
                    long d = Math.min(weights[i], cap + 1L);
                    for (int k = r; k < n; k++) {
                        long shift = (k - r) * d;
                        if (shift >= cap) {
                            break; // every later term reads below weight 0
                        }
                        boolean even = ((k - r) & 1) == 0;
                        if (top[i][k] - shift >= 0) {
                            long part = Moduli.sub(row[(int) (top[i][k] - shift)],
                                    lo[i][k] - 1 - shift >= 0 ? row[(int) (lo[i][k] - 1 - shift)] : 0, m);
                            inWindow[i][k] = even ? Moduli.add(inWindow[i][k], part, m) : Moduli.sub(inWindow[i][k], part, m);
                        }
                        if (atCap[i][k]) {
                            long part = row[(int) (cap - 1 - shift)];
                            belowCap[i][k] = even ? Moduli.add(belowCap[i][k], part, m) : Moduli.sub(belowCap[i][k], part, m);
                        }
                    }
                }
            }
            long[][] swings = new long[weights.length][n];
            for (int i = 0; i < weights.length; i++) {
                for (int k = 0; k < n; k++) {
                    swings[i][k] = atCap[i][k] ? Moduli.add(inWindow[i][k], Moduli.sub(othersBySize[k], belowCap[i][k], m), m)
                            : inWindow[i][k];
                }
            }
            return swings;
        }

        private static long[] binomialRow(int size, long m) {
            long[] row = new long[Math.max(size, 0) + 2];
            row[0] = 1;
            for (int i = 1; i <= size; i++) {
                for (int j = i; j >= 1; j--) {
                    row[j] = Moduli.add(row[j], row[j - 1], m);
                }
            }
            return row;
        }
    }
}
