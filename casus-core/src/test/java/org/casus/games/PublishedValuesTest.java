package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.casus.model.Council;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/** Power indices of real councils against published values. */
class PublishedValuesTest {

    private static Game securityCouncil() {
        Council council = TestLibrary.context().council("un-security-council").orElseThrow();
        return Games.fromRule(council.id(), council.rule(), Set.of(), Set.of(), Set.of());
    }

    private static Rational value(PowerResult result, PowerIndex index, String player) {
        return ((PowerValue.Exact) result.values().get(index).get(result.game().players().indexOf(player))).value();
    }

    @Test
    void security_council_shapley_shubik_is_421_over_2145_for_a_permanent_member() {
        for (GameSolver solver : List.of(new Enumeration(), new GeneratingFunctions())) {
            PowerResult result = solver.solve(securityCouncil());
            assertThat(value(result, PowerIndex.SHAPLEY_SHUBIK, "US")).as(solver.name()).isEqualTo(Rational.of(421, 2145));
            assertThat(value(result, PowerIndex.SHAPLEY_SHUBIK, "UNSC-E01")).as(solver.name()).isEqualTo(Rational.of(4, 2145));
            assertThat(result.vetoPlayers()).containsExactly("US", "GB", "FR", "RU", "CN");
        }
    }

    @Test
    void security_council_banzhaf_swings_are_848_and_84() {
        // A permanent member swings in every winning coalition (848 of them); an elected member in
        // those with exactly nine members (C(9,3) = 84).
        PowerResult result = new Enumeration().solve(securityCouncil());
        assertThat(result.winningCoalitions()).hasToString("848");
        assertThat(value(result, PowerIndex.BANZHAF_RAW, "RU")).isEqualTo(Rational.of(848, 1));
        assertThat(value(result, PowerIndex.BANZHAF_RAW, "UNSC-E05")).isEqualTo(Rational.of(84, 1));
        assertThat(result.minimalWinningCount()).isEqualTo(BigInteger.valueOf(210));
    }

    @Test
    void the_weighted_form_of_the_security_council_gives_the_same_values() {
        long[] weights = {7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        Game weighted = Games.weighted("unsc", securityCouncil().players(), weights, 39);
        PowerResult result = new GeneratingFunctions().solve(weighted);
        assertThat(value(result, PowerIndex.SHAPLEY_SHUBIK, "CN")).isEqualTo(Rational.of(421, 2145));
    }

    @Test
    void an_aggressor_forced_to_vote_no_leaves_a_null_game() {
        Council council = TestLibrary.context().council("un-security-council").orElseThrow();
        Game against = Games.fromRule(council.id(), council.rule(), Set.of(), Set.of("RU"), Set.of("RU", "UA"));
        assertThat(against.players()).doesNotContain("RU").hasSize(14);
        PowerResult result = new Enumeration().solve(against);
        assertThat(result.winningCoalitions()).hasToString("0");
        assertThat(result.dummies()).hasSize(14);
    }
}
