package org.casus.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;

/**
 * Weighted rules for guarantor sets too large to enumerate: a seeded local search (a hill climb
 * over integer weights and the quota, one unit at a time, from every k-of-n rule, plain and with
 * the parties abstaining), each step judged by the {@link Assessor} and kept when it is no worse
 * on total shortfall, then refusals to block, then power moved. Every activating rule visited
 * joins the pool the front is drawn from. Heuristic: it finds good weighted rules, not all of
 * them; the tests compare it with the exact search on six guarantors.
 */
final class WeightSearch {
    /** Rules judged per guarantor set. */
    static final int BUDGET = 120;

    private WeightSearch() {
    }

    static List<Assessment> search(List<String> guarantors, Assessor assessor, String id, long seed) {
        int n = guarantors.size();
        SplittableRandom random = new SplittableRandom(seed ^ guarantors.hashCode());
        List<Assessment> visited = new ArrayList<>();
        int starts = 2 * (n - 1);
        int steps = Math.max(1, BUDGET / starts - 1);
        for (int start = 0; start < starts; start++) {
            boolean abstaining = start % 2 == 1;
            int[] weights = new int[n];
            java.util.Arrays.fill(weights, 1);
            int quota = start / 2 + 1;
            Optional<Assessment> current = assess(guarantors, weights, quota, abstaining, assessor, id);
            current.ifPresent(visited::add);
            for (int step = 0; step < steps; step++) {
                int[] w = weights.clone();
                int q = quota;
                int move = random.nextInt(n + 1);
                int delta = random.nextBoolean() ? 1 : -1;
                if (move == n) {
                    q = Math.max(1, q + delta);
                } else {
                    w[move] = Math.max(0, Math.min(2 * n, w[move] + delta));
                }
                if (q > java.util.Arrays.stream(w).sum()) {
                    continue;
                }
                Optional<Assessment> next = assess(guarantors, w, q, abstaining, assessor, id);
                if (next.isEmpty()) {
                    continue;
                }
                visited.add(next.get());
                if (current.isEmpty() || score(next.get()) <= score(current.get())) {
                    weights = w;
                    quota = q;
                    current = next;
                }
            }
        }
        return visited;
    }

    private static Optional<Assessment> assess(List<String> guarantors, int[] w, int quota, boolean abstaining,
                                               Assessor assessor, String id) {
        Map<String, Long> weights = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < w.length; i++) {
            weights.put(guarantors.get(i), (long) w[i]);
            total += w[i];
        }
        if (total == 0) {
            return Optional.empty();
        }
        DecisionRule rule = abstaining
                ? new DecisionRule.PartiesAbstain(new DecisionRule.Weighted(weights, new Threshold.Fraction(quota, total, false)))
                : new DecisionRule.Weighted(weights, new Threshold.Count(quota));
        return assessor.assess(new Proposal(guarantors, rule, "weighted (local search)", 0), id);
    }

    /** Lower is better: shortfall first, then refusals to block, then power moved. */
    private static double score(Assessment a) {
        return a.totalShortfall() * 1e6 - a.margin() * 1e3 + a.powerDistance();
    }
}
