package org.casus.model;

import java.util.List;

/**
 * The decision procedure: who decides that the obligation applies, by what rule and how fast.
 *
 * @param rule                        the decision rule of a collective procedure, or null
 * @param consultationDays            the consultation deadline in days, or null
 * @param decisionDays                the decision deadline in days, or null
 * @param onDeadlock                  what happens when no decision is reached
 * @param unilateralInterventionRight whether each guarantor reserves a right to act on its own,
 *                                    inside the protected state, when concerted action fails
 *                                    (Treaty of Guarantee 1960, Art. IV)
 * @param interventionPurpose         the sole aim the text allows that right, in its words, or null
 * @param decider                     for procedure {@code decider}: who decides; the rule is then
 *                                    derived, the unanimity of that one actor
 */
public record Decision(Procedure procedure, DecisionRule rule, Integer consultationDays, Integer decisionDays,
                       DeadlockDefault onDeadlock, boolean unilateralInterventionRight, String interventionPurpose,
                       Decider decider, Citation cite) {
    public Decision {
        if (decider != null) {
            rule = new DecisionRule.Unanimity(new ActorSet("decider", List.of(decider.actor())));
        }
        onDeadlock = onDeadlock == null ? DeadlockDefault.UNSPECIFIED : onDeadlock;
        cite = cite == null ? Citation.NONE : cite;
    }

    /** Whether activation is decided under a rule: by the guarantors together, or by one named decider. */
    public boolean isCollective() {
        return procedure == Procedure.COLLECTIVE || procedure == Procedure.DECIDER;
    }

    /** Whether activation is voted: a collective procedure whose rule the text gives. */
    public boolean isVoted() {
        return isCollective() && rule != null;
    }
}
