package org.casus.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.casus.model.Library;
import org.casus.model.TriggerEvent;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private static List<AggressorCase> cases(String id, List<String> threats) {
        Library library = TestLibrary.get();
        return Robustness.analyse(library.arrangements().get(id), library, threats);
    }

    @Test
    void russian_draft_cannot_activate_against_russia_and_its_ally_votes_with_it() {
        AggressorCase russia = cases("istanbul-2022-draft-ru", List.of()).get(0);
        assertThat(russia.aggressor()).isEqualTo("RU");
        assertThat(russia.side()).containsExactly("RU", "BY");
        assertThat(russia.activates()).isFalse();
        assertThat(russia.coalitionCount()).isZero();
        assertThat(russia.carveOuts()).hasSize(2);
    }

    @Test
    void security_council_against_an_elected_member_needs_every_permanent_member() {
        AggressorCase elected = cases("un-charter-chapter-vii", List.of("UNSC-E01")).get(0);
        assertThat(elected.activates()).isTrue();
        assertThat(elected.indispensable()).containsExactly("US", "GB", "FR", "RU", "CN");
        // the five permanent members and 4 of the 9 remaining elected members: C(9, 4) = 126
        assertThat(elected.coalitionCount()).isEqualTo(BigInteger.valueOf(126));
    }

    @Test
    void individual_obligations_activate_through_any_guarantor_not_on_the_aggressors_side() {
        AggressorCase russia = cases("istanbul-2022-draft-ua", List.of("RU")).get(0);
        assertThat(russia.path()).isEqualTo("individual");
        assertThat(russia.activates()).isTrue();
        assertThat(russia.coalitions()).allSatisfy(c -> assertThat(c).hasSize(1).doesNotContain("RU"));
    }

    @Test
    void budapest_delegates_a_nuclear_attack_to_a_council_that_the_aggressor_blocks() {
        Library library = TestLibrary.get();
        AggressorCase russia = Robustness.analyse(library.arrangements().get("budapest-1994"), library, List.of("RU"),
                TriggerEvent.NUCLEAR_AGGRESSION).get(0);
        assertThat(russia.path()).isEqualTo("delegated to un-security-council");
        assertThat(russia.activates()).isFalse();
        assertThat(russia.blockers()).containsExactly("RU");
    }

    @Test
    void budapest_does_not_cover_a_conventional_attack() {
        AggressorCase russia = cases("budapest-1994", List.of("RU")).get(0);
        assertThat(russia.path()).isEqualTo("none");
        assertThat(russia.activates()).isFalse();
        assertThat(russia.note()).startsWith("not covered").contains("nuclear weapons are used");
    }

    @Test
    void mutual_pacts_activate_against_an_outside_aggressor() {
        for (String pact : List.of("nato-1949", "eu-teu-42-7", "anzus-1951")) {
            AggressorCase russia = cases(pact, List.of("RU")).get(0);
            assertThat(russia.activates()).as(pact).isTrue();
            assertThat(russia.path()).as(pact).isEqualTo("individual");
            assertThat(russia.coalitionCount()).as(pact).isPositive();
        }
    }

    @Test
    void seats_held_in_rotation_are_not_taken_for_aggressors() {
        assertThat(cases("un-charter-chapter-vii", List.of())).extracting(AggressorCase::aggressor)
                .containsExactly("US", "GB", "FR", "RU", "CN");
    }

    @Test
    void without_listed_threats_every_non_protected_actor_named_is_examined() {
        assertThat(cases("cyprus-guarantee-1960", List.of())).extracting(AggressorCase::aggressor)
                .containsExactlyInAnyOrder("GR", "TR", "GB");
    }
}
