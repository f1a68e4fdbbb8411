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
 * winning one) and Banzhaf (random coalitions: whose vote decides), with 95% confidence
 * intervals, for games beyond exact reach. O(samples n) evaluations of the rule. The same seed
 * gives the same estimate.
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
            for (int i = 0; i < n; i++) {
                yes[i] = !yes[i];
                if (game.condition().wins(yes) != wins) {
                    swings[i]++;
                }
                yes[i] = !yes[i];
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
                        + "dummies were never pivotal in the samples"));
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
