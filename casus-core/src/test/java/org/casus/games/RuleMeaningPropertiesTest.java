package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casus.model.ActorSet;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;
import org.casus.model.Vote;
import org.casus.testing.RandomRules;
import org.junit.jupiter.api.Test;

/** The model's {@code passes} and the compiled game give one meaning to every rule and vote. */
class RuleMeaningPropertiesTest {
    private static final List<String> POOL = List.of("US", "GB", "FR", "RU", "CN", "BY", "UA");

    /**
     * For random rules, random abstainers (who do not vote), random parties to the dispute and
     * every coalition of the remaining voters, the rule passes in the model exactly when the
     * coalition wins the compiled game.
     */
    @Property(tries = 400)
    void the_model_and_the_compiled_game_agree(@ForAll long seed) {
        Random random = new Random(seed);
        DecisionRule rule = RandomRules.rule(random, POOL, 3);
        Set<String> excluded = random(random, rule.voters(), 5);
        Set<String> dispute = random(random, new HashSet<>(POOL), 3);
        Game game = Games.fromRule("random", rule, excluded, Set.of(), dispute);
        int n = game.size();
        for (long mask = 0; mask < 1L << n; mask++) {
            boolean[] yes = new boolean[n];
            Set<String> yesVoters = new HashSet<>();
            for (int i = 0; i < n; i++) {
                yes[i] = (mask >> i & 1) == 1;
                if (yes[i]) {
                    yesVoters.add(game.players().get(i));
                }
            }
            boolean model = rule.passes(new Vote(yesVoters, excluded, dispute));
            assertThat(game.wins(yes)).as("%s; not voting %s; dispute %s; yes %s", rule.describe(), excluded, dispute,
                    yesVoters).isEqualTo(model);
        }
    }

    /** Each actor of {@code from} with probability 1 / {@code oneIn}. */
    private static Set<String> random(Random random, Set<String> from, int oneIn) {
        Set<String> chosen = new HashSet<>();
        for (String actor : new ArrayList<>(from)) {
            if (random.nextInt(oneIn) == 0) {
                chosen.add(actor);
            }
        }
        return chosen;
    }

    /** The rule of issue 11: nobody is left entitled in the first part, so only the second can pass it. */
    @Test
    void a_rule_with_nobody_entitled_does_not_pass() {
        DecisionRule rule = new DecisionRule.AnyOf(List.of(
                new DecisionRule.PartiesAbstain(new DecisionRule.Quota(ActorSet.of(List.of("RU", "UA")),
                        new Threshold.Count(1))),
                new DecisionRule.Unanimity(ActorSet.of(List.of("GB", "RU")))));
        Set<String> dispute = Set.of("RU", "UA");
        assertThat(rule.passes(new Vote(Set.of("GB", "UA"), Set.of(), dispute))).isFalse();
        assertThat(Games.fromRule("r", rule, Set.of(), Set.of("RU"), dispute).neverWins()).isTrue();
        assertThat(new DecisionRule.Unanimity(ActorSet.of(List.of("RU"))).passes(
                new Vote(Set.of(), Set.of("RU"), Set.of()))).isFalse();
    }
}
