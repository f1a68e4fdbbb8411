package org.casus.robustness;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.DecisionRule;
import org.casus.model.Vote;

/**
 * Whether a decision rule can activate against a given aggressor: the aggressor and its declared
 * allies vote no, every other voter yes, and the abstention modifiers remove the parties to the
 * dispute (the aggressor and the victims). A pure function of the rule and the crisis.
 */
public final class Activation {
    private Activation() {
    }

    /**
     * The outcome for one aggressor.
     *
     * @param activates whether the rule passes with everyone but the aggressor's side voting yes
     * @param blockers  when it does not: the aggressor alone if its own vote suffices to block,
     *                  else the aggressor with those of its allies that vote
     */
    public record Outcome(String aggressor, boolean activates, List<String> blockers) {
        public Outcome {
            blockers = List.copyOf(blockers);
        }
    }

    /** Evaluates {@code rule} against {@code aggressor}, its {@code allies}, attacking {@code victims}. */
    public static Outcome against(DecisionRule rule, String aggressor, Set<String> allies, Set<String> victims) {
        Set<String> side = new LinkedHashSet<>();
        side.add(aggressor);
        side.addAll(allies);
        side.removeAll(victims);
        Set<String> dispute = new LinkedHashSet<>(victims);
        dispute.add(aggressor);
        if (passesWithout(rule, side, dispute)) {
            return new Outcome(aggressor, true, List.of());
        }
        if (!passesWithout(rule, Set.of(aggressor), dispute)) {
            return new Outcome(aggressor, false, List.of(aggressor));
        }
        return new Outcome(aggressor, false, side.stream().filter(rule.voters()::contains).toList());
    }

    private static boolean passesWithout(DecisionRule rule, Set<String> against, Set<String> dispute) {
        Set<String> yes = new LinkedHashSet<>(rule.voters());
        yes.removeAll(against);
        return rule.passes(new Vote(yes, Set.of(), dispute));
    }
}
