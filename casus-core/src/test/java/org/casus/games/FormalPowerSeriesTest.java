package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The formal-power-series solver gives exactly the Banzhaf and Coleman counts of the other exact solvers. */
class FormalPowerSeriesTest {
    private static final List<PowerIndex> COMPUTED = List.of(PowerIndex.BANZHAF_RAW, PowerIndex.BANZHAF_NORMALIZED,
            PowerIndex.BANZHAF_ABSOLUTE, PowerIndex.COLEMAN_PREVENT, PowerIndex.COLEMAN_INITIATE);

    /**
     * A random weighted game of n players: weights 0 to maxWeight, sometimes a player weighing the
     * quota or more, and quotas from 1 (often) to the total, or near half the total when central.
     */
    private static Game weighted(Random random, int n, int maxWeight, boolean central) {
        long[] weights = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(maxWeight);
            total += weights[i];
        }
        if (total == 0) {
            weights[0] = 1;
            total = 1;
        }
        long quota = central ? total / 2 + 1 + random.nextLong(total / 4 + 1) - total / 8
                : random.nextInt(6) == 0 ? 1 : 1 + random.nextLong(total);
        if (random.nextInt(3) == 0) {
            weights[random.nextInt(n)] = quota + random.nextInt(3);
        }
        return Games.weighted("random", pool(n), weights, quota);
    }

    private static void assertSameBanzhaf(PowerResult expected, PowerResult actual) {
        assertThat(actual.winningCoalitions()).as("winning").isEqualTo(expected.winningCoalitions());
        assertThat(actual.colemanAct()).as("Coleman act").isEqualTo(expected.colemanAct());
        for (PowerIndex index : COMPUTED) {
            assertThat(actual.values().get(index)).as(index.title()).isEqualTo(expected.values().get(index));
        }
        assertThat(actual.vetoPlayers()).as("veto").isEqualTo(expected.vetoPlayers());
        assertThat(actual.dummies()).as("dummies").isEqualTo(expected.dummies());
    }

    @Property(tries = 300)
    void matches_enumeration_on_small_weighted_games(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        Random random = new Random(seed);
        Game game = weighted(random, n, random.nextBoolean() ? 5 : 60, false);
        PowerResult result = new FormalPowerSeries().solve(game);
        assertSameBanzhaf(new Enumeration().solve(game), result);
        assertThat(result.values().keySet()).containsExactlyInAnyOrderElementsOf(COMPUTED);
        assertThat(result.method()).isEqualTo("formal-power-series");
    }

    @Property(tries = 12)
    void matches_generating_functions_beyond_64_bits(@ForAll long seed, @ForAll @IntRange(min = 100, max = 400) int n) {
        Random random = new Random(seed);
        Game game = weighted(random, n, random.nextBoolean() ? 10 : 300, true);
        PowerResult expected = new GeneratingFunctions(false).solve(game);
        assertSameBanzhaf(expected, new FormalPowerSeries().solve(game));
        assertThat(expected.values().get(PowerIndex.BANZHAF_RAW)).anySatisfy(swings -> assertThat(
                ((PowerValue.Exact) swings).value().numerator().bitLength()).isGreaterThan(64));
    }

    @Test
    void counts_beyond_64_bits_are_exact() {
        // 301 players of weight 1, quota 151: each swings C(300, 150) times; half the coalitions win
        int n = 301;
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        PowerResult majority = new FormalPowerSeries().solve(Games.weighted("majority", pool(n), ones, 151));
        BigInteger binomial = BigInteger.ONE;
        for (int k = 1; k <= 150; k++) {
            binomial = binomial.multiply(BigInteger.valueOf(300 - k + 1)).divide(BigInteger.valueOf(k));
        }
        assertThat(majority.values().get(PowerIndex.BANZHAF_RAW).get(0))
                .isEqualTo(new PowerValue.Exact(Rational.of(binomial, BigInteger.ONE)));
        assertThat(majority.winningCoalitions()).isEqualTo(BigInteger.ONE.shiftLeft(n - 1));
    }

    @Test
    void refuses_games_that_are_not_weighted_majority_games() {
        Random random = new Random(3);
        for (int tries = 0; tries < 200; tries++) {
            DecisionRule rule = RandomRules.countWeightRule(random, pool(6));
            Game game = Games.fromRule("random", rule, Set.of(), Set.of(), Set.of());
            if (game.countWeight() == null || !game.countWeight().pureWeighted()) {
                assertThat(new FormalPowerSeries().refusal(game)).hasValueSatisfying(
                        reason -> assertThat(reason).contains("weighted majority game"));
                return;
            }
        }
        throw new AssertionError("no count-weight rule among 200 random rules");
    }

    @Test
    void refuses_quotas_beyond_the_longest_transform() {
        Game tooHeavy = Games.weighted("heavy", pool(2), new long[] {FormalPowerSeries.MAX_CAP, 1},
                FormalPowerSeries.MAX_CAP + 1L);
        assertThat(new FormalPowerSeries().refusal(tooHeavy)).hasValueSatisfying(
                reason -> assertThat(reason).contains("exceeds " + FormalPowerSeries.MAX_CAP));
        assertThatThrownBy(() -> new FormalPowerSeries().solve(tooHeavy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("formal-power-series");
        Game atTheLimit = Games.weighted("limit", pool(2), new long[] {FormalPowerSeries.MAX_CAP, 1},
                FormalPowerSeries.MAX_CAP);
        assertThat(new FormalPowerSeries().refusal(atTheLimit)).isEmpty();
    }
}
