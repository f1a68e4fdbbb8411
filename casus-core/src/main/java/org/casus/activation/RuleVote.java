package org.casus.activation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.games.Game;
import org.casus.games.Games;
import org.casus.model.DecisionRule;

/**
 * A decision rule voted in a crisis: the aggressor's side votes no, every other voter yes, and the
 * abstention modifiers remove the parties to the dispute. A pure function of the rule and the
 * crisis, voted on the rule's compiled game ({@link CompiledRule}).
 *
 * @param against     the voters on the aggressor's side, who vote no
 * @param passes      whether the rule passes with everyone but the side voting yes
 * @param passesAtAll whether it would pass with the side voting yes too; false when no vote in
 *                    this dispute can pass it (nobody left entitled to vote, a quota above the
 *                    voters), whoever blocks
 * @param blockers    when it passes at all but not against the side: the aggressor alone if its
 *                    own no suffices, else the side's voters; empty otherwise
 */
public record RuleVote(DecisionRule rule, List<String> against, List<String> disputeParties, boolean passes,
                       boolean passesAtAll, List<String> blockers) {
    public RuleVote {
        against = List.copyOf(against);
        disputeParties = List.copyOf(disputeParties);
        blockers = List.copyOf(blockers);
    }

    public static RuleVote of(DecisionRule rule, Crisis crisis) {
        return of(new CompiledRule(rule), crisis);
    }

    static RuleVote of(CompiledRule compiled, Crisis crisis) {
        List<String> against = crisis.side().stream().filter(compiled::votes).toList();
        Set<String> dispute = crisis.disputeParties();
        if (compiled.passesWithout(against, dispute)) {
            return new RuleVote(compiled.rule(), against, crisis.disputeList(), true, true, List.of());
        }
        boolean atAll = compiled.passesWithout(List.of(), dispute);
        List<String> blockers = !atAll ? List.of()
                : compiled.votes(crisis.aggressor()) && !compiled.passesWithout(List.of(crisis.aggressor()), dispute)
                        ? List.of(crisis.aggressor()) : against;
        return new RuleVote(compiled.rule(), against, crisis.disputeList(), false, atAll, blockers);
    }

    /** The simple game left to the voters not on the aggressor's side (the side votes no). */
    public Game game() {
        return Games.fromRule(rule.describe(), rule, Set.of(), new LinkedHashSet<>(against),
                new LinkedHashSet<>(disputeParties));
    }

    /** The voters without whose yes the rule fails, when it passes: the veto players of {@link #game()}. */
    public List<String> indispensable() {
        if (!passes) {
            return List.of();
        }
        Game game = game();
        List<String> indispensable = new ArrayList<>();
        boolean[] yes = new boolean[game.size()];
        Arrays.fill(yes, true);
        for (int i = 0; i < yes.length; i++) {
            yes[i] = false;
            if (!game.wins(yes)) {
                indispensable.add(game.players().get(i));
            }
            yes[i] = true;
        }
        return indispensable;
    }

    private static boolean abstains(DecisionRule rule) {
        return switch (rule) {
            case DecisionRule.PartiesAbstain ignored -> true;
            case DecisionRule.AllOf all -> all.rules().stream().anyMatch(RuleVote::abstains);
            case DecisionRule.AnyOf any -> any.rules().stream().anyMatch(RuleVote::abstains);
            default -> false;
        };
    }

    /** Why the vote fails, in words, or null when it passes. */
    public String failure() {
        if (passes) {
            return null;
        }
        if (!passesAtAll) {
            return "no vote can pass it in this dispute, not even every voter in favour"
                    + (abstains(rule) ? " (the parties to the dispute, " + String.join(", ", disputeParties)
                            + ", do not vote, and too few are left entitled to vote)" : "");
        }
        return "vetoed by " + String.join(", ", blockers);
    }
}
