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
            Table table = form.pureWeighted() ? new WeightedTable(form, n, moduli.modulus(m), sized)
                    : new CountWeightTable(form, n, moduli.modulus(m));
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

    /** Counts modulo one modulus: the swings of a player of a given weight, and the winning coalitions. */
    private interface Table {
        long[] swings(long weight);

        long winning();
    }

    /** Multiplies {@code row} in place by (1 + x^a), keeping the cells below {@code row.length}. */
    private static void multiplyInPlace(long[] row, int a, long m) {
        if (m == 0) {
            for (int w = row.length - 1; w >= a; w--) {
                row[w] += row[w - a];
            }
        } else {
            for (int w = row.length - 1; w >= a; w--) {
                long s = row[w] + row[w - a] - m;
                row[w] = s + ((s >> 63) & m);
            }
        }
    }

    /** Adds {@code src} shifted by {@code a} into {@code dst}, below {@code dst.length}. */
    private static void addShifted(long[] src, long[] dst, int a, long m) {
        addShifted(src, dst, a, a, m);
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
     * A weighted majority game (win when the weight reaches q): counts are kept for weights below
     * q only. A player of weight d swings for the coalitions of others with weight in [q - d, q);
     * dividing the counts by (1 + x^d) turns that window into an alternating sum of prefix sums
     * of the full table, O(q / d) per player and size.
     */
    private static final class WeightedTable implements Table {
        private final int n;
        private final long m;
        private final int q;
        private final boolean sized;
        /** prefix[k][w]: coalitions of k players (all sizes when unsized) with weight at most w, w < q. */
        private final long[][] prefix;

        WeightedTable(CountWeightForm form, int n, long m, boolean sized) {
            this.n = n;
            this.m = m;
            this.q = form.cap();
            this.sized = sized;
            // Rows of coalitions that cannot weigh less than q stay empty and are not allocated:
            // k players weigh at least the sum of the k smallest weights.
            long[] sorted = form.weights().clone();
            Arrays.sort(sorted);
            long[] lightest = new long[n + 1];
            int rows = sized ? 0 : 1;
            for (int k = 1; k <= n; k++) {
                lightest[k] = lightest[k - 1] + sorted[k - 1];
            }
            if (sized) {
                while (rows <= n && lightest[rows] < q) {
                    rows++;
                }
            }
            long[][] count = new long[Math.max(rows, 1)][];
            for (int k = 0; k < count.length; k++) {
                count[k] = new long[q];
            }
            count[0][0] = 1;
            int processed = 0;
            for (long weight : form.weights()) {
                processed++;
                if (weight >= q) {
                    continue; // every coalition with this player wins: nothing lands below q
                }
                int a = (int) weight;
                if (!sized) {
                    multiplyInPlace(count[0], a, m);
                    continue;
                }
                for (int k = Math.min(processed, count.length - 1); k >= 1; k--) {
                    addShifted(count[k - 1], count[k], a, (int) Math.min(q, a + lightest[k - 1]), m);
                }
            }
            for (long[] row : count) {
                for (int w = 1; w < q; w++) {
                    row[w] = Moduli.add(row[w], row[w - 1], m);
                }
            }
            this.prefix = count;
        }

        private long prefix(int k, int w) {
            return w < 0 || k < 0 || k >= prefix.length ? 0 : prefix[k][Math.min(w, q - 1)];
        }

        @Override
        public long[] swings(long weight) {
            int rows = sized ? n : 1;
            long[] swings = new long[rows];
            if (weight == 0) {
                return swings;
            }
            long d = Math.min(weight, q);
            for (int k = 0; k < rows; k++) {
                long sum = 0;
                for (int j = 0; sized ? j <= k : true; j++) {
                    long top = q - 1 - j * d;
                    if (top < 0) {
                        break;
                    }
                    int row = sized ? k - j : 0;
                    long window = Moduli.sub(prefix(row, (int) top), prefix(row, (int) (top - d)), m);
                    sum = (j & 1) == 0 ? Moduli.add(sum, window, m) : Moduli.sub(sum, window, m);
                }
                swings[k] = sum;
            }
            return swings;
        }

        @Override
        public long winning() {
            long losing = 0;
            for (long[] row : prefix) {
                losing = Moduli.add(losing, row[q - 1], m);
            }
            long all = 1;
            for (int i = 0; i < n; i++) {
                all = Moduli.add(all, all, m);
            }
            return Moduli.sub(all, losing, m);
        }
    }

    /**
     * The general table: {@code count[k][w]}, the coalitions of k players and weight w, with
     * w = cap standing for cap or more. A player's factor (1 + y x^d) is removed exactly by the
     * recurrence Q(k, w) = P(k, w) - Q(k - 1, w - d), O(n cap) per distinct weight.
     */
    private static final class CountWeightTable implements Table {
        private final CountWeightForm form;
        private final int n;
        private final long m;
        private final int cap;
        private final long[][] count;
        /** minWeight[k]: the least capped weight with which k yes voters win, cap + 1 if none. */
        private final int[] minWeight;

        CountWeightTable(CountWeightForm form, int n, long m) {
            this.form = form;
            this.n = n;
            this.m = m;
            this.cap = form.cap();
            this.count = new long[n + 1][cap + 1];
            this.minWeight = new int[n + 2];
            for (int k = 0; k <= n + 1; k++) {
                minWeight[k] = firstWinningWeight(k);
            }
            count[0][0] = 1;
            int processed = 0;
            for (long weight : form.weights()) {
                processed++;
                int a = (int) Math.min(weight, cap + 1L);
                for (int k = processed; k >= 1; k--) {
                    long[] src = count[k - 1];
                    long[] dst = count[k];
                    long spill = 0;
                    for (int w = Math.max(0, cap - a); w <= cap; w++) {
                        spill = Moduli.add(spill, src[w], m);
                    }
                    addShifted(src, dst, a, m);
                    // addShifted reached dst[cap] from src[cap - a]; the cap cell takes the spill instead
                    if (a <= cap) {
                        dst[cap] = Moduli.sub(dst[cap], src[cap - a], m);
                    }
                    dst[cap] = Moduli.add(dst[cap], spill, m);
                }
            }
        }

        private int firstWinningWeight(int k) {
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

        @Override
        public long winning() {
            long total = 0;
            for (int k = 0; k <= n; k++) {
                for (int w = minWeight[k]; w <= cap; w++) {
                    total = Moduli.add(total, count[k][w], m);
                }
            }
            return total;
        }

        @Override
        public long[] swings(long weight) {
            int d = (int) Math.min(weight, cap + 1L);
            long[] swings = new long[n];
            long[] previous = new long[cap + 1];
            long[] others = new long[cap + 1];
            long[] binomial = binomialRow(n - 1, m);
            for (int k = 0; k < n; k++) {
                long below = 0;
                for (int w = 0; w < cap; w++) {
                    long with = k > 0 && w >= d ? previous[w - d] : 0;
                    others[w] = Moduli.sub(count[k][w], with, m);
                    below = Moduli.add(below, others[w], m);
                }
                others[cap] = Moduli.sub(binomial[k], below, m);
                long sum = 0;
                if (minWeight[k + 1] <= cap) {
                    int lo = Math.max(0, minWeight[k + 1] - d);
                    int hi = Math.min(minWeight[k] - 1, cap);
                    for (int w = lo; w <= hi; w++) {
                        sum = Moduli.add(sum, others[w], m);
                    }
                }
                swings[k] = sum;
                long[] swap = previous;
                previous = others;
                others = swap;
            }
            return swings;
        }

        private static long[] binomialRow(int size, long m) {
            long[] row = new long[size + 2];
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
