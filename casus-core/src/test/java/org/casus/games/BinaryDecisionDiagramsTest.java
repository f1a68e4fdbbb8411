package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** The binary decision diagram solver against enumeration, generating functions and published values. */
class BinaryDecisionDiagramsTest {
    private static final List<PowerIndex> COUNTED = List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_RAW,
            PowerIndex.BANZHAF_NORMALIZED, PowerIndex.BANZHAF_ABSOLUTE, PowerIndex.COLEMAN_PREVENT,
            PowerIndex.COLEMAN_INITIATE);

    private static Game game(DecisionRule rule) {
        return Games.fromRule("random", rule, Set.of(), Set.of(), Set.of());
    }

    /** Every player must meet 2 or 3 quotas at once, each on its own random weights (some of them 0). */
    private static DecisionRule multipleWeighted(Random random, List<String> pool, int maxWeight) {
        List<DecisionRule> quotas = new ArrayList<>();
        for (int vector = 2 + random.nextInt(2); vector > 0; vector--) {
            Map<String, Long> weights = new LinkedHashMap<>();
            long total = 0;
            for (String player : pool) {
                long weight = random.nextInt(maxWeight + 1);
                weights.put(player, weight);
                total += weight;
            }
            Threshold quota = random.nextBoolean() ? new Threshold.Count(1 + random.nextLong(Math.max(1, total)))
                    : new Threshold.Fraction(1 + random.nextInt(4), 4, random.nextBoolean());
            quotas.add(new DecisionRule.Weighted(weights, quota));
        }
        return new DecisionRule.AllOf(quotas);
    }

    private static void assertSameCounts(PowerResult expected, PowerResult actual) {
        assertThat(actual.winningCoalitions()).as("winning").isEqualTo(expected.winningCoalitions());
        assertThat(actual.colemanAct()).as("Coleman act").isEqualTo(expected.colemanAct());
        for (PowerIndex index : COUNTED) {
            assertThat(actual.values().get(index)).as(index.title()).isEqualTo(expected.values().get(index));
        }
        assertThat(actual.vetoPlayers()).as("veto").isEqualTo(expected.vetoPlayers());
        assertThat(actual.dummies()).as("dummies").isEqualTo(expected.dummies());
    }

    /** Minimal winning and blocking coalitions, counted and listed, and the indices built on them. */
    private static void assertSameCoalitions(PowerResult expected, PowerResult actual) {
        assertThat(actual.minimalWinningCount()).as("minimal winning").isEqualTo(expected.minimalWinningCount());
        assertThat(actual.minimalBlockingCount()).as("minimal blocking").isEqualTo(expected.minimalBlockingCount());
        for (PowerIndex index : List.of(PowerIndex.HOLLER, PowerIndex.DEEGAN_PACKEL)) {
            assertThat(actual.values().get(index)).as(index.title()).isEqualTo(expected.values().get(index));
        }
        assertThat(actual.minimalWinning()).as("minimal winning listed")
                .containsExactlyInAnyOrderElementsOf(expected.minimalWinning());
        assertThat(actual.minimalBlocking()).as("minimal blocking listed")
                .containsExactlyInAnyOrderElementsOf(expected.minimalBlocking());
    }

    @Property(tries = 300)
    void matches_enumeration_on_random_rules(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        Random random = new Random(seed);
        Game game = game(RandomRules.rule(random, pool(n), 3));
        if (game.size() == 0) {
            return;
        }
        PowerResult expected = new Enumeration().solve(game);
        assertSameCounts(expected, new BinaryDecisionDiagrams().solve(game));
        PowerResult withCoalitions = new BinaryDecisionDiagrams(true, true).solve(game);
        assertSameCounts(expected, withCoalitions);
        assertSameCoalitions(expected, withCoalitions);
        // enumeration's order too: as binary numbers, player 0 the lowest bit
        assertThat(withCoalitions.minimalWinning()).isEqualTo(expected.minimalWinning());
        assertThat(withCoalitions.minimalBlocking()).isEqualTo(expected.minimalBlocking());
    }

    @Property(tries = 200)
    void matches_enumeration_on_multiple_weighted_games(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 16) int n) {
        Random random = new Random(seed);
        int maxWeight = List.of(3, 60, 1_000_000).get(random.nextInt(3));
        Game game = game(multipleWeighted(random, pool(n), maxWeight));
        assertThat(game.size()).isEqualTo(n);
        PowerResult expected = new Enumeration().solve(game);
        assertSameCounts(expected, new BinaryDecisionDiagrams().solve(game));
        PowerResult withCoalitions = new BinaryDecisionDiagrams(random.nextBoolean(), true).solve(game);
        assertSameCoalitions(expected, withCoalitions);
        assertThat(withCoalitions.values().get(PowerIndex.BANZHAF_RAW))
                .isEqualTo(expected.values().get(PowerIndex.BANZHAF_RAW));
    }

    @Property(tries = 15)
    void minimal_coalitions_beyond_64_bits_match_generating_functions(@ForAll long seed,
                                                                       @ForAll @IntRange(min = 64, max = 80) int n) {
        Random random = new Random(seed);
        Game game = game(RandomRules.countWeightRule(random, pool(n)));
        if (game.countWeight() == null) {
            return;
        }
        PowerResult expected = new GeneratingFunctions().solve(game);
        PowerResult actual = new BinaryDecisionDiagrams(false, true).solve(game);
        assertSameCoalitions(expected, actual);
    }

    @Property(tries = 100)
    void without_shapley_shubik_gives_the_same_banzhaf(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int n) {
        Game game = game(multipleWeighted(new Random(seed), pool(n), 40));
        PowerResult sized = new BinaryDecisionDiagrams(true).solve(game);
        PowerResult unsized = new BinaryDecisionDiagrams(false).solve(game);
        assertThat(unsized.values()).doesNotContainKey(PowerIndex.SHAPLEY_SHUBIK);
        for (PowerIndex index : COUNTED.subList(1, COUNTED.size())) {
            assertThat(unsized.values().get(index)).as(index.title()).isEqualTo(sized.values().get(index));
        }
        assertThat(unsized.winningCoalitions()).isEqualTo(sized.winningCoalitions());
        assertThat(unsized.dummies()).isEqualTo(sized.dummies());
    }

    @Property(tries = 10)
    void counts_beyond_64_bits_match_generating_functions(@ForAll long seed,
                                                          @ForAll @IntRange(min = 64, max = 90) int n) {
        Random random = new Random(seed);
        Game game = game(RandomRules.countWeightRule(random, pool(n)));
        if (game.countWeight() == null) {
            return;
        }
        assertSameCounts(new GeneratingFunctions().solve(game), new BinaryDecisionDiagrams().solve(game));
    }

    @Test
    void eu_council_double_majority_matches_generating_functions() {
        Council council = TestLibrary.context().council("eu-council-qmv").orElseThrow();
        Game game = Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
        assertThat(game.size()).isEqualTo(27);
        PowerResult result = new BinaryDecisionDiagrams(true, true).solve(game);
        PowerResult expected = new GeneratingFunctions().solve(game);
        assertSameCounts(expected, result);
        assertSameCoalitions(expected, result);
        assertThat(result.minimalWinningCount()).isPositive();
        assertThat(result.notes()).noneMatch(note -> note.contains("Holler"))
                .anyMatch(note -> note.startsWith("Johnston"));
        // Bolus (2011) reports about 25,000 nodes for the EU27 rule; the note gives this diagram's size.
        String size = result.notes().get(0);
        assertThat(size).startsWith("quasi-reduced binary decision diagram of ");
        long nodes = Long.parseLong(size.replaceAll("^\\D*([\\d,]+) nodes.*$", "$1").replace(",", ""));
        assertThat(nodes).isBetween(100L, 100_000L);
    }

    @Test
    void security_council_shapley_shubik_is_421_over_2145_for_a_permanent_member() {
        Council council = TestLibrary.context().council("un-security-council").orElseThrow();
        Game game = Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
        PowerResult result = new BinaryDecisionDiagrams().solve(game);
        List<PowerValue> ss = result.values().get(PowerIndex.SHAPLEY_SHUBIK);
        assertThat(ss.get(game.players().indexOf("US"))).isEqualTo(new PowerValue.Exact(Rational.of(421, 2145)));
        assertThat(ss.get(game.players().indexOf("UNSC-E01"))).isEqualTo(new PowerValue.Exact(Rational.of(4, 2145)));
        assertThat(result.winningCoalitions()).hasToString("848");
        assertThat(result.vetoPlayers()).containsExactly("US", "GB", "FR", "RU", "CN");
    }

    @Test
    void a_diagram_beyond_the_node_budget_is_refused_with_the_reason() {
        Game game = game(multipleWeighted(new Random(7), pool(30), 1_000_000));
        assertThatThrownBy(() -> new BinaryDecisionDiagrams(true, 500).solve(game))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs more than 500 nodes");
    }

    @Test
    void the_minimal_coalition_diagrams_count_against_the_node_budget() {
        // the diagram of the rule alone takes 398 nodes, with the minimal coalitions 563
        Game game = game(multipleWeighted(new Random(7), pool(14), 1000));
        int budget = 480;
        new BinaryDecisionDiagrams(true, false, budget).solve(game);
        assertThatThrownBy(() -> new BinaryDecisionDiagrams(true, true, budget).solve(game))
                .isInstanceOf(BinaryDecisionDiagrams.TooLarge.class)
                .hasMessageContaining("needs more than " + budget + " nodes");
    }

    @Test
    void negative_weights_and_too_many_players_are_refused() {
        Game negative = Games.weighted("negative", pool(3), new long[] {2, -1, 2}, 2);
        assertThat(new BinaryDecisionDiagrams().refusal(negative)).hasValueSatisfying(
                reason -> assertThat(reason).contains("negative"));
        int n = BinaryDecisionDiagrams.MAX_PLAYERS + 1;
        Game large = Games.weighted("large", pool(n), new long[n], 1);
        assertThat(new BinaryDecisionDiagrams().refusal(large)).isPresent();
        assertThat(new BinaryDecisionDiagrams().refusal(game(multipleWeighted(new Random(1), pool(20), 9))))
                .isEmpty();
    }
}
