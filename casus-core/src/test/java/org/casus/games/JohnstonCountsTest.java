package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.casus.model.Council;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;
import org.casus.testing.RandomRules;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/** The counted Johnston index against enumeration, and on the EU Council against a brute force of the treaty rule. */
class JohnstonCountsTest {

    private static List<PowerValue> enumerated(Game game) {
        return new Enumeration().solve(game).values().get(PowerIndex.JOHNSTON);
    }

    @Property(tries = 300)
    void matches_enumeration_on_weighted_games(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        Random random = new Random(seed);
        Game game = SolverContractTest.weighted(random, n, random.nextBoolean() ? 4 : 60);
        assertThat(JohnstonCounts.values(game)).isEqualTo(enumerated(game));
    }

    @Property(tries = 400)
    void matches_enumeration_on_count_weight_rules(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        DecisionRule rule = RandomRules.countWeightRule(new Random(seed), pool(n));
        Game game = Games.fromRule("random", rule, Set.of(), Set.of(), Set.of());
        if (game.countWeight() == null) {
            return;
        }
        assertThat(JohnstonCounts.values(game)).isEqualTo(enumerated(game));
    }

    /**
     * Players of weight 0 in a weighted game are never critical and double every count: the
     * values of the others are those of the small game, while the counts pass 2^64 and need the
     * prime moduli.
     */
    @Property(tries = 30)
    void weightless_players_change_nothing_beyond_64_bits(@ForAll long seed,
                                                           @ForAll @IntRange(min = 1, max = 10) int n) {
        Random random = new Random(seed);
        long[] weights = new long[n + 64];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + random.nextInt(30);
            total += weights[i];
        }
        long quota = 1 + random.nextLong(total);
        Game small = Games.weighted("small", pool(n), Arrays.copyOf(weights, n), quota);
        List<PowerValue> expected = new ArrayList<>(enumerated(small));
        for (int i = 0; i < 64; i++) {
            expected.add(new PowerValue.Exact(Rational.ZERO));
        }
        assertThat(JohnstonCounts.values(Games.weighted("padded", pool(n + 64), weights, quota))).isEqualTo(expected);
    }

    @Test
    void refuses_what_it_cannot_count() {
        Game mixed = Games.fromRule("mixed", new DecisionRule.AllOf(List.of(
                new DecisionRule.Weighted(Map.of("A", 2L, "B", 1L), new Threshold.Count(2)),
                new DecisionRule.Weighted(Map.of("A", 1L, "B", 2L), new Threshold.Count(2)))),
                Set.of(), Set.of(), Set.of());
        assertThat(JohnstonCounts.refusal(mixed)).hasValueSatisfying(reason -> assertThat(reason).contains("weight"));
        long[] heavy = new long[40];
        for (int i = 0; i < heavy.length; i++) {
            heavy[i] = 10_000_000L + 123_457L * i;
        }
        Game huge = Games.weighted("huge", pool(40), heavy, 200_000_000L);
        assertThat(JohnstonCounts.refusal(huge)).hasValueSatisfying(reason -> assertThat(reason).contains("cells"));
        assertThatThrownBy(() -> JohnstonCounts.values(huge)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Game euCouncil() {
        Council council = TestLibrary.context().council("eu-council-qmv").orElseThrow();
        return Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
    }

    /**
     * TEU Art. 16(4) with 27 members, decided directly: at least 15 members with at least 65% of
     * the population, or at least 24 members (fewer than four against).
     */
    private static boolean qualifiedMajority(int members, long population, long total) {
        return members >= 15 && 100 * population >= 65 * total || members >= 24;
    }

    @Test
    void eu_council_values_sum_to_one_and_match_a_brute_force_of_the_treaty_rule() {
        Game game = euCouncil();
        int n = game.size();
        assertThat(n).isEqualTo(27);
        long[] weights = game.countWeight().weights();
        long total = Arrays.stream(weights).sum();
        Random random = new Random(27);
        for (int trial = 0; trial < 100_000; trial++) {
            long mask = random.nextLong() & ((1L << n) - 1);
            long population = 0;
            for (int i = 0; i < n; i++) {
                population += (mask >>> i & 1) * weights[i];
            }
            assertThat(game.condition().wins(mask)).isEqualTo(qualifiedMajority(Long.bitCount(mask), population, total));
        }
        // Every coalition in Gray-code order; bySwingers[i][c]: winning coalitions with c
        // critical members, i among them.
        long[][] bySwingers = new long[n][n + 1];
        long mask = 0;
        long population = 0;
        int[] critical = new int[n];
        for (long step = 0; step < 1L << n; step++) {
            if (step > 0) {
                int flip = Long.numberOfTrailingZeros(step);
                mask ^= 1L << flip;
                population += (mask >>> flip & 1) == 1 ? weights[flip] : -weights[flip];
            }
            int members = Long.bitCount(mask);
            if (!qualifiedMajority(members, population, total)) {
                continue;
            }
            int c = 0;
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                if (!qualifiedMajority(members - 1, population - weights[i], total)) {
                    critical[c++] = i;
                }
            }
            for (int j = 0; j < c; j++) {
                bySwingers[critical[j]][c]++;
            }
        }
        List<Rational> expected = new ArrayList<>();
        Rational sum = Rational.ZERO;
        for (long[] counts : bySwingers) {
            Rational share = Rational.ZERO;
            for (int c = 1; c <= n; c++) {
                share = share.add(Rational.of(counts[c], c));
            }
            expected.add(share);
            sum = sum.add(share);
        }
        List<PowerValue> values = JohnstonCounts.values(game);
        Rational valueSum = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            Rational value = ((PowerValue.Exact) values.get(i)).value();
            assertThat(value).as(game.players().get(i)).isEqualTo(expected.get(i).divide(sum));
            valueSum = valueSum.add(value);
        }
        assertThat(valueSum).isEqualTo(Rational.ONE);
        assertThat(sum.numerator()).isGreaterThan(BigInteger.ZERO);
    }
}
