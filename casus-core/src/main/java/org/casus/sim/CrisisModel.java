package org.casus.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.casus.activation.Activation;
import org.casus.activation.ActivationKernel;
import org.casus.activation.ActivationPath;
import org.casus.activation.Crisis;
import org.casus.activation.RuleVote;
import org.casus.games.Game;
import org.casus.model.Arrangement;
import org.casus.model.Correlation;
import org.casus.model.DeadlockDefault;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Distribution;
import org.casus.model.Labels;
import org.casus.model.Library;
import org.casus.model.OutsideCost;
import org.casus.model.Scenario;
import org.casus.model.Vote;

/**
 * One arrangement facing one scenario, prepared to play runs: who may help, which path the
 * arrangement offers (individual obligations, a collective decision, delegation to a council, or
 * none), and what it costs to act outside it once it fails. {@link #play} is a pure function of
 * the run number and the seed. The path is documented in {@code docs/method-simulation.md}.
 */
final class CrisisModel {
    /** How the arrangement can bring aid in this scenario. */
    enum Path { INDIVIDUAL, COLLECTIVE, DELEGATED, ALONE }

    private final Scenario scenario;
    private final Path path;
    /** Why the arrangement does not apply, for {@code Path.ALONE}. */
    private final String aloneReason;
    private final Decision decision;
    private final DecisionRule rule;
    /** The game of {@code rule} left to the voters not on the aggressor's side. */
    private final Game game;
    /** The voters who consult: those not on the aggressor's side. */
    private final Set<String> consulting;
    private final List<String> helpers;
    private final Set<String> guarantors;
    private final Set<String> side;
    private final Set<String> dispute;
    /** The actors that draw in every run: the helpers and the voters. */
    private final List<String> drawn;
    /** The failure reason when the aggressor's side blocks whatever the others vote, else null. */
    private final String sideVeto;
    /** The voters on the aggressor's side. */
    private final List<String> sideVoters;
    /** Whether the arrangement bars help outside it, so that every such aid costs. */
    private final boolean barred;
    /** How aid outside the arrangement is treated, in words, for the report. */
    private final String outsideRule;
    private final Correlation correlation;

    CrisisModel(Arrangement arrangement, Scenario scenario, Library library) {
        this.scenario = scenario;
        this.decision = arrangement.decision();
        this.barred = arrangement.restrictions().outsideHelp().isBarred();
        this.outsideRule = outsideRule(arrangement, scenario);
        Crisis crisis = Crisis.of(arrangement, scenario);
        Activation activation = ActivationKernel.decide(arrangement, crisis, library);
        this.side = crisis.side();
        this.dispute = crisis.disputeParties();
        this.guarantors = new LinkedHashSet<>(crisis.free(arrangement.parties().guarantors()));
        // Guarantors the scenario does not list act only through the arrangement, so that an
        // arrangement that does not apply leaves exactly the helpers of no arrangement.
        Set<String> all = new LinkedHashSet<>(scenario.actors().keySet());
        if (activation.coverage().covered()) {
            all.addAll(guarantors);
        }
        all.removeAll(side);
        all.remove(scenario.target());
        this.helpers = List.copyOf(all);
        RuleVote vote = switch (activation.path()) {
            case ActivationPath.Collective c -> c.vote();
            case ActivationPath.Delegated d -> d.vote();
            default -> null;
        };
        this.path = switch (activation.path()) {
            case ActivationPath.Collective ignored -> Path.COLLECTIVE;
            case ActivationPath.Delegated ignored -> Path.DELEGATED;
            case ActivationPath.Individual ignored -> Path.INDIVIDUAL;
            case ActivationPath.None ignored -> Path.ALONE;
        };
        this.aloneReason = activation.path() instanceof ActivationPath.None none ? none.reason() : null;
        this.rule = vote == null ? null : vote.rule();
        this.game = vote == null ? null : vote.game();
        this.consulting = rule == null ? Set.of() : new LinkedHashSet<>(game.players());
        Set<String> everyone = new LinkedHashSet<>(helpers);
        if (rule != null) {
            everyone.addAll(rule.voters());
        }
        this.correlation = scenario.correlation();
        if (correlation.leader() != null && !side.contains(correlation.leader())) {
            everyone.add(correlation.leader());
        }
        this.drawn = List.copyOf(everyone);
        this.sideVoters = vote == null ? List.of() : vote.against();
        this.sideVeto = vote == null || vote.passes() ? null
                : vote.passesAtAll() ? "vetoed by " + String.join(", ", vote.blockers()) : "cannot pass in this dispute";
    }

    /**
     * Whether the vote passes with {@code yes} in favour and everyone else against: the compiled
     * game of the kernel's vote (the side are not players; the model and the game agree on every
     * vote, RuleMeaningPropertiesTest), evaluated on an array instead of sets.
     */
    private boolean passes(Set<String> yes) {
        boolean[] votes = new boolean[game.size()];
        for (int i = 0; i < votes.length; i++) {
            votes[i] = yes.contains(game.players().get(i));
        }
        return game.wins(votes);
    }

    /** How aid outside the arrangement is treated, in words, for the report. */
    String outsideRule() {
        return outsideRule;
    }

    private static String outsideRule(Arrangement arrangement, Scenario scenario) {
        if (arrangement.parties().guarantors().isEmpty()) {
            return "no arrangement: each helper decides on its own (UN Charter Art. 51)";
        }
        if (arrangement.restrictions().outsideHelp().isBarred()) {
            return "barred by the arrangement (" + String.join(", ", arrangement.restrictions().outsideHelp().barred()
                    .stream().map(Labels::kebab).toList()) + "): aid outside it costs";
        }
        return scenario.outside().applies() == OutsideCost.Applies.ALWAYS
                ? "not barred, but the scenario makes aid outside a failed arrangement cost"
                : "not barred: aid outside it is as lawful as with no arrangement (UN Charter Art. 51)";
    }

    Path path() {
        return path;
    }

    List<String> helpers() {
        return helpers;
    }

    /** Every actor's draws for run {@code run}. */
    private Map<String, ActorDraws> draw(int run, long seed) {
        Map<String, ActorDraws> draws = new LinkedHashMap<>();
        for (String actor : drawn) {
            draws.put(actor, ActorDraws.draw(scenario.behaviour(actor), scenario.outside(),
                    Streams.of(seed, run, actor)));
        }
        if (!correlation.isIndependent()) {
            correlate(draws, Streams.of(seed, run, "*correlation"));
        }
        return draws;
    }

    /**
     * Makes the run's support decisions depend on one another (docs/method-simulation.md): with
     * the common-shock probability one shared uniform decides everyone's support; then each actor
     * but the leader, when its follow draw is below the follow probability, does what the leader did.
     */
    private void correlate(Map<String, ActorDraws> draws, SplittableRandom random) {
        double common = ActorDraws.clamp(correlation.common().sample(random));
        double follow = ActorDraws.clamp(correlation.follow().sample(random));
        boolean shock = random.nextDouble() < common;
        double shared = random.nextDouble();
        if (shock) {
            draws.replaceAll((actor, d) -> d.withSupportDraw(shared));
        }
        String leader = correlation.leader();
        if (leader != null && draws.containsKey(leader)) {
            double forced = draws.get(leader).supports() ? -1 : 2;
            draws.replaceAll((actor, d) -> !actor.equals(leader) && d.followDraw() < follow
                    ? d.withSupportDraw(forced) : d);
        }
    }

    /** Only the draws of run {@code run}, summed: the floor the simulation is benchmarked against. */
    double drawAll(int run, long seed) {
        double sum = 0;
        for (ActorDraws d : draw(run, seed).values()) {
            sum += d.supportDraw() + d.delivery();
        }
        return sum;
    }

    /** Plays run {@code run} of the crisis. */
    RunOutcome play(int run, long seed) {
        Map<String, ActorDraws> draws = draw(run, seed);
        List<double[]> aid = new ArrayList<>();
        String reason;
        boolean activated = false;
        switch (path) {
            case ALONE -> {
                reason = aloneReason;
                for (String helper : helpers) {
                    outside(helper, draws.get(helper), false, aid);
                }
            }
            case INDIVIDUAL -> {
                double start = decision.consultationDays() == null ? 0
                        : Math.min(slowestConsultation(draws, guarantors), decision.consultationDays());
                for (String helper : helpers) {
                    ActorDraws d = draws.get(helper);
                    if (guarantors.contains(helper) && d.supports()) {
                        activated = true;
                        aid.add(new double[] {start + d.decision() + d.delivery(), d.contribution()});
                    } else {
                        outside(helper, d, false, aid);
                    }
                }
                reason = activated ? "activated" : "no willing guarantor";
            }
            default -> {
                Set<String> voters = rule.voters();
                Set<String> yes = new LinkedHashSet<>();
                for (String voter : voters) {
                    if (side.contains(voter)) {
                        continue;
                    }
                    if (voter.equals(scenario.target()) || draws.get(voter).supports()) {
                        yes.add(voter);
                    }
                }
                double consulted = slowestConsultation(draws, consulting);
                if (decision.consultationDays() != null) {
                    consulted = Math.min(consulted, decision.consultationDays());
                }
                double decided = consulted;
                for (String voter : yes) {
                    ActorDraws d = draws.get(voter);
                    if (d != null) {
                        decided = Math.max(decided, consulted + d.decision());
                    }
                }
                boolean passes = passes(yes);
                boolean late = path == Path.COLLECTIVE && decision.decisionDays() != null
                        && decided > decision.decisionDays();
                if (passes && !late) {
                    activated = true;
                    reason = "activated";
                    for (String helper : helpers) {
                        ActorDraws d = draws.get(helper);
                        if (guarantors.contains(helper) && d.supports()) {
                            aid.add(new double[] {decided + d.delivery(), d.contribution()});
                        } else {
                            outside(helper, d, false, aid);
                        }
                    }
                } else {
                    double failed = late ? decision.decisionDays() : decided;
                    reason = late ? "deadline passed" : blocked(yes, voters);
                    boolean fallback = path == Path.COLLECTIVE && decision.onDeadlock() == DeadlockDefault.INDIVIDUAL_ACTION;
                    for (String helper : helpers) {
                        ActorDraws d = draws.get(helper);
                        boolean guarantor = guarantors.contains(helper);
                        if (guarantor && fallback && (d.supports() || d.aidsAlone())) {
                            aid.add(new double[] {Math.max(failed, d.decision()) + d.delivery(), d.contribution()});
                        } else {
                            outside(helper, d, guarantor, aid);
                        }
                    }
                }
            }
        }
        double threshold = scenario.decisiveThreshold() instanceof Distribution.Fixed fixed ? fixed.value()
                : scenario.decisiveThreshold().sample(Streams.of(seed, run, "*threshold"));
        return outcome(aid, activated, reason, threshold);
    }

    /**
     * Aid outside the arrangement by an actor the scenario lists, decided on its own from day 0
     * (its own decision runs alongside any collective one). It costs (the probability factor and
     * the extra delay) where the arrangement bars outside help, or, when the scenario says so,
     * for a guarantor whose arrangement failed ({@code afterFailure}); otherwise it is as lawful
     * as with no arrangement (UN Charter Art. 51).
     */
    private void outside(String actor, ActorDraws d, boolean afterFailure, List<double[]> aid) {
        if (!scenario.actors().containsKey(actor)) {
            return;
        }
        boolean costs = barred || afterFailure && scenario.outside().applies() == OutsideCost.Applies.ALWAYS;
        if (costs ? d.aidsOutside() : d.aidsAlone()) {
            aid.add(new double[] {(costs ? d.outsideDelay() : 0) + d.decision() + d.delivery(), d.contribution()});
        }
    }

    private static double slowestConsultation(Map<String, ActorDraws> draws, Set<String> actors) {
        double slowest = 0;
        for (String actor : actors) {
            ActorDraws d = draws.get(actor);
            if (d != null) {
                slowest = Math.max(slowest, d.consultation());
            }
        }
        return slowest;
    }

    /**
     * Why the vote failed: the aggressor's side when it blocks whatever the others vote (a veto
     * trap), else the aggressor's side or one other voter whose yes would have carried it, else no
     * majority.
     */
    private String blocked(Set<String> yes, Set<String> voters) {
        if (sideVeto != null) {
            return sideVeto;
        }
        if (sideTurnsIt(yes, voters)) {
            return "vetoed by " + String.join(", ", sideVoters);
        }
        for (String voter : voters) {
            if (yes.contains(voter) || side.contains(voter)) {
                continue;
            }
            Set<String> more = new LinkedHashSet<>(yes);
            more.add(voter);
            if (rule.passes(new Vote(more, Set.of(), dispute))) {
                return "vetoed by " + voter;
            }
        }
        return yes.isEmpty() ? "no willing guarantor" : "no majority";
    }

    /** Whether the aggressor's side voting yes would have carried the vote as cast. */
    private boolean sideTurnsIt(Set<String> yes, Set<String> voters) {
        Set<String> withSide = new LinkedHashSet<>(yes);
        withSide.addAll(side);
        withSide.retainAll(voters);
        return rule.passes(new Vote(withSide, Set.of(), dispute));
    }

    private RunOutcome outcome(List<double[]> aid, boolean activated, String reason, double threshold) {
        double horizon = scenario.horizonDays();
        double[][] events = aid.stream().filter(e -> e[0] <= horizon).toArray(double[][]::new);
        Arrays.sort(events, (a, b) -> Double.compare(a[0], b[0]));
        double first = events.length == 0 ? Double.POSITIVE_INFINITY : events[0][0];
        double decisive = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (double[] event : events) {
            sum += event[1];
            if (sum >= threshold - 1e-12) {
                decisive = event[0];
                break;
            }
        }
        return new RunOutcome(first, decisive, activated, reason);
    }
}
