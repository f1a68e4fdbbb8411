package org.casus.games;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casus.model.DecisionRule;

/**
 * Builds simple games from decision rules and weight lists. An actor can be excluded (it does not
 * vote; fractions are taken of the others) or put against (it votes no, as the aggressor would);
 * either way it is not a player. A {@code parties-to-dispute-abstain} modifier removes the
 * parties to the dispute from the vote it wraps.
 */
public final class Games {
    /**
     * The largest total weight Casus accepts: coalitions' weights are summed in 64-bit integers,
     * and a total up to 2^62 keeps every such sum exact. Larger weights are refused with this
     * reason rather than wrapped.
     */
    public static final long MAX_TOTAL_WEIGHT = 1L << 62;

    private Games() {
    }

    /** The sum of {@code weights}, or an exception naming the limit when it exceeds {@link #MAX_TOTAL_WEIGHT}. */
    public static long totalWeight(long[] weights) {
        long total = 0;
        for (long w : weights) {
            try {
                total = Math.addExact(total, w);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(tooHeavy(), e);
            }
            if (total > MAX_TOTAL_WEIGHT) {
                throw new IllegalArgumentException(tooHeavy());
            }
        }
        return total;
    }

    /** Why weights beyond {@link #MAX_TOTAL_WEIGHT} are refused, in words. */
    public static String tooHeavy() {
        return "the weights sum to more than 2^62 (" + MAX_TOTAL_WEIGHT + "): Casus sums weights in 64-bit "
                + "integers and refuses larger totals rather than give a wrong answer; scale the weights down";
    }

    /**
     * The game played under {@code rule}.
     *
     * @param excluded       actors that do not vote at all
     * @param against        actors that vote no
     * @param disputeParties the parties to the dispute, whom abstention modifiers remove
     */
    public static Game fromRule(String name, DecisionRule rule, Set<String> excluded, Set<String> against,
                                Set<String> disputeParties) {
        List<String> players = rule.voters().stream()
                .filter(v -> !excluded.contains(v) && !against.contains(v)).toList();
        Compiler compiler = new Compiler(players, disputeParties);
        Condition condition = compiler.compile(rule, new HashSet<>(excluded));
        return new Game(name, players, condition, CountWeightForm.of(players.size(), condition));
    }

    /** A weighted majority game: a coalition wins when its weights reach {@code quota}. */
    public static Game weighted(String name, List<String> players, long[] weights, long quota) {
        long total = totalWeight(weights);
        Condition condition = quota > total ? new Condition.Constant(false)
                : quota <= 0 ? new Condition.Constant(true) : new Condition.Threshold(weights.clone(), quota);
        return new Game(name, players, condition, CountWeightForm.of(players.size(), condition));
    }

    /** Compiles rules over the players' indices. */
    private record Compiler(List<String> players, Set<String> disputeParties) {

        Condition compile(DecisionRule rule, Set<String> abstaining) {
            return switch (rule) {
                case DecisionRule.Unanimity u -> {
                    List<String> voting = u.of().codes().stream().filter(a -> !abstaining.contains(a)).toList();
                    yield threshold(indicator(voting), voting.size(), voting.size());
                }
                case DecisionRule.Quota q -> {
                    List<String> voting = q.of().codes().stream().filter(a -> !abstaining.contains(a)).toList();
                    yield threshold(indicator(voting), q.threshold().required(voting.size()), voting.size());
                }
                case DecisionRule.Weighted w -> {
                    long[] weights = new long[players.size()];
                    long entitled = 0;
                    for (Map.Entry<String, Long> e : w.weights().entrySet()) {
                        if (abstaining.contains(e.getKey())) {
                            continue;
                        }
                        entitled = Math.addExact(entitled, e.getValue());
                        int index = players.indexOf(e.getKey());
                        if (index >= 0) {
                            weights[index] = e.getValue();
                        }
                    }
                    yield threshold(weights, w.quota().required(entitled), entitled);
                }
                case DecisionRule.AllOf all -> combine(all.rules(), abstaining, true);
                case DecisionRule.AnyOf any -> combine(any.rules(), abstaining, false);
                case DecisionRule.PartiesAbstain p -> {
                    Set<String> more = new HashSet<>(abstaining);
                    more.addAll(disputeParties);
                    yield compile(p.rule(), more);
                }
            };
        }

        private Condition combine(List<DecisionRule> rules, Set<String> abstaining, boolean and) {
            List<Condition> parts = new ArrayList<>();
            for (DecisionRule rule : rules) {
                Condition part = compile(rule, abstaining);
                if (part instanceof Condition.Constant c) {
                    if (c.value() != and) {
                        return c;
                    }
                    continue;
                }
                parts.add(part);
            }
            if (parts.isEmpty()) {
                return new Condition.Constant(and);
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return and ? new Condition.And(parts) : new Condition.Or(parts);
        }

        /**
         * A threshold over the players, or a constant when no coalition can fail or win it. Nobody
         * entitled to vote ({@code entitled == 0}) means the leaf cannot pass, as in the model.
         */
        private Condition threshold(long[] weights, long required, long entitled) {
            long reachable = totalWeight(weights);
            if (entitled == 0) {
                return new Condition.Constant(false);
            }
            if (required <= 0) {
                return new Condition.Constant(true);
            }
            if (required > reachable) {
                return new Condition.Constant(false);
            }
            return new Condition.Threshold(weights, required);
        }

        private long[] indicator(List<String> members) {
            long[] weights = new long[players.size()];
            for (String member : members) {
                int index = players.indexOf(member);
                if (index >= 0) {
                    weights[index] = 1;
                }
            }
            return weights;
        }
    }
}
