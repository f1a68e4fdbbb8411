package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Exact Banzhaf and Coleman indices of weighted majority games by formal power series (Kakimura
 * and Terai 2025): the generating function P(x) = prod (1 + x^w_i) below the quota q is
 * exp(sum over distinct weights w of c_w log(1 + x^w)), whose log has O(q log q) terms (a harmonic
 * sum) and whose exp takes O(q log q) by Newton's iteration with number-theoretic transforms (see
 * {@link Ntt}). A player of weight d swings for the others' coalitions weighing q - d to q - 1,
 * counted by P / (1 + x^d) = sum over j of (-1)^j x^(jd) P: an alternating sum of O(q / d)
 * windows of P's prefix sums. The winning coalitions are 2^n less those weighing below q.
 *
 * <p>Counts go up to 2^n, so they are formed modulo M = ceil((n + 1) / 61) primes below 2^62 in
 * parallel, with transforms of length N = 2^ceil(log2 q), and rebuilt by the Chinese remainder
 * theorem (see {@link Moduli}): O(n N log N / 61) in all, against about n^2 q / 88 word additions
 * for the multi-word table of {@link GeneratingFunctions} ({@link LimbTable}). Measured on this
 * project's machine (docs/performance.md), the transforms win when n q exceeds about
 * {@value #CROSSOVER} N log2 N (n: the players weighing less than q): many players with small
 * weights, such as 3,000 players of weights 1 to 10. Memory: some 100 bytes per transform term
 * for each prime at work (one per core). Shapley-Shubik would need the number of players as a
 * second variable; it is not computed here.
 */
public final class FormalPowerSeries implements GameSolver {
    /** The largest quota: the longest transform. */
    public static final int MAX_CAP = 1 << Ntt.MAX_LOG;
    /** n q over N log2 N beyond which the transforms beat the multi-word table (measured). */
    static final int CROSSOVER = 150;

    /** Whether this method is expected to be faster than the multi-word table for {@code game}. */
    static boolean fasterThanTable(Game game) {
        CountWeightForm form = game.countWeight();
        if (form == null || !form.pureWeighted() || form.cap() > MAX_CAP) {
            return false;
        }
        long light = Arrays.stream(form.weights()).filter(w -> w > 0 && w < form.cap()).count();
        int log = Ntt.log(form.cap());
        return (double) light * form.cap() > (double) CROSSOVER * (1L << log) * log;
    }

    @Override
    public String name() {
        return "formal-power-series";
    }

    @Override
    public Optional<String> refusal(Game game) {
        CountWeightForm form = game.countWeight();
        if (form == null || !form.pureWeighted()) {
            return Optional.of("the method counts coalitions by weight alone, so it needs a weighted majority game "
                    + "(one weight vector and a quota)");
        }
        if (form.cap() > MAX_CAP) {
            return Optional.of("the quota " + form.cap() + " exceeds " + MAX_CAP + ", the longest transform");
        }
        return Optional.empty();
    }

    @Override
    public PowerResult solve(Game game) {
        requireSolvable(game);
        CountWeightForm form = game.countWeight();
        int n = game.size();
        int q = form.cap();
        long[] weights = form.weights();
        // players of weight 0 double every count; those of weight q or more add nothing below q
        Map<Long, Integer> lightCounts = new TreeMap<>();
        int light = 0;
        int weightless = 0;
        for (long w : weights) {
            if (w == 0) {
                weightless++;
            } else if (w < q) {
                lightCounts.merge(w, 1, Integer::sum);
                light++;
            }
        }
        long[] distinct = Arrays.stream(weights).map(w -> Math.min(w, q)).distinct().sorted().toArray();
        int log = Ntt.log(q);
        // every count is at most 2^light (times 2^weightless, applied exactly afterwards)
        long[] primes = Moduli.primes(light + 1);
        // residues[m][d]: swings of a player of the d-th distinct weight; residues[m][distinct.length]: losing
        long[][] residues = new long[primes.length][];
        IntStream.range(0, primes.length).parallel().forEach(m -> {
            Ntt ntt = new Ntt(primes[m], log);
            long[] logP = new long[q];
            lightCounts.forEach((w, c) -> ntt.addLogOnePlus(logP, w, c));
            long[] prefix = ntt.exp(logP, q);
            long p = primes[m];
            for (int w = 1; w < q; w++) {
                prefix[w] = Moduli.add(prefix[w - 1], prefix[w], p);
            }
            residues[m] = new long[distinct.length + 1];
            for (int d = 0; d < distinct.length; d++) {
                residues[m][d] = SwingWindows.count(prefix, q, distinct[d], p);
            }
            residues[m][distinct.length] = prefix[q - 1];
        });
        Moduli moduli = new Moduli(primes);
        long[] buffer = new long[primes.length];
        Map<Long, BigInteger[]> byWeight = new HashMap<>();
        for (int d = 0; d < distinct.length; d++) {
            for (int m = 0; m < primes.length; m++) {
                buffer[m] = residues[m][d];
            }
            byWeight.put(distinct[d], new BigInteger[] {moduli.combine(buffer).shiftLeft(weightless)});
        }
        for (int m = 0; m < primes.length; m++) {
            buffer[m] = residues[m][distinct.length];
        }
        BigInteger losing = moduli.combine(buffer).shiftLeft(weightless);
        BigInteger[][] bySize = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            bySize[i] = byWeight.get(Math.min(weights[i], q));
        }
        SwingCounts counts = new SwingCounts(game, bySize, BigInteger.ONE.shiftLeft(n).subtract(losing));
        var values = counts.indices(false);
        List<String> notes = new ArrayList<>();
        notes.add("the formal-power-series method counts coalitions by weight only: Shapley-Shubik, Holler, "
                + "Deegan-Packel and Johnston are not computed (use generating-functions for Shapley-Shubik, or "
                + "enumeration for every index with up to " + Enumeration.MAX_PLAYERS + " players)");
        return new PowerResult(game, name(), false, values, counts.colemanAct(), counts.winning(),
                GeneratingFunctions.vetoPlayers(game, form), counts.dummies(), null, List.of(), null, List.of(), notes);
    }
}
