package org.casus.activation;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.model.DecisionRule;

/**
 * A decision rule compiled for the kernel: one game per set of dispute parties (the abstention
 * modifiers depend on it), each voted on a boolean vector instead of sets of names. Compiling
 * costs a few microseconds; a vote then costs tens of nanoseconds, which is what lets a design
 * search put millions of (rule, aggressor) pairs to the kernel. The compiled game answers as
 * {@link DecisionRule#passes} does on every vote ({@code RuleMeaningPropertiesTest}). Safe for
 * use by several threads.
 */
final class CompiledRule {
    private final DecisionRule rule;
    private final List<String> voters;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Set<String>, Game> byDispute = new ConcurrentHashMap<>();

    CompiledRule(DecisionRule rule) {
        this.rule = rule;
        this.voters = List.copyOf(rule.voters());
        for (int i = 0; i < voters.size(); i++) {
            index.put(voters.get(i), i);
        }
    }

    DecisionRule rule() {
        return rule;
    }

    List<String> voters() {
        return voters;
    }

    boolean votes(String actor) {
        return index.containsKey(actor);
    }

    /**
     * Whether the rule passes with {@code no} voting no, every other voter yes, in a dispute
     * between {@code dispute} (an unmodifiable set, kept as a key).
     */
    boolean passesWithout(Collection<String> no, Set<String> dispute) {
        Game game = byDispute.computeIfAbsent(dispute,
                d -> Games.fromRule("rule", rule, Set.of(), Set.of(), d));
        boolean[] yes = new boolean[voters.size()];
        Arrays.fill(yes, true);
        for (String actor : no) {
            Integer i = index.get(actor);
            if (i != null) {
                yes[i] = false;
            }
        }
        return game.wins(yes);
    }
}
