package org.casus.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.casus.model.ActorSet;
import org.casus.model.DecisionRule;
import org.casus.model.Threshold;

/** Random decision rules over a pool of actors, for property tests. */
public final class RandomRules {
    private RandomRules() {
    }

    /** Players {@code P0} to {@code P(n-1)}, for random games. */
    public static List<String> pool(int n) {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add("P" + i);
        }
        return pool;
    }

    public static DecisionRule rule(Random random, List<String> pool, int depth) {
        int kind = random.nextInt(depth <= 0 ? 3 : 6);
        return switch (kind) {
            case 0 -> new DecisionRule.Unanimity(subset(random, pool));
            case 1 -> {
                ActorSet of = subset(random, pool);
                Threshold threshold = random.nextBoolean() ? new Threshold.Count(1 + random.nextInt(of.size()))
                        : new Threshold.Fraction(1 + random.nextInt(4), 4, random.nextBoolean() && random.nextBoolean());
                yield new DecisionRule.Quota(of, threshold);
            }
            case 2 -> {
                Map<String, Long> weights = new LinkedHashMap<>();
                for (String actor : subset(random, pool).codes()) {
                    weights.put(actor, (long) random.nextInt(10));
                }
                long total = weights.values().stream().mapToLong(Long::longValue).sum();
                yield new DecisionRule.Weighted(weights, new Threshold.Count(1 + random.nextInt((int) Math.max(1, total))));
            }
            case 3 -> new DecisionRule.AllOf(children(random, pool, depth));
            case 4 -> new DecisionRule.AnyOf(children(random, pool, depth));
            default -> new DecisionRule.PartiesAbstain(rule(random, pool, depth - 1));
        };
    }

    private static List<DecisionRule> children(Random random, List<String> pool, int depth) {
        List<DecisionRule> rules = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            rules.add(rule(random, pool, depth - 1));
        }
        return rules;
    }

    /** A non-empty random subset of the pool, in pool order. */
    public static ActorSet subset(Random random, List<String> pool) {
        List<String> chosen = new ArrayList<>();
        for (String actor : pool) {
            if (random.nextInt(3) > 0) {
                chosen.add(actor);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return ActorSet.of(chosen);
    }

    /**
     * A random rule that depends only on the number of yes votes and their weight under one weight
     * vector: a weighted vote and counts over every player, joined by all-of and any-of.
     */
    public static DecisionRule countWeightRule(Random random, List<String> pool) {
        Map<String, Long> weights = new LinkedHashMap<>();
        long total = 0;
        for (String actor : pool) {
            long w = random.nextInt(12);
            weights.put(actor, w);
            total += w;
        }
        DecisionRule weighted = new DecisionRule.Weighted(weights,
                new Threshold.Count(1 + (total == 0 ? 0 : random.nextLong(total))));
        DecisionRule count = new DecisionRule.Quota(ActorSet.of(pool), new Threshold.Count(1 + random.nextInt(pool.size())));
        DecisionRule other = new DecisionRule.Quota(ActorSet.of(pool), new Threshold.Fraction(1 + random.nextInt(4), 4, false));
        return switch (random.nextInt(4)) {
            case 0 -> new DecisionRule.AllOf(List.of(weighted, count));
            case 1 -> new DecisionRule.AnyOf(List.of(weighted, count));
            case 2 -> new DecisionRule.AnyOf(List.of(new DecisionRule.AllOf(List.of(weighted, other)), count));
            default -> new DecisionRule.AllOf(List.of(new DecisionRule.AnyOf(List.of(weighted, other)), count));
        };
    }
}
