package org.casus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decision rule: when does a vote among the actors activate a collective decision. Each variant
 * is a simple game over its voters, and rules nest ({@code all-of}, {@code any-of}) to form
 * composite games such as the UN Security Council's five vetoes and nine of fifteen.
 *
 * <p>A leaf (unanimity, quota, weighted vote) under which nobody is left entitled to vote (every
 * voter abstains, or the entitled hold no weight) does not pass: a decision needs someone to take
 * it. The compiled game ({@code org.casus.games.Games}) gives the same answer on every vote.
 */
public sealed interface DecisionRule {

    /** Whether the rule is met by this vote. */
    boolean passes(Vote vote);

    /** Every actor that has a vote somewhere in the rule, in order of first mention. */
    Set<String> voters();

    /** A one-line reading of the rule for people. */
    String describe();

    /** Every actor of {@code of} that votes must vote yes (and at least one must vote). */
    record Unanimity(ActorSet of) implements DecisionRule {
        @Override
        public boolean passes(Vote vote) {
            List<String> voting = of.codes().stream().filter(a -> !vote.abstaining().contains(a)).toList();
            return !voting.isEmpty() && vote.yes().containsAll(voting);
        }

        @Override
        public Set<String> voters() {
            return new LinkedHashSet<>(of.codes());
        }

        @Override
        public String describe() {
            return "unanimity of " + of.describe();
        }
    }

    /** At least {@code threshold} of the actors of {@code of} that vote must vote yes. */
    record Quota(ActorSet of, Threshold threshold) implements DecisionRule {
        @Override
        public boolean passes(Vote vote) {
            List<String> voting = of.codes().stream().filter(a -> !vote.abstaining().contains(a)).toList();
            long yes = voting.stream().filter(vote.yes()::contains).count();
            return !voting.isEmpty() && yes >= threshold.required(voting.size());
        }

        @Override
        public Set<String> voters() {
            return new LinkedHashSet<>(of.codes());
        }

        @Override
        public String describe() {
            return threshold.describe() + " of " + of.describe();
        }
    }

    /**
     * The weights of those voting yes must reach {@code quota}; a fraction quota is taken of the
     * total weight of those entitled to vote.
     */
    record Weighted(Map<String, Long> weights, Threshold quota) implements DecisionRule {
        public Weighted {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        }

        @Override
        public boolean passes(Vote vote) {
            long total = 0;
            long yes = 0;
            for (Map.Entry<String, Long> entry : weights.entrySet()) {
                if (vote.abstaining().contains(entry.getKey())) {
                    continue;
                }
                total = Math.addExact(total, entry.getValue());
                if (vote.yes().contains(entry.getKey())) {
                    yes = Math.addExact(yes, entry.getValue());
                }
            }
            return total > 0 && yes >= quota.required(total);
        }

        @Override
        public Set<String> voters() {
            return new LinkedHashSet<>(weights.keySet());
        }

        @Override
        public String describe() {
            return "weighted vote of " + weights + " reaching " + quota.describe();
        }
    }

    /** Every one of the rules must be met (an intersection of games). */
    record AllOf(List<DecisionRule> rules) implements DecisionRule {
        public AllOf {
            rules = List.copyOf(rules);
        }

        @Override
        public boolean passes(Vote vote) {
            return rules.stream().allMatch(rule -> rule.passes(vote));
        }

        @Override
        public Set<String> voters() {
            return union(rules);
        }

        @Override
        public String describe() {
            return "all of [" + String.join("; ", rules.stream().map(DecisionRule::describe).toList()) + "]";
        }
    }

    /** At least one of the rules must be met (a union of games). */
    record AnyOf(List<DecisionRule> rules) implements DecisionRule {
        public AnyOf {
            rules = List.copyOf(rules);
        }

        @Override
        public boolean passes(Vote vote) {
            return rules.stream().anyMatch(rule -> rule.passes(vote));
        }

        @Override
        public Set<String> voters() {
            return union(rules);
        }

        @Override
        public String describe() {
            return "any of [" + String.join("; ", rules.stream().map(DecisionRule::describe).toList()) + "]";
        }
    }

    /**
     * The parties to the dispute (aggressor and victims) do not vote on {@code rule}, as a party
     * to a dispute abstains under UN Charter Art. 27(3) in decisions under Chapter VI.
     */
    record PartiesAbstain(DecisionRule rule) implements DecisionRule {
        @Override
        public boolean passes(Vote vote) {
            return rule.passes(vote.withPartiesAbstaining());
        }

        @Override
        public Set<String> voters() {
            return rule.voters();
        }

        @Override
        public String describe() {
            return rule.describe() + ", parties to the dispute abstaining";
        }
    }

    private static Set<String> union(List<DecisionRule> rules) {
        Set<String> voters = new LinkedHashSet<>();
        rules.forEach(rule -> voters.addAll(rule.voters()));
        return voters;
    }
}
