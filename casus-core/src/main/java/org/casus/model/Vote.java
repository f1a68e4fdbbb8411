package org.casus.model;

import java.util.HashSet;
import java.util.Set;

/**
 * One vote on a decision rule: who votes yes, who does not vote at all, and who the parties to
 * the dispute are (the aggressor and the victims), whom an abstention modifier removes.
 * Everyone else with a vote votes no.
 */
public record Vote(Set<String> yes, Set<String> abstaining, Set<String> disputeParties) {
    public Vote {
        yes = Set.copyOf(yes);
        abstaining = Set.copyOf(abstaining);
        disputeParties = Set.copyOf(disputeParties);
    }

    /** The same vote with the parties to the dispute also abstaining. */
    public Vote withPartiesAbstaining() {
        Set<String> all = new HashSet<>(abstaining);
        all.addAll(disputeParties);
        return new Vote(yes, all, disputeParties);
    }
}
