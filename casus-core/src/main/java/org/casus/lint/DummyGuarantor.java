package org.casus.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.Arrangement;
import org.casus.model.Decision;
import org.casus.model.DecisionRule;
import org.casus.model.Library;
import org.casus.model.Vote;

/**
 * {@code dummy-guarantor}: a guarantor whose vote never changes the outcome of the collective
 * decision: it has no vote, or no coalition wins with it and loses without it. Found by
 * enumerating the coalitions of voters, O(2^n n), up to {@value #MAX_VOTERS} voters.
 */
final class DummyGuarantor implements Check {
    static final int MAX_VOTERS = 20;

    @Override
    public String id() {
        return "dummy-guarantor";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Decision decision = arrangement.decision();
        if (!decision.isCollective() || decision.rule() == null) {
            return List.of();
        }
        DecisionRule rule = decision.rule();
        List<String> voters = List.copyOf(rule.voters());
        List<Finding> findings = new ArrayList<>();
        if (voters.size() > MAX_VOTERS) {
            return findings;
        }
        Set<String> swingers = swingers(rule, voters);
        for (String guarantor : arrangement.parties().guarantors()) {
            if (swingers.contains(guarantor)) {
                continue;
            }
            String name = Names.of(library, guarantor);
            String why = voters.contains(guarantor) ? "its vote never turns a losing coalition into a winning one"
                    : "it has no vote in the decision rule";
            findings.add(new Finding(id(), Severity.MINOR, "decision.rule", List.of(guarantor),
                    name + " is a guarantor that can never change the collective decision: " + why + ".",
                    "What role does " + name + " have in deciding that the guarantee applies?",
                    decision.cite().sources()));
        }
        return findings;
    }

    /** The voters that are pivotal in at least one coalition. */
    private static Set<String> swingers(DecisionRule rule, List<String> voters) {
        int n = voters.size();
        boolean[] wins = new boolean[1 << n];
        for (int mask = 0; mask < wins.length; mask++) {
            Set<String> yes = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    yes.add(voters.get(i));
                }
            }
            wins[mask] = rule.passes(new Vote(yes, Set.of(), Set.of()));
        }
        Set<String> swingers = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            for (int mask = 0; mask < wins.length; mask++) {
                if ((mask & bit) != 0 && wins[mask] && !wins[mask ^ bit]) {
                    swingers.add(voters.get(i));
                    break;
                }
            }
        }
        return swingers;
    }
}
