package org.casus.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casus.games.WeightedGames;
import org.casus.model.ActorSet;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;

/**
 * The design space of one search: guarantor sets (the base's, less those excluded, with the
 * required added, and up to {@code maxAdded} candidates more) and, for each set, the rules:
 * unanimity; k of n for every k; both again with the parties to the dispute abstaining; veto
 * holders drawn from the required guarantors with k of n, parties abstaining (the Security
 * Council's shape); every weighted game, exactly, when the set has at most
 * {@link WeightedGames#MAX_PLAYERS} members, plain and with the parties abstaining; and, when
 * asked, unanimity with a deadlock fallback to individual action.
 */
final class Candidates {
    private Candidates() {
    }

    static List<List<String>> guarantorSets(DesignRequest request) {
        Set<String> core = new LinkedHashSet<>(request.base().parties().guarantors());
        core.removeAll(request.excluded());
        core.addAll(request.required());
        List<String> extra = request.candidates().stream()
                .filter(c -> !core.contains(c) && !request.excluded().contains(c)).distinct().toList();
        List<List<String>> sets = new ArrayList<>();
        for (int mask = 0; mask < 1 << extra.size(); mask++) {
            if (Integer.bitCount(mask) > request.maxAdded()) {
                continue;
            }
            List<String> set = new ArrayList<>(core);
            for (int i = 0; i < extra.size(); i++) {
                if ((mask >>> i & 1) != 0) {
                    set.add(extra.get(i));
                }
            }
            if (!set.isEmpty()) {
                sets.add(List.copyOf(set));
            }
        }
        return sets;
    }

    static List<Proposal> rules(List<String> guarantors, DesignRequest request) {
        ActorSet all = new ActorSet("guarantors", guarantors);
        int n = guarantors.size();
        List<Proposal> proposals = new ArrayList<>();
        DecisionRule unanimity = new DecisionRule.Unanimity(all);
        proposals.add(new Proposal(guarantors, unanimity, "unanimity", 0));
        proposals.add(new Proposal(guarantors, new DecisionRule.PartiesAbstain(unanimity), "unanimity", 0));
        for (int k = 1; k < n; k++) {
            DecisionRule quota = new DecisionRule.Quota(all, new Threshold.Count(k));
            proposals.add(new Proposal(guarantors, quota, "k of n", 0));
            proposals.add(new Proposal(guarantors, new DecisionRule.PartiesAbstain(quota), "k of n", 0));
        }
        List<String> holders = request.required().stream().filter(guarantors::contains).toList();
        for (int mask = 1; mask < 1 << holders.size(); mask++) {
            List<String> vetoes = new ArrayList<>();
            for (int i = 0; i < holders.size(); i++) {
                if ((mask >>> i & 1) != 0) {
                    vetoes.add(holders.get(i));
                }
            }
            for (int k = vetoes.size() + 1; k < n; k++) {
                DecisionRule rule = new DecisionRule.AllOf(List.of(new DecisionRule.Unanimity(ActorSet.of(vetoes)),
                        new DecisionRule.Quota(all, new Threshold.Count(k))));
                proposals.add(new Proposal(guarantors, new DecisionRule.PartiesAbstain(rule), "veto holders and k of n", 0));
            }
        }
        if (n <= WeightedGames.MAX_PLAYERS) {
            int[] role = roles(guarantors, request);
            for (WeightedGames.WeightedGame game : WeightedGames.proper(n)) {
                if (!symmetric(game.weights()) && canonical(game.weights(), role)) {
                    proposals.add(new Proposal(guarantors, weighted(guarantors, game, false), "weighted", 0));
                    proposals.add(new Proposal(guarantors, weighted(guarantors, game, true), "weighted", 0));
                }
            }
        }
        if (request.fallbackDays() > 0) {
            proposals.add(new Proposal(guarantors, unanimity, "unanimity with fallback", request.fallbackDays()));
        }
        return proposals;
    }

    /**
     * The weighted rule of {@code game}; with the parties abstaining, the quota is the same share of
     * the weight of those who vote.
     */
    private static DecisionRule weighted(List<String> guarantors, WeightedGames.WeightedGame game, boolean abstaining) {
        Map<String, Long> weights = new LinkedHashMap<>();
        int[] w = game.weights();
        for (int i = 0; i < w.length; i++) {
            weights.put(guarantors.get(i), (long) w[i]);
        }
        if (!abstaining) {
            return new DecisionRule.Weighted(weights, new Threshold.Count(game.quota()));
        }
        return new DecisionRule.PartiesAbstain(new DecisionRule.Weighted(weights,
                new Threshold.Fraction(game.quota(), game.totalWeight(), false)));
    }

    /**
     * Which guarantors are interchangeable: those with no role of their own (not required, not
     * named by a red line, a power floor, an alignment, a threat or the aggressors asked for) and
     * equal in the base (both its guarantors or both candidates) share class -1; every other
     * guarantor is its own class. Relabelling interchangeable guarantors changes no objective, so
     * one weighting per relabelling class is judged.
     */
    private static int[] roles(List<String> guarantors, DesignRequest request) {
        Set<String> distinct = new LinkedHashSet<>(request.required());
        request.redLines().forEach(line -> {
            distinct.add(line.side());
            distinct.add(line.actor());
        });
        distinct.addAll(request.minPower().keySet());
        distinct.addAll(request.aggressors());
        distinct.addAll(request.base().parties().threats());
        request.base().parties().alignments().forEach(a -> distinct.addAll(a.actors()));
        int[] role = new int[guarantors.size()];
        for (int i = 0; i < role.length; i++) {
            String g = guarantors.get(i);
            role[i] = distinct.contains(g) ? i : request.base().parties().guarantors().contains(g) ? -1 : -2;
        }
        return role;
    }

    /** Within each class of interchangeable guarantors, weights do not increase. */
    private static boolean canonical(int[] weights, int[] role) {
        for (int i = 0; i < weights.length; i++) {
            for (int j = i + 1; j < weights.length; j++) {
                if (role[i] < 0 && role[i] == role[j] && weights[j] > weights[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Equal non-zero weights: a k-of-n rule, already in the space. */
    private static boolean symmetric(int[] weights) {
        for (int w : weights) {
            if (w != weights[0] || w == 0) {
                return false;
            }
        }
        return true;
    }
}
