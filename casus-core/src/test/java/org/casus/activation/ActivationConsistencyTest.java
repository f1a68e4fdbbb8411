package org.casus.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casus.games.Enumeration;
import org.casus.games.Game;
import org.casus.games.PowerResult;
import org.casus.lint.Finding;
import org.casus.lint.Linter;
import org.casus.model.ActorSet;
import org.casus.model.Alignment;
import org.casus.model.Arrangement;
import org.casus.model.Behaviour;
import org.casus.model.Citation;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decider;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Instrument;
import org.casus.model.Distribution;
import org.casus.model.Library;
import org.casus.model.Obligation;
import org.casus.model.ObligationType;
import org.casus.model.OutsideCost;
import org.casus.model.Parties;
import org.casus.model.Procedure;
import org.casus.model.Scenario;
import org.casus.model.Status;
import org.casus.model.Trigger;
import org.casus.model.TriggerEvent;
import org.casus.robustness.AggressorCase;
import org.casus.robustness.Robustness;
import org.casus.sim.CrisisSimulation;
import org.casus.sim.SimulationOptions;
import org.casus.sim.SimulationResult;
import org.casus.testing.RandomRules;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every analysis gives one answer to "can it activate against X, by which path, who blocks": the
 * checks, the robustness matrix, the power of the rule in the crisis and the simulation of a
 * scenario generated for that aggressor, against the activation kernel, over the whole library
 * and over random arrangements.
 */
class ActivationConsistencyTest {
    private static final List<String> POOL = List.of("US", "GB", "FR", "RU", "CN", "BY", "UA", "PL", "DE");
    private static final SimulationOptions RUNS = new SimulationOptions(40, 3, 1);

    @Test
    void every_face_agrees_over_the_library() {
        Library library = TestLibrary.get();
        int crises = 0;
        for (Arrangement arrangement : library.arrangements().values()) {
            crises += agree(arrangement, library);
        }
        assertThat(crises).as("crises examined").isGreaterThan(50);
    }

    @Property(tries = 150)
    void every_face_agrees_on_random_arrangements(@ForAll long seed) {
        agree(randomArrangement(new Random(seed)), TestLibrary.get());
    }

    /** Asserts that every face agrees with the kernel for each potential aggressor; returns how many. */
    private static int agree(Arrangement arrangement, Library library) {
        List<Finding> findings = Linter.check(arrangement, library);
        List<AggressorCase> rows = Robustness.analyse(arrangement, library, List.of(), Crisis.checkedEvent(arrangement));
        List<String> aggressors = PotentialAggressors.of(arrangement, library.actors());
        assertThat(rows).extracting(AggressorCase::aggressor).containsExactlyElementsOf(aggressors);
        List<List<String>> vetoTraps = new ArrayList<>();
        List<List<String>> delegations = new ArrayList<>();
        for (int i = 0; i < aggressors.size(); i++) {
            Crisis crisis = Crisis.against(arrangement, aggressors.get(i), Crisis.checkedEvent(arrangement));
            Activation activation = ActivationKernel.decide(arrangement, crisis, library);
            String as = arrangement.id() + " against " + crisis.aggressor();
            AggressorCase row = rows.get(i);
            assertThat(row.activates()).as(as).isEqualTo(activation.activates());
            assertThat(row.path()).as(as).isEqualTo(activation.path().label());
            assertThat(row.blockers()).as(as).isEqualTo(activation.blockers());
            assertThat(row.side()).as(as).containsExactlyElementsOf(crisis.side());
            switch (activation.path()) {
                case ActivationPath.Collective c when !c.vote().passes() -> vetoTraps.add(blamed(c.vote(), crisis));
                case ActivationPath.Delegated d when !d.vote().passes() -> delegations.add(blamed(d.vote(), crisis));
                default -> { }
            }
            RuleVote vote = switch (activation.path()) {
                case ActivationPath.Collective c -> c.vote();
                case ActivationPath.Delegated d -> d.vote();
                default -> null;
            };
            if (vote != null) {
                powerAgrees(as, vote, crisis);
            }
            simulationAgrees(as, arrangement, activation, library);
        }
        assertThat(actorsOf(findings, "veto-trap")).as(arrangement.id()).containsExactlyInAnyOrderElementsOf(vetoTraps);
        assertThat(actorsOf(findings, "delegated-to-vetoed-body")).as(arrangement.id())
                .containsExactlyInAnyOrderElementsOf(delegations);
        return aggressors.size();
    }

    private static List<String> blamed(RuleVote vote, Crisis crisis) {
        return vote.passesAtAll() ? vote.blockers() : List.of(crisis.aggressor());
    }

    private static List<List<String>> actorsOf(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::actors).toList();
    }

    /** The compiled game of the crisis has a winning coalition exactly when the vote passes, with the same veto players. */
    private static void powerAgrees(String as, RuleVote vote, Crisis crisis) {
        CrisisPower power = CrisisPower.of("rule", vote.rule(), crisis, Set.of());
        assertThat(power.blocked()).as(as).isEqualTo(!vote.passes());
        Game game = power.game();
        if (vote.passes() && game.size() <= 16) {
            PowerResult result = new Enumeration().solve(game);
            assertThat(result.vetoPlayers()).as(as).containsExactlyInAnyOrderElementsOf(vote.indispensable());
        }
    }

    /**
     * A scenario for the kernel's crisis in which everyone supports at once: the simulation takes
     * the kernel's path, activates in every run exactly when the kernel says it can, and names the
     * kernel's blockers.
     */
    private static void simulationAgrees(String as, Arrangement arrangement, Activation activation, Library library) {
        Crisis crisis = activation.crisis();
        if (crisis.target() == null) {
            return;
        }
        Scenario scenario = scenario(crisis);
        SimulationResult result = CrisisSimulation.run(arrangement, scenario, library, RUNS);
        String path = switch (activation.path()) {
            case ActivationPath.Collective ignored -> "collective";
            case ActivationPath.Delegated ignored -> "delegated";
            case ActivationPath.Individual ignored -> "individual";
            case ActivationPath.None ignored -> "alone";
        };
        assertThat(result.path()).as(as).isEqualTo(path);
        boolean activated = switch (activation.path()) {
            case ActivationPath.Collective c -> c.vote().passes();
            default -> activation.activates();
        };
        assertThat(result.activated()).as(as).isEqualTo(activated ? RUNS.runs() : 0);
        if (!activation.blockers().isEmpty()) {
            assertThat(result.reasons()).as(as).containsOnlyKeys("vetoed by " + String.join(", ", activation.blockers()));
        }
    }

    private static Scenario scenario(Crisis crisis) {
        Distribution now = new Distribution.Fixed(0);
        Behaviour everyone = new Behaviour(new Distribution.Fixed(1), new Distribution.Fixed(0), now, now, now,
                new Distribution.Fixed(0.1), Citation.NONE);
        List<String> allies = crisis.side().stream().filter(a -> !a.equals(crisis.aggressor())).toList();
        return new Scenario("generated", "generated", crisis.aggressor(), crisis.target(), allies, List.of(),
                crisis.event(), 180, 60, new Distribution.Fixed(0.5), everyone, Map.of(),
                new OutsideCost(now, new Distribution.Fixed(1)), null, Map.of(), Citation.NONE, null);
    }

    /** A random arrangement over the pool: parties, trigger, obligations and decision drawn at random. */
    private static Arrangement randomArrangement(Random random) {
        List<String> guarantors = RandomRules.subset(random, POOL).codes();
        List<String> protectedStates = random.nextBoolean() ? List.of("UA")
                : random.nextBoolean() ? guarantors : RandomRules.subset(random, POOL).codes();
        List<String> threats = random.nextBoolean() ? List.of() : List.of(POOL.get(random.nextInt(POOL.size())));
        List<Alignment> alignments = random.nextBoolean() ? List.of()
                : List.of(new Alignment(RandomRules.subset(random, POOL).codes(), null, null));
        Parties parties = new Parties(protectedStates, guarantors, List.of(), threats, alignments, Citation.NONE);
        List<TriggerEvent> events = List.of(TriggerEvent.values()[random.nextInt(TriggerEvent.values().length)]);
        List<String> by = random.nextInt(4) == 0 ? List.of(POOL.get(random.nextInt(POOL.size()))) : List.of();
        Trigger trigger = random.nextInt(5) == 0 ? null
                : new Trigger(events, "anywhere", List.of(), by, List.of(), Citation.NONE);
        List<Obligation> obligations = new ArrayList<>();
        ObligationType[] types = ObligationType.values();
        for (int i = random.nextInt(3); i > 0; i--) {
            ObligationType type = types[random.nextInt(types.length)];
            List<TriggerEvent> answers = trigger == null || random.nextBoolean() ? List.of()
                    : List.of(TriggerEvent.values()[random.nextInt(TriggerEvent.values().length)]);
            obligations.add(new Obligation(ActorSet.of(guarantors), type, null, "generated", List.of(), null, null,
                    type == ObligationType.SEEK_ACTION ? "un-security-council" : null, answers, null, Citation.NONE));
        }
        Procedure procedure = Procedure.values()[random.nextInt(Procedure.values().length)];
        Decider decider = procedure == Procedure.DECIDER && !guarantors.isEmpty()
                ? new Decider(guarantors.get(random.nextInt(guarantors.size())), List.of(), null) : null;
        DecisionRule rule = procedure == Procedure.COLLECTIVE ? RandomRules.rule(random, POOL, 2) : null;
        Decision decision = new Decision(procedure, rule, null, null,
                random.nextBoolean() ? DeadlockDefault.INDIVIDUAL_ACTION : DeadlockDefault.NO_ACTION, false, null,
                decider, Citation.NONE);
        Instrument instrument = Instrument.values()[random.nextInt(Instrument.values().length)];
        return new Arrangement("random", "Random", Status.DRAFT, instrument, null, Map.of(), Map.of(), parties, trigger,
                obligations, decision, null, null, null, null, null);
    }
}
