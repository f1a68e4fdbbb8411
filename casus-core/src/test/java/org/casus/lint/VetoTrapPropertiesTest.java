package org.casus.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casus.model.ActorSet;
import org.casus.model.Arrangement;
import org.casus.model.Citation;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;
import org.casus.model.Parties;
import org.casus.model.Procedure;
import org.casus.model.Status;
import org.casus.model.Vote;
import org.casus.testing.RandomRules;
import org.casus.testing.TestLibrary;

class VetoTrapPropertiesTest {
    private static final List<String> POOL = List.of("US", "GB", "FR", "RU", "CN", "BY");

    static Arrangement collective(DecisionRule rule, List<String> threats) {
        List<String> guarantors = new ArrayList<>(rule.voters());
        threats.stream().filter(t -> !guarantors.contains(t)).forEach(guarantors::add);
        Parties parties = new Parties(List.of("UA"), guarantors, List.of(), threats, List.of(), Citation.NONE);
        Decision decision = new Decision(Procedure.COLLECTIVE, rule, 3, null, DeadlockDefault.NO_ACTION, false, null,
                null, Citation.NONE);
        Obligation assist = new Obligation(ActorSet.of(guarantors), ObligationType.ASSIST, null, "assist", List.of(),
                null, null, null, null, null, Citation.NONE);
        return new Arrangement("generated", "Generated", Status.DRAFT, null, null, Map.of(), Map.of(), parties, null,
                List.of(assist), decision, null, null, null, null, null);
    }

    /** Giving a threat a veto anywhere in a rule makes the veto trap appear for that threat. */
    @Property(tries = 300)
    void a_threat_given_a_veto_is_a_veto_trap(@ForAll long seed) {
        Random random = new Random(seed);
        DecisionRule rule = RandomRules.rule(random, POOL, 3);
        String threat = POOL.get(random.nextInt(POOL.size()));
        DecisionRule veto = new DecisionRule.Unanimity(ActorSet.of(List.of(threat)));
        DecisionRule withVeto = random.nextBoolean() ? new DecisionRule.AllOf(List.of(rule, veto))
                : new DecisionRule.AllOf(List.of(veto, rule));

        List<Finding> findings = Linter.check(collective(withVeto, List.of(threat)), TestLibrary.context());

        assertThat(findings).as(withVeto.describe())
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo("veto-trap");
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(f.actors()).containsExactly(threat);
                });
    }

    /** When the parties to the dispute abstain, a threat's own veto is gone and cannot trap the guarantee. */
    @Property(tries = 300)
    void an_abstaining_threat_is_no_veto_trap(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> others = new ArrayList<>(POOL);
        String threat = others.remove(random.nextInt(others.size()));
        DecisionRule rule = new DecisionRule.PartiesAbstain(new DecisionRule.AllOf(List.of(
                new DecisionRule.Unanimity(ActorSet.of(POOL)), RandomRules.rule(random, others, 2))));
        boolean othersAlonePass = rule.passes(new Vote(new HashSet<>(others), Set.of(), Set.of(threat, "UA")));

        List<Finding> findings = Linter.check(collective(rule, List.of(threat)), TestLibrary.context());

        assertThat(findings.stream().anyMatch(f -> f.rule().equals("veto-trap"))).isEqualTo(!othersAlonePass);
    }
}
