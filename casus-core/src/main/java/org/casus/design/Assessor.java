package org.casus.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casus.activation.ActivationKernel;
import org.casus.activation.Crisis;
import org.casus.activation.PotentialAggressors;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.games.PowerAnalysis;
import org.casus.games.PowerIndex;
import org.casus.games.PowerValue;
import org.casus.model.Arrangement;
import org.casus.model.DecisionRule;
import org.casus.model.Library;
import org.casus.model.Threshold;
import org.casus.model.TriggerEvent;

/**
 * Judges proposals with the activation kernel, the one answer to "can it activate?": a proposal
 * passes when it activates against every aggressor; then the refusals that block it are found
 * by trying ever larger sets of the guarantors free to act (exact up to {@link #MAX_TRIALS} kernel
 * calls per aggressor, a lower bound beyond), the standings by putting each actor on the
 * aggressor's side, and the power by the power engine.
 */
final class Assessor {
    /** Kernel calls allowed per aggressor when counting the refusals that block. */
    static final int MAX_TRIALS = 4096;

    private final DesignRequest request;
    private final Library library;
    private final TriggerEvent event;
    private final Map<String, Double> basePower;
    private final Map<DecisionRule, Map<String, Double>> powerByRule = new ConcurrentHashMap<>();

    Assessor(DesignRequest request, Library library) {
        this.request = request;
        this.library = library;
        this.event = Crisis.checkedEvent(request.base());
        this.basePower = power(request.base());
    }

    /** The aggressors a proposal must hold against: those asked for, else the base's potential aggressors and each guarantor. */
    List<String> aggressors(Arrangement proposal) {
        if (!request.aggressors().isEmpty()) {
            return request.aggressors();
        }
        Set<String> all = new LinkedHashSet<>(PotentialAggressors.of(request.base(), library.actors()));
        all.addAll(proposal.parties().guarantors());
        return List.copyOf(all);
    }

    /** The proposal judged, or empty when it fails to activate against some aggressor or breaks a power floor. */
    Optional<Assessment> assess(Proposal proposal, String id) {
        Arrangement arrangement = proposal.applyTo(request.base(), id);
        ActivationKernel.Prepared prepared = ActivationKernel.prepare(arrangement, library);
        List<Crisis> crises = crises(arrangement);
        if (!crises.stream().allMatch(c -> activates(prepared, c, List.of()))) {
            return Optional.empty();
        }
        Map<String, Double> power = powerByRule.computeIfAbsent(neutral(proposal.rule()), r -> power(arrangement));
        for (Map.Entry<String, Double> floor : request.minPower().entrySet()) {
            if (power.getOrDefault(floor.getKey(), 0.0) < floor.getValue() - 1e-12) {
                return Optional.empty();
            }
        }
        Map<String, Integer> margins = new LinkedHashMap<>();
        Map<String, Integer> free = new LinkedHashMap<>();
        for (Crisis crisis : crises) {
            List<String> freeToAct = crisis.free(arrangement.parties().guarantors());
            margins.put(crisis.aggressor(), margin(prepared, crisis, freeToAct));
            free.put(crisis.aggressor(), freeToAct.size());
        }
        Map<String, Standing> standings = standings(arrangement, prepared, crises, power);
        Map<String, Integer> shortfalls = new LinkedHashMap<>();
        for (RedLine line : request.redLines()) {
            shortfalls.merge(line.side(), line.shortfall(standings.get(line.actor())), Integer::sum);
        }
        return Optional.of(new Assessment(proposal, arrangement, margins, free, standings, shortfalls, power,
                distance(power, basePower)));
    }

    /** Each guarantor's and red-line actor's standing in {@code arrangement}. */
    Map<String, Standing> standings(Arrangement arrangement) {
        return standings(arrangement, ActivationKernel.prepare(arrangement, library), crises(arrangement),
                power(arrangement));
    }

    private Map<String, Standing> standings(Arrangement arrangement, ActivationKernel.Prepared prepared,
                                            List<Crisis> crises, Map<String, Double> power) {
        Set<String> actors = new LinkedHashSet<>(arrangement.parties().guarantors());
        request.redLines().forEach(line -> actors.add(line.actor()));
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (String actor : actors) {
            standings.put(actor, standing(arrangement, prepared, crises, power, actor));
        }
        return standings;
    }

    private static Standing standing(Arrangement arrangement, ActivationKernel.Prepared prepared, List<Crisis> crises,
                                     Map<String, Double> power, String actor) {
        if (!arrangement.parties().guarantors().contains(actor)) {
            return Standing.NO_VOTE;
        }
        List<String> alone = List.of(actor);
        // where it is the state attacked, its refusal to be helped is no veto: those crises do not count
        List<Crisis> notAttacked = crises.stream().filter(c -> !actor.equals(c.target())).toList();
        if (!notAttacked.isEmpty() && notAttacked.stream().noneMatch(c -> activates(prepared, c, alone))) {
            return Standing.VETO;
        }
        List<Crisis> notParty = notAttacked.stream().filter(c -> !c.side().contains(actor)).toList();
        if (!notParty.isEmpty() && notParty.stream().noneMatch(c -> activates(prepared, c, alone))) {
            return Standing.VETO_UNLESS_PARTY;
        }
        return power.getOrDefault(actor, 0.0) > 0 ? Standing.VOTE : Standing.NO_VOTE;
    }

    private List<Crisis> crises(Arrangement arrangement) {
        List<Crisis> crises = new ArrayList<>();
        for (String aggressor : aggressors(arrangement)) {
            Crisis crisis = Crisis.against(arrangement, aggressor, event);
            if (crisis.target() != null) {
                crises.add(crisis);
            }
        }
        return crises;
    }

    private static boolean activates(ActivationKernel.Prepared prepared, Crisis crisis, List<String> refusing) {
        return prepared.decide(refusing.isEmpty() ? crisis : crisis.withSide(refusing)).activates();
    }

    /** The fewest of {@code free} whose refusal blocks activation, trying sets in order of size. */
    private static int margin(ActivationKernel.Prepared prepared, Crisis crisis, List<String> free) {
        int trials = 0;
        for (int size = 1; size <= free.size(); size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) {
                pick[i] = i;
            }
            while (true) {
                if (++trials > MAX_TRIALS) {
                    return size;
                }
                List<String> refusing = new ArrayList<>(size);
                for (int i : pick) {
                    refusing.add(free.get(i));
                }
                if (!activates(prepared, crisis, refusing)) {
                    return size;
                }
                if (!next(pick, free.size())) {
                    break;
                }
            }
        }
        return free.size() + 1;
    }

    /** The next combination of {@code pick.length} of {@code n} in lexicographic order. */
    private static boolean next(int[] pick, int n) {
        int k = pick.length;
        for (int i = k - 1; i >= 0; i--) {
            if (pick[i] < n - k + i) {
                pick[i]++;
                for (int j = i + 1; j < k; j++) {
                    pick[j] = pick[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
    }

    /** The rule as voted when nobody is a party to the dispute: abstention modifiers removed. */
    private static DecisionRule neutral(DecisionRule rule) {
        return switch (rule) {
            case DecisionRule.PartiesAbstain abstain -> neutral(abstain.rule());
            case DecisionRule.Weighted w -> new DecisionRule.Weighted(w.weights(), new Threshold.Count(
                    w.quota().required(w.weights().values().stream().mapToLong(Long::longValue).sum())));
            default -> rule;
        };
    }

    /** Shapley-Shubik shares under the voted rule, nobody a party; empty for a path without a vote. */
    static Map<String, Double> power(Arrangement arrangement) {
        if (!arrangement.decision().isVoted()) {
            return Map.of();
        }
        Game game = Games.fromRule("design", arrangement.decision().rule(), Set.of(), Set.of(), Set.of());
        List<PowerValue> values = PowerAnalysis.analyse(game, Optional.empty(), Set.of(PowerIndex.SHAPLEY_SHUBIK),
                100_000, 1L).result().values().get(PowerIndex.SHAPLEY_SHUBIK);
        Map<String, Double> power = new LinkedHashMap<>();
        for (int i = 0; i < game.size(); i++) {
            power.put(game.players().get(i), values.get(i).doubleValue());
        }
        return power;
    }

    /** Half the sum of absolute differences; 0 when the base has no vote to compare with. */
    private static double distance(Map<String, Double> a, Map<String, Double> b) {
        if (b.isEmpty()) {
            return 0;
        }
        Set<String> players = new LinkedHashSet<>(a.keySet());
        players.addAll(b.keySet());
        double sum = 0;
        for (String p : players) {
            sum += Math.abs(a.getOrDefault(p, 0.0) - b.getOrDefault(p, 0.0));
        }
        return sum / 2;
    }
}
