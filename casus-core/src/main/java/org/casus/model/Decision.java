package org.casus.model;

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
 */
public record Decision(Procedure procedure, DecisionRule rule, Integer consultationDays, Integer decisionDays,
                       DeadlockDefault onDeadlock, boolean unilateralInterventionRight, Citation cite) {
    public Decision {
        onDeadlock = onDeadlock == null ? DeadlockDefault.UNSPECIFIED : onDeadlock;
        cite = cite == null ? Citation.NONE : cite;
    }

    public boolean isCollective() {
        return procedure == Procedure.COLLECTIVE;
    }
}
