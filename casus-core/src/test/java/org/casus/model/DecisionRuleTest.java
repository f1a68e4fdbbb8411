package org.casus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casus.testing.RandomRules;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {
    private static final List<String> PERMANENT = List.of("US", "GB", "FR", "RU", "CN");

    private static DecisionRule securityCouncil() {
        return TestLibrary.context().council("un-security-council").orElseThrow().rule();
    }

    private static Set<String> elected(int count) {
        Set<String> seats = new LinkedHashSet<>();
        for (int i = 1; i <= count; i++) {
            seats.add(String.format("UNSC-E%02d", i));
        }
        return seats;
    }

    private static Vote yes(Set<String> yes) {
        return new Vote(yes, Set.of(), Set.of());
    }

    @Test
    void security_council_needs_nine_votes_with_every_permanent_member() {
        Set<String> nine = new HashSet<>(PERMANENT);
        nine.addAll(elected(4));
        assertThat(securityCouncil().passes(yes(nine))).isTrue();

        Set<String> eight = new HashSet<>(PERMANENT);
        eight.addAll(elected(3));
        assertThat(securityCouncil().passes(yes(eight))).isFalse();

        Set<String> allButRussia = new HashSet<>(elected(10));
        allButRussia.addAll(List.of("US", "GB", "FR", "CN"));
        assertThat(securityCouncil().passes(yes(allButRussia))).isFalse();
    }

    @Test
    void party_to_the_dispute_abstaining_loses_its_veto_but_the_count_stays() {
        DecisionRule chapterVi = new DecisionRule.PartiesAbstain(securityCouncil());
        Set<String> allButRussia = new HashSet<>(elected(10));
        allButRussia.addAll(List.of("US", "GB", "FR", "CN"));
        Vote russiaIsParty = new Vote(allButRussia, Set.of(), Set.of("RU", "UA"));
        assertThat(chapterVi.passes(russiaIsParty)).isTrue();

        Set<String> eightOthers = new HashSet<>(List.of("US", "GB", "FR", "CN"));
        eightOthers.addAll(elected(4));
        assertThat(chapterVi.passes(new Vote(eightOthers, Set.of(), Set.of("RU", "UA")))).isFalse();
    }

    @Test
    void fraction_is_taken_of_those_entitled_to_vote() {
        ActorSet six = ActorSet.of(List.of("US", "GB", "FR", "RU", "CN", "BY"));
        DecisionRule twoThirds = new DecisionRule.Quota(six, new Threshold.Fraction(2, 3, false));
        assertThat(twoThirds.passes(yes(Set.of("US", "GB", "FR", "CN")))).isTrue();
        assertThat(twoThirds.passes(yes(Set.of("US", "GB", "FR")))).isFalse();
        // RU and BY do not vote: 2/3 of 4 is 3 (rounded up).
        Vote withoutParties = new Vote(Set.of("US", "GB", "FR"), Set.of("RU", "BY"), Set.of());
        assertThat(twoThirds.passes(withoutParties)).isTrue();
    }

    @Test
    void majority_means_more_than_half() {
        Threshold majority = new Threshold.Fraction(1, 2, true);
        assertThat(majority.required(4)).isEqualTo(3);
        assertThat(majority.required(5)).isEqualTo(3);
        assertThat(new Threshold.Fraction(1, 2, false).required(4)).isEqualTo(2);
        assertThat(new Threshold.Fraction(55, 100, false).required(27)).isEqualTo(15);
    }

    @Test
    void weighted_vote_adds_the_weights_of_the_yes_voters() {
        DecisionRule weighted = new DecisionRule.Weighted(Map.of("US", 3L, "GB", 2L, "FR", 1L), new Threshold.Count(4));
        assertThat(weighted.passes(yes(Set.of("US", "FR")))).isTrue();
        assertThat(weighted.passes(yes(Set.of("GB", "FR")))).isFalse();
    }

    /** Every rule of the language is monotone: more yes votes never turn a decision into a failure. */
    @Property(tries = 300)
    void more_yes_votes_never_defeat_a_rule(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> pool = List.of("US", "GB", "FR", "RU", "CN", "BY", "UA");
        DecisionRule rule = RandomRules.rule(random, pool, 3);
        Set<String> dispute = new HashSet<>(List.of(pool.get(random.nextInt(pool.size())), "UA"));
        Set<String> yes = new HashSet<>(RandomRules.subset(random, pool).codes());
        Set<String> more = new HashSet<>(yes);
        more.addAll(RandomRules.subset(random, pool).codes());
        if (rule.passes(new Vote(yes, Set.of(), dispute))) {
            assertThat(rule.passes(new Vote(more, Set.of(), dispute))).as(rule.describe()).isTrue();
        }
    }
}
