package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Exact Shapley-Shubik, Banzhaf and Coleman indices of games that depend on the number and the
 * weight of the yes voters (weighted, quota and unanimity rules and their and/or combinations),
 * by dynamic programming over generating functions (Uno 2012; Kurz 2016). One forward table
 * counts the coalitions of every size k and capped weight w; each player's swings come from
 * removing its factor (1 + y x^d) again, exactly, modulo 2^64 and primes rebuilt by the Chinese
 * remainder theorem (see {@link Moduli}), never by floating-point subtraction.
 *
 * <p>Cost, with q the weight cap: O(n q) per modulus for Banzhaf of a weighted game (prefix sums
 * give each player's swings in O(q / w_i)), O(n^2 q) for Shapley-Shubik, and O(n^2 q) per
 * distinct weight for general count-weight conditions. Moduli run in parallel.
 */
public final class GeneratingFunctions implements GameSolver {
    /** The largest weight cap the tables are built for (cells per size row). */
    public static final int MAX_CAP = 50_000_000;

    private final boolean withShapleyShubik;

    /** A solver for every index it can give; without Shapley-Shubik it skips the size dimension where it can. */
    public GeneratingFunctions(boolean withShapleyShubik) {
        this.withShapleyShubik = withShapleyShubik;
    }

    public GeneratingFunctions() {
        this(true);
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
        if (game.countWeight().cap() > MAX_CAP) {
            return Optional.of("the weight cap " + game.countWeight().cap() + " exceeds " + MAX_CAP);
        }
        return Optional.empty();
    }

    @Override
    public PowerResult solve(Game game) {
        CountWeightForm form = game.countWeight();
        int n = game.size();
        boolean sized = withShapleyShubik || !form.pureWeighted();
        Moduli moduli = new Moduli(n + 1);
        long[] distinct = Arrays.stream(form.weights()).distinct().sorted().toArray();
        int rows = sized ? n : 1;
        // residues[m][d][k]: swings of a player of the d-th distinct weight with k others voting yes
        long[][][] residues = new long[moduli.count()][][];
        long[] winningResidues = new long[moduli.count()];
        IntStream.range(0, moduli.count()).parallel().forEach(m -> {
            Table table = new Table(form, n, moduli.modulus(m), sized);
            residues[m] = new long[distinct.length][];
            for (int d = 0; d < distinct.length; d++) {
                residues[m][d] = table.swings(distinct[d]);
            }
            winningResidues[m] = table.winning();
        });
        Map<Long, BigInteger[]> byWeight = new HashMap<>();
        long[] buffer = new long[moduli.count()];
        for (int d = 0; d < distinct.length; d++) {
            BigInteger[] counts = new BigInteger[n];
            for (int k = 0; k < n; k++) {
                if (k >= rows) {
                    counts[k] = BigInteger.ZERO;
                    continue;
                }
                for (int m = 0; m < moduli.count(); m++) {
                    buffer[m] = residues[m][d][k];
                }
                counts[k] = moduli.combine(buffer);
            }
            byWeight.put(distinct[d], counts);
        }
        BigInteger[][] bySize = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            bySize[i] = byWeight.get(form.weights()[i]);
        }
        SwingCounts counts = new SwingCounts(game, bySize, moduli.combine(winningResidues));
        var values = counts.indices();
        List<String> notes = new ArrayList<>();
        if (!sized) {
            values.remove(PowerIndex.SHAPLEY_SHUBIK);
            notes.add("Shapley-Shubik was not asked for, so swings were not counted by coalition size");
        }
        notes.add("Holler, Deegan-Packel and Johnston need the minimal winning coalitions themselves; use "
                + "--method enumeration for games of up to " + Enumeration.MAX_PLAYERS + " players");
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(),
                vetoPlayers(game, form), counts.dummies(), null, List.of(), null, List.of(), notes);
    }

    /** Players without whom the grand coalition loses (when it wins at all). */
    private static List<String> vetoPlayers(Game game, CountWeightForm form) {
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

    /** {@code dst = src * (1 + x^a)}, truncated to the row length; two arrays so the loop vectorises. */
    private static void multiply(long[] src, long[] dst, int a, long m) {
        int end = src.length;
        int split = Math.min(a, end);
        System.arraycopy(src, 0, dst, 0, split);
        if (m == 0) {
            for (int w = split; w < end; w++) {
                dst[w] = src[w] + src[w - a];
            }
        } else {
            for (int w = split; w < end; w++) {
                long s = src[w] + src[w - a] - m;
                dst[w] = s + ((s >> 63) & m);
            }
        }
    }

    /** Adds {@code src} shifted by {@code a} into {@code dst} from cell {@code from} (src is 0 below from - a). */
    private static void addShifted(long[] src, long[] dst, int a, int from, long m) {
        int end = dst.length;
        if (m == 0) {
            for (int w = from; w < end; w++) {
                dst[w] += src[w - a];
            }
        } else {
            for (int w = from; w < end; w++) {
                long s = dst[w] + src[w - a] - m;
                dst[w] = s + ((s >> 63) & m);
            }
        }
    }

    /**
     * The forward count table modulo one modulus m (0 for 2^64), as prefix sums:
     * {@code prefix[k][w]} counts the coalitions of k players weighing at most w, for w below the
     * cap. Counts at the cap or above follow from the binomial coefficients. Rows of sizes whose
     * lightest coalition reaches the cap hold nothing below it and are not stored. Unsized
     * tables (weighted games without Shapley-Shubik) keep one row summing all sizes.
     */
    private static final class Table {
        private final int n;
        private final long m;
        private final int cap;
        private final boolean sized;
        private final long[][] prefix;
        /** minWeight[k]: the least capped weight with which k yes voters win; cap + 1 if none. */
        private final int[] minWeight;
        /** Coalitions of each size among all players, and among the others of one player (modulo m). */
        private final long[] allBySize;
        private final long[] othersBySize;

        Table(CountWeightForm form, int n, long m, boolean sized) {
            this.n = n;
            this.m = m;
            this.cap = form.cap();
            this.sized = sized;
            this.minWeight = new int[n + 2];
            for (int k = 0; k <= n + 1; k++) {
                minWeight[k] = form.pureWeighted() ? cap : firstWinningWeight(form, k);
            }
            this.allBySize = sized ? binomialRow(n, m) : new long[] {power2(n, m)};
            this.othersBySize = sized ? binomialRow(n - 1, m) : new long[] {power2(n - 1, m)};
            long[] sorted = form.weights().clone();
            Arrays.sort(sorted);
            long[] lightest = new long[n + 1];
            for (int k = 1; k <= n; k++) {
                lightest[k] = lightest[k - 1] + sorted[k - 1];
            }
            int rows = 1;
            while (sized && rows <= n && lightest[rows] < cap) {
                rows++;
            }
            long[][] count = new long[rows][cap];
            if (cap > 0) {
                count[0][0] = 1;
            }
            long[] spare = sized ? null : new long[cap];
            int processed = 0;
            for (long weight : form.weights()) {
                processed++;
                if (weight >= cap) {
                    continue; // coalitions with this player reach the cap: nothing lands below it
                }
                int a = (int) weight;
                if (!sized) {
                    multiply(count[0], spare, a, m);
                    long[] swap = count[0];
                    count[0] = spare;
                    spare = swap;
                    continue;
                }
                for (int k = Math.min(processed, rows - 1); k >= 1; k--) {
                    addShifted(count[k - 1], count[k], a, (int) Math.min(cap, a + lightest[k - 1]), m);
                }
            }
            for (long[] row : count) {
                for (int w = 1; w < cap; w++) {
                    row[w] = Moduli.add(row[w], row[w - 1], m);
                }
            }
            this.prefix = count;
        }

        private int firstWinningWeight(CountWeightForm form, int k) {
            if (k > n) {
                return cap + 1;
            }
            int lo = 0;
            int hi = cap + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (form.wins(k, mid)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** Coalitions of k players (all, when unsized) weighing at most w, for w below the cap. */
        private long prefix(int k, long w) {
            if (w < 0 || k < 0 || k >= prefix.length) {
                return 0;
            }
            return prefix[k][(int) Math.min(w, cap - 1L)];
        }

        /** The number of winning coalitions, modulo m. */
        long winning() {
            long total = 0;
            for (int k = 0; k < allBySize.length && (sized ? k <= n : k == 0); k++) {
                int from = sized ? minWeight[k] : cap;
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
         * Swings of a player of weight d, by the number k of others voting yes (one row when
         * unsized): the others' coalitions that lose (w below minWeight[k]) and win with the
         * player (min(w + d, cap) at least minWeight[k + 1]). The others' counts are the table
         * divided by (1 + y x^d), Q(k, w) = sum over j of (-1)^j P(k - j, w - j d), so a window of
         * Q is an alternating sum of windows of prefix sums: O(min(k, cap / d)) terms.
         */
        long[] swings(long weight) {
            int rows = sized ? n : 1;
            long[] swings = new long[rows];
            if (weight == 0 && !sized) {
                return swings; // a weightless player of a weighted game never swings
            }
            long d = Math.min(weight, cap + 1L);
            for (int k = 0; k < rows; k++) {
                int losesBelow = sized ? minWeight[k] : cap;
                int winsFrom = sized ? minWeight[k + 1] : cap;
                long lo = Math.max(0, winsFrom - d);
                long hi = Math.min(losesBelow - 1L, cap);
                if (winsFrom > cap || lo > hi) {
                    continue;
                }
                long sum = window(k, lo, Math.min(hi, cap - 1L), d);
                if (hi == cap) {
                    long atCap = Moduli.sub(othersBySize[k], window(k, 0, cap - 1L, d), m);
                    sum = Moduli.add(sum, atCap, m);
                }
                swings[k] = sum;
            }
            return swings;
        }

        /** The others' coalitions of size k (all, when unsized) with weight in [lo, hi], hi below the cap. */
        private long window(int k, long lo, long hi, long d) {
            if (lo > hi) {
                return 0;
            }
            long sum = 0;
            for (int j = 0; sized ? j <= k : true; j++) {
                long shift = j * d;
                if (hi - shift < 0) {
                    break;
                }
                int row = sized ? k - j : 0;
                long part = Moduli.sub(prefix(row, hi - shift), prefix(row, lo - 1 - shift), m);
                sum = (j & 1) == 0 ? Moduli.add(sum, part, m) : Moduli.sub(sum, part, m);
            }
            return sum;
        }

        private static long power2(int e, long m) {
            long x = 1;
            for (int i = 0; i < e; i++) {
                x = Moduli.add(x, x, m);
            }
            return x;
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
