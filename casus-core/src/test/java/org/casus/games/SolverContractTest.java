package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.casus.model.DecisionRule;
import org.casus.testing.RandomRules;

/** Every exact solver agrees with brute-force enumeration on random games of up to 16 players. */
class SolverContractTest {

    /** A random weighted game of n players with weights 0..maxWeight. */
    static Game weighted(Random random, int n, int maxWeight) {
        long[] weights = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(maxWeight + 1);
            total += weights[i];
        }
        long quota = 1 + (total == 0 ? 0 : random.nextLong(total));
        return Games.weighted("random", pool(n), weights, quota);
    }

    private static void assertSameCounts(PowerResult expected, PowerResult actual) {
        assertThat(actual.winningCoalitions()).isEqualTo(expected.winningCoalitions());
        for (PowerIndex index : List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_RAW,
                PowerIndex.BANZHAF_NORMALIZED, PowerIndex.BANZHAF_ABSOLUTE, PowerIndex.COLEMAN_PREVENT,
                PowerIndex.COLEMAN_INITIATE, PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL, PowerIndex.JOHNSTON)) {
            assertThat(actual.values().get(index)).as(index.title()).isEqualTo(expected.values().get(index));
        }
        assertThat(actual.minimalWinningCount()).as("minimal winning").isEqualTo(expected.minimalWinningCount());
        assertThat(actual.minimalBlockingCount()).as("minimal blocking").isEqualTo(expected.minimalBlockingCount());
        assertThat(actual.minimalWinning()).as("minimal winning listed")
                .containsExactlyInAnyOrderElementsOf(expected.minimalWinning());
        assertThat(actual.minimalBlocking()).as("minimal blocking listed")
                .containsExactlyInAnyOrderElementsOf(expected.minimalBlocking());
        assertThat(actual.vetoPlayers()).isEqualTo(expected.vetoPlayers());
        assertThat(actual.dummies()).isEqualTo(expected.dummies());
    }

    @Property(tries = 200)
    void generating_functions_match_enumeration_on_weighted_games(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 1, max = 16) int n) {
        Game game = weighted(new Random(seed), n, new Random(seed).nextBoolean() ? 5 : 60);
        assertSameCounts(new Enumeration().solve(game), new GeneratingFunctions().solve(game));
        assertSameSwings(new Enumeration().solve(game), new GeneratingFunctions(true, false).solve(game));
    }

    /** The tables built lightest first without coalition counts give the same swings by size. */
    private static void assertSameSwings(PowerResult expected, PowerResult actual) {
        assertThat(actual.winningCoalitions()).isEqualTo(expected.winningCoalitions());
        for (PowerIndex index : List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_RAW, PowerIndex.COLEMAN_PREVENT)) {
            assertThat(actual.values().get(index)).as(index.title()).isEqualTo(expected.values().get(index));
        }
    }

    @Property(tries = 400)
    void generating_functions_match_enumeration_on_count_weight_rules(@ForAll long seed,
                                                                       @ForAll @IntRange(min = 2, max = 14) int n) {
        Random random = new Random(seed);
        List<String> pool = pool(n);
        // A weighted vote and counts over all players, combined at random: the forms of the
        // Security Council and the EU Council double majority.
        DecisionRule rule = RandomRules.countWeightRule(random, pool);
        Game game = Games.fromRule("random", rule, Set.of(), Set.of(), Set.of());
        if (game.countWeight() == null || game.size() == 0) {
            return;
        }
        assertSameCounts(new Enumeration().solve(game), new GeneratingFunctions().solve(game));
        assertSameSwings(new Enumeration().solve(game), new GeneratingFunctions(true, false).solve(game));
    }

    @Property(tries = 100)
    void banzhaf_only_tables_match_the_sized_ones(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        Game game = weighted(new Random(seed), n, 40);
        PowerResult sized = new GeneratingFunctions(true).solve(game);
        PowerResult unsized = new GeneratingFunctions(false).solve(game);
        assertThat(unsized.values().get(PowerIndex.BANZHAF_RAW)).isEqualTo(sized.values().get(PowerIndex.BANZHAF_RAW));
        assertThat(unsized.winningCoalitions()).isEqualTo(sized.winningCoalitions());
        if (game.condition() instanceof Condition.Threshold) {
            // a weighted table without sizes; a constant game (quota out of reach) keeps its one row of sizes
            assertThat(unsized.values()).doesNotContainKey(PowerIndex.SHAPLEY_SHUBIK);
        }
    }

    /**
     * Banzhaf of a weighted game from multi-word counts (limb planes and lazy carries) against the
     * residues and Chinese remainders of the sized tables, where counts pass 2^64 and the planes
     * carry many times (weights from 0 up to beyond the quota).
     */
    @Property(tries = 30)
    void banzhaf_from_limb_planes_matches_residues_beyond_64_bits(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 60, max = 300) int n) {
        assertSameBanzhaf(weighted(new Random(seed), n, 30));
    }

    /** Shapley-Shubik from the lightest-first count rows against the heaviest-first prefix rows, beyond 2^64. */
    @Property(tries = 10)
    void shapley_shubik_tables_agree_in_both_orders_beyond_64_bits(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 60, max = 120) int n) {
        Game game = weighted(new Random(seed), n, 30);
        assertSameSwings(new GeneratingFunctions(true, true).solve(game), new GeneratingFunctions(true, false).solve(game));
    }

    /** The same with caps of many blocks of cells, so that groups of players pass over them in a wavefront. */
    @Property(tries = 10)
    void shapley_shubik_tables_agree_in_both_orders_over_many_blocks(@ForAll long seed,
                                                                     @ForAll @IntRange(min = 20, max = 90) int n) {
        Game game = weighted(new Random(seed), n, 3000);
        assertSameSwings(new GeneratingFunctions(true, true).solve(game), new GeneratingFunctions(true, false).solve(game));
    }

    /** Banzhaf with quotas over the passes' block of cells, so that passes run block by block. */
    @Property(tries = 10)
    void banzhaf_from_limb_planes_matches_residues_over_many_blocks(@ForAll long seed,
                                                                     @ForAll @IntRange(min = 70, max = 110) int n) {
        assertSameBanzhaf(weighted(new Random(seed), n, 1500));
    }

    private static void assertSameBanzhaf(Game game) {
        PowerResult residues = new GeneratingFunctions(true, false).solve(game);
        PowerResult limbs = new GeneratingFunctions(false).solve(game);
        assertThat(limbs.winningCoalitions()).isEqualTo(residues.winningCoalitions());
        for (PowerIndex index : List.of(PowerIndex.BANZHAF_RAW, PowerIndex.BANZHAF_NORMALIZED,
                PowerIndex.COLEMAN_PREVENT, PowerIndex.COLEMAN_INITIATE)) {
            assertThat(limbs.values().get(index)).as(index.title()).isEqualTo(residues.values().get(index));
        }
        assertThat(limbs.dummies()).isEqualTo(residues.dummies());
    }

    @Property(tries = 100)
    void indices_sum_to_one_and_symmetric_players_are_equal(@ForAll long seed,
                                                              @ForAll @IntRange(min = 2, max = 12) int n) {
        Random random = new Random(seed);
        Game game = weighted(random, n, 8);
        PowerResult result = new Enumeration().solve(game);
        for (PowerIndex index : List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_NORMALIZED, PowerIndex.HOLLER,
                PowerIndex.DEEGAN_PACKEL, PowerIndex.JOHNSTON)) {
            Rational sum = Rational.ZERO;
            for (PowerValue value : result.values().get(index)) {
                sum = sum.add(((PowerValue.Exact) value).value());
            }
            boolean anySwing = result.values().get(PowerIndex.BANZHAF_RAW).stream()
                    .anyMatch(v -> ((PowerValue.Exact) v).value().numerator().signum() > 0);
            assertThat(sum).as(index.title()).isEqualTo(anySwing ? Rational.ONE : Rational.ZERO);
        }
        long[] weights = game.condition() instanceof Condition.Threshold t ? t.weights() : null;
        if (weights != null) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (weights[i] == weights[j]) {
                        for (PowerIndex index : result.values().keySet()) {
                            assertThat(result.values().get(index).get(i)).isEqualTo(result.values().get(index).get(j));
                        }
                    }
                }
            }
        }
        for (String dummy : result.dummies()) {
            int i = game.players().indexOf(dummy);
            for (PowerIndex index : result.values().keySet()) {
                assertThat(result.values().get(index).get(i).doubleValue()).isZero();
            }
        }
    }

    /**
     * The 95% intervals of the Monte-Carlo estimates cover the exact Shapley-Shubik values about 95%
     * of the time: over 40 fixed games of 8 players (320 intervals), at least 90% (the chance of
     * fewer than 288 with true 95% coverage is below 1 in 10,000), and the standardised errors
     * centre on 0 with variance near 1. Fixed seeds: the test cannot flake.
     */
    @Test
    void monte_carlo_intervals_cover_the_exact_values() {
        assertIntervalsCover(PowerIndex.SHAPLEY_SHUBIK);
    }

    /**
     * The same for Johnston, a ratio estimated with the delta method, whose estimates of each game also sum to
     * 1 as the exact ones do.
     */
    @Test
    void monte_carlo_johnston_intervals_cover_the_exact_values() {
        assertIntervalsCover(PowerIndex.JOHNSTON);
    }

    /**
     * Over 40 fixed games of 8 players, the Monte-Carlo estimates of {@code index} sum to 1 in each game and
     * their 95% intervals cover the enumerated values at least 90% of the time, with standardised errors
     * centred on 0 and of variance near 1; an estimate of zero width (every sample gave the same share) is
     * the exact value.
     */
    private static void assertIntervalsCover(PowerIndex index) {
        int covered = 0;
        int total = 0;
        double sum = 0;
        double sumSquares = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Game game = weighted(new Random(seed), 8, 10);
            List<PowerValue> exact = new Enumeration().solve(game).values().get(index);
            List<PowerValue> estimate = new MonteCarlo(20_000, seed).solve(game).values().get(index);
            assertThat(estimate.stream().mapToDouble(PowerValue::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
            for (int i = 0; i < game.size(); i++) {
                double truth = exact.get(i).doubleValue();
                PowerValue.Estimate e = (PowerValue.Estimate) estimate.get(i);
                if (e.halfWidth() == 0) {
                    assertThat(e.mean()).isCloseTo(truth, within(1e-12));
                    continue;
                }
                total++;
                covered += Math.abs(e.mean() - truth) <= e.halfWidth() ? 1 : 0;
                double z = (e.mean() - truth) / (e.halfWidth() / 1.959963984540054);
                sum += z;
                sumSquares += z * z;
            }
        }
        assertThat(total).isGreaterThan(200);
        assertThat((double) covered / total).isGreaterThanOrEqualTo(0.90);
        assertThat(sum / total).isBetween(-0.25, 0.25);
        assertThat(sumSquares / total).isBetween(0.75, 1.3);
    }

    @Property(tries = 20)
    void counts_beyond_64_bits_are_exact(@ForAll @IntRange(min = 65, max = 130) int n) {
        // n players of weight 1, quota n: unanimity. Each player swings exactly once (the coalition
        // of all others), Banzhaf absolute 1/2^(n-1), and 2^n - 1 coalitions lose.
        long[] weights = new long[n];
        Arrays.fill(weights, 1);
        PowerResult result = new GeneratingFunctions(false).solve(Games.weighted("unanimity", pool(n), weights, n));
        assertThat(result.winningCoalitions()).isEqualTo(BigInteger.ONE);
        assertThat(result.values().get(PowerIndex.BANZHAF_ABSOLUTE).get(0))
                .isEqualTo(new PowerValue.Exact(Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(n - 1))));
        // Majority: n odd, quota (n+1)/2: every player swings C(n-1, (n-1)/2) times.
        int odd = n | 1;
        long[] ones = new long[odd];
        Arrays.fill(ones, 1);
        PowerResult majority = new GeneratingFunctions(false).solve(Games.weighted("majority", pool(odd), ones, (odd + 1) / 2));
        BigInteger binomial = BigInteger.ONE;
        for (int k = 1; k <= (odd - 1) / 2; k++) {
            binomial = binomial.multiply(BigInteger.valueOf(odd - 1 - k + 1)).divide(BigInteger.valueOf(k));
        }
        assertThat(majority.values().get(PowerIndex.BANZHAF_RAW).get(0))
                .isEqualTo(new PowerValue.Exact(Rational.of(binomial, BigInteger.ONE)));
    }
}
