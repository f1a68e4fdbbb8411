package org.casus.games;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Estimates of Shapley-Shubik (random orderings: who turns the growing coalition into a
 * winning one), Banzhaf (random coalitions: whose vote decides) and Johnston (the same random
 * coalitions: a winning one's swing players share one point), with 95% confidence intervals, for
 * games beyond exact reach. O(samples n) evaluations of the rule. The same seed gives the same
 * estimate. Holler and Deegan-Packel rest on the minimal winning coalitions, which a uniform
 * sample almost never meets in a large game, so they are not estimated (said in the notes).
 */
public final class MonteCarlo implements GameSolver {
    private static final double Z95 = 1.959963984540054;

    private final int samples;
    private final long seed;

    public MonteCarlo(int samples, long seed) {
        if (samples < 2) {
            throw new IllegalArgumentException("Monte-Carlo needs at least 2 samples, got " + samples);
        }
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "monte-carlo";
    }

    @Override
    public Optional<String> refusal(Game game) {
        double n = game.size();
        double work = samples * n * n;
        return work > MAX_WORK ? Optional.of(String.format(Locale.ROOT, "%,d samples of %,d players take about "
                + "%.1e evaluations of the rule, more than %.0e; ask for at most %,d samples (--samples)", samples,
                game.size(), work, MAX_WORK, (long) Math.max(0, MAX_WORK / (n * n)))) : Optional.empty();
    }

    /**
     * Whether sampling estimates {@code index}: all but Holler and Deegan-Packel, which need the
     * minimal winning coalitions.
     */
    static boolean estimates(PowerIndex index) {
        return index != PowerIndex.HOLLER && index != PowerIndex.DEEGAN_PACKEL;
    }

    /**
     * Rule evaluations beyond which sampling is refused: each sample walks one random order and
     * flips each player once, n evaluations of n votes each, so samples x n^2 in all.
     */
    static final double MAX_WORK = 5e10;

    @Override
    public PowerResult solve(Game game) {
        int n = game.size();
        SplittableRandom random = new SplittableRandom(seed);
        long[] pivots = new long[n];
        long[] swings = new long[n];
        long winning = 0;
        // Johnston: in a winning sample with s swing players, each gets 1/s; vulnerable counts the samples with any
        double[] shares = new double[n];
        double[] squaredShares = new double[n];
        long vulnerable = 0;
        int[] swingers = new int[n];
        int[] order = new int[n];
        boolean[] yes = new boolean[n];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
                yes[i] = false;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < n; i++) {
                yes[order[i]] = true;
                if (game.condition().wins(yes)) {
                    pivots[order[i]]++;
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                yes[i] = random.nextBoolean();
            }
            boolean wins = game.condition().wins(yes);
            if (wins) {
                winning++;
            }
            int swingerCount = 0;
            for (int i = 0; i < n; i++) {
                yes[i] = !yes[i];
                if (game.condition().wins(yes) != wins) {
                    swings[i]++;
                    if (wins) {
                        swingers[swingerCount++] = i;
                    }
                }
                yes[i] = !yes[i];
            }
            if (swingerCount > 0) {
                vulnerable++;
                double share = 1.0 / swingerCount;
                for (int k = 0; k < swingerCount; k++) {
                    shares[swingers[k]] += share;
                    squaredShares[swingers[k]] += share * share;
                }
            }
        }
        Map<PowerIndex, List<PowerValue>> values = new EnumMap<>(PowerIndex.class);
        values.put(PowerIndex.SHAPLEY_SHUBIK, proportions(pivots, 1.0));
        values.put(PowerIndex.BANZHAF_ABSOLUTE, proportions(swings, 1.0));
        long totalSwings = 0;
        for (long c : swings) {
            totalSwings += c;
        }
        values.put(PowerIndex.BANZHAF_NORMALIZED, proportions(swings, totalSwings == 0 ? 1.0
                : (double) samples / totalSwings));
        values.put(PowerIndex.JOHNSTON, johnston(shares, squaredShares, vulnerable));
        double act = (double) winning / samples;
        List<String> dummies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (swings[i] == 0 && pivots[i] == 0) {
                dummies.add(game.players().get(i));
            }
        }
        return new PowerResult(game, name(), true, values,
                new PowerValue.Estimate(act, Z95 * Math.sqrt(act * (1 - act) / samples)), null, List.of(), dummies,
                null, List.of(), null, List.of(),
                List.of("estimates from " + samples + " samples (seed " + seed + "), 95% intervals; "
                        + "normalised Banzhaf intervals are scaled from the absolute ones; players listed as "
                        + "dummies were never pivotal in the samples",
                        "Johnston is estimated from the same coalitions (a ratio: its intervals are the delta "
                        + "method's); Holler and Deegan-Packel need the minimal winning coalitions, which sampling "
                        + "does not find, and are not estimated"));
    }

    /**
     * Normalised Johnston as the ratio of the player's mean share to the share of vulnerable samples (each gives
     * out exactly one point, so the estimates sum to 1), with the delta method's interval: the variance of the
     * ratio R = mean(X) / mean(Y) is Var(X - R Y) / (N mean(Y)^2), where X, the player's share, is non-zero only
     * when Y = 1.
     */
    private List<PowerValue> johnston(double[] shares, double[] squaredShares, long vulnerable) {
        List<PowerValue> values = new ArrayList<>();
        double y = (double) vulnerable / samples;
        for (int i = 0; i < shares.length; i++) {
            if (vulnerable == 0) {
                values.add(new PowerValue.Estimate(0, 0));
                continue;
            }
            double ratio = shares[i] / vulnerable;
            double x = shares[i] / samples;
            double xx = squaredShares[i] / samples;
            double variance = Math.max(0, xx - 2 * ratio * x + ratio * ratio * y) / (samples * y * y);
            values.add(new PowerValue.Estimate(ratio, Z95 * Math.sqrt(variance)));
        }
        return values;
    }

    private List<PowerValue> proportions(long[] hits, double scale) {
        List<PowerValue> values = new ArrayList<>();
        for (long h : hits) {
            double p = (double) h / samples;
            values.add(new PowerValue.Estimate(p * scale, scale * Z95 * Math.sqrt(p * (1 - p) / samples)));
        }
        return values;
    }
}
