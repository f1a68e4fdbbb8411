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

    /**
     * The forward count table modulo one modulus: {@code count[k][w]}, the coalitions of k players
     * and weight w (w = cap standing for cap or more). Unsized tables keep k = 0 only, summing all sizes.
     */
    private static final class Table {
        private final CountWeightForm form;
        private final int n;
        private final long m;
        private final int cap;
        private final boolean sized;
        private final long[][] count;
        /** minWeight[k]: the least capped weight with which k yes voters win, cap + 1 if none. */
        private final int[] minWeight;

        Table(CountWeightForm form, int n, long m, boolean sized) {
            this.form = form;
            this.n = n;
            this.m = m;
            this.cap = form.cap();
            this.sized = sized;
            this.count = new long[sized ? n + 1 : 1][cap + 1];
            this.minWeight = new int[n + 2];
            for (int k = 0; k <= n + 1; k++) {
                minWeight[k] = firstWinningWeight(k);
            }
            count[0][0] = 1;
            int processed = 0;
            for (long weight : form.weights()) {
                processed++;
                add((int) Math.min(weight, cap + 1L), processed);
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

        /** Multiplies the table by (1 + y x^a), with weights at or above the cap landing in the cap cell. */
        private void add(int a, int processed) {
            if (!sized) {
                addRow(count[0], count[0], a, true);
                return;
            }
            for (int k = processed; k >= 1; k--) {
                addRow(count[k - 1], count[k], a, false);
            }
        }

        private void addRow(long[] src, long[] dst, int a, boolean inPlace) {
            long spill = 0;
            int firstSpill = Math.max(0, cap - a);
            for (int w = firstSpill; w <= cap; w++) {
                spill = Moduli.add(spill, src[w], m);
            }
            if (inPlace) {
                for (int w = cap - 1; w >= a; w--) {
                    dst[w] = Moduli.add(dst[w], src[w - a], m);
                }
            } else {
                for (int w = a; w < cap; w++) {
                    dst[w] = Moduli.add(dst[w], src[w - a], m);
                }
            }
            dst[cap] = Moduli.add(dst[cap], spill, m);
        }

        /** The number of winning coalitions, modulo m. */
        long winning() {
            long total = 0;
            for (int k = 0; k < count.length; k++) {
                for (int w = minWeight(k); w <= cap; w++) {
                    total = Moduli.add(total, count[k][w], m);
                }
            }
            return total;
        }

        private int minWeight(int k) {
            return sized ? minWeight[k] : cap;
        }

        /** Swings of a player of weight d, by the number of others voting yes (one row when unsized). */
        long[] swings(long weight) {
            int d = (int) Math.min(weight, cap + 1L);
            int rows = sized ? n : 1;
            long[] swings = new long[rows];
            if (weight == 0 && form.pureWeighted()) {
                return swings;
            }
            long[] previous = new long[cap + 1];
            long[] others = new long[cap + 1];
            long[] binomial = binomialRow(n - 1);
            for (int k = 0; k < rows; k++) {
                // others[w]: coalitions of k others (all sizes when unsized) with capped weight w
                long below = 0;
                for (int w = 0; w < cap; w++) {
                    long with = k > 0 && w >= d ? previous[w - d] : 0;
                    if (!sized && w >= d) {
                        with = others[w - d];
                    }
                    others[w] = Moduli.sub(count[k][w], with, m);
                    below = Moduli.add(below, others[w], m);
                }
                long all = sized ? binomial[k] : power2(n - 1);
                others[cap] = Moduli.sub(all, below, m);
                int losesBelow = sized ? minWeight[k] : cap;
                int winsFrom = sized ? minWeight[k + 1] : cap;
                long sum = 0;
                if (winsFrom <= cap) {
                    int lo = Math.max(0, winsFrom - d);
                    int hi = Math.min(losesBelow - 1, cap);
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

        private long power2(int e) {
            long x = 1;
            for (int i = 0; i < e; i++) {
                x = Moduli.add(x, x, m);
            }
            return x;
        }

        private long[] binomialRow(int size) {
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
