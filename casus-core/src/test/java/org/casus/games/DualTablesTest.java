package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.testing.RandomRules.pool;

import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.casus.model.Council;
import org.casus.model.DecisionRule;
import org.casus.testing.RandomRules;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/**
 * The generating functions solve a supermajority on its dual rule (the blocking coalitions) when
 * that table is smaller: the dual condition is checked coalition by coalition, and the indices
 * found on it against enumeration and the binary decision diagrams.
 */
class DualTablesTest {

    private static Game randomRule(long seed, int n) {
        DecisionRule rule = RandomRules.countWeightRule(new Random(seed), pool(n));
        return Games.fromRule("random", rule, Set.of(), Set.of(), Set.of());
    }

    @Property(tries = 300)
    void the_dual_condition_is_met_by_the_complements_of_losing_coalitions(@ForAll long seed,
                                                                           @ForAll @IntRange(min = 1, max = 10) int n) {
        Game game = randomRule(seed, n);
        Condition dual = game.condition().dual();
        long all = (1L << game.size()) - 1;
        for (long mask = 0; mask <= all; mask++) {
            assertThat(dual.wins(mask)).as("coalition %s", Long.toBinaryString(mask))
                    .isEqualTo(!game.condition().wins(all & ~mask));
        }
    }

    /** Shapley-Shubik, Banzhaf and Coleman from the tables, on whichever form they choose, against enumeration. */
    private static void assertSameSwings(Game game, PowerResult expected, PowerResult actual) {
        assertThat(actual.winningCoalitions()).as("winning coalitions").isEqualTo(expected.winningCoalitions());
        for (PowerIndex index : List.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF_RAW, PowerIndex.COLEMAN_PREVENT,
                PowerIndex.COLEMAN_INITIATE)) {
            if (actual.values().containsKey(index) && expected.values().containsKey(index)) {
                assertThat(actual.values().get(index)).as(index.title() + " of " + game.condition())
                        .isEqualTo(expected.values().get(index));
            }
        }
        assertThat(actual.vetoPlayers()).isEqualTo(expected.vetoPlayers());
        assertThat(actual.dummies()).isEqualTo(expected.dummies());
    }

    @Test
    void random_rules_solved_on_their_dual_match_enumeration() {
        int onDual = 0;
        for (long seed = 0; seed < 400; seed++) {
            int n = 2 + (int) (seed % 12);
            Game game = randomRule(seed, n);
            if (game.countWeight() == null || game.size() == 0) {
                continue;
            }
            for (boolean shapleyShubik : new boolean[] {true, false}) {
                GeneratingFunctions tables = new GeneratingFunctions(shapleyShubik, false);
                if (tables.tableForm(game) != game.countWeight()) {
                    onDual++;
                    assertSameSwings(game, new Enumeration().solve(game), tables.solve(game));
                }
            }
        }
        assertThat(onDual).as("rules solved on their dual").isGreaterThan(100);
    }

    @Property(tries = 200)
    void weighted_supermajorities_solved_on_their_dual_match_enumeration(@ForAll long seed,
                                                                         @ForAll @IntRange(min = 1, max = 15) int n) {
        Random random = new Random(seed);
        long[] weights = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(50);
            total += weights[i];
        }
        // above half the total, where the blocking rule's quota is the smaller table
        long quota = total / 2 + 1 + (total < 2 ? 0 : random.nextLong(total - total / 2));
        Game game = Games.weighted("supermajority", pool(n), weights, quota);
        PowerResult expected = new Enumeration().solve(game);
        assertSameSwings(game, expected, new GeneratingFunctions(true, false).solve(game));
        assertSameSwings(game, expected, new GeneratingFunctions(false, false).solve(game));
    }

    @Test
    void the_eu_council_is_counted_on_its_blocking_minority_with_the_diagrams_values() {
        Council council = TestLibrary.context().council("eu-council-qmv").orElseThrow();
        Game game = Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
        for (boolean shapleyShubik : new boolean[] {true, false}) {
            GeneratingFunctions tables = new GeneratingFunctions(shapleyShubik, false);
            CountWeightForm form = tables.tableForm(game);
            // 65 % of the population to pass is more than 35 % to block: the blocking table is the smaller
            assertThat(form.cap()).isLessThan(game.countWeight().cap() * 6 / 10);
            assertSameSwings(game, new BinaryDecisionDiagrams(shapleyShubik, false).solve(game), tables.solve(game));
        }
    }
}
