package org.casus.model;

import java.util.List;

/**
 * One promise made by a group of guarantors.
 *
 * @param who          the guarantors bound
 * @param type         what they promise
 * @param atop         the ATOP code it corresponds to, or null where none applies
 * @param text         a short paraphrase of the clause
 * @param means        the means named by the text (armed-force, weapons, no-fly-zone, ...); empty
 *                     when the text leaves them open
 * @param force        whether armed force is required
 * @param deadlineDays days within which the obligation must be met, or null
 * @param body         for {@code seek-action}: the id of the council whose action is sought
 */
public record Obligation(ActorSet who, ObligationType type, AtopCode atop, String text, List<String> means,
                         ForceCommitment force, Integer deadlineDays, String body, Citation cite) {
    public Obligation {
        means = means == null ? List.of() : List.copyOf(means);
        force = force == null ? ForceCommitment.UNSPECIFIED : force;
        cite = cite == null ? Citation.NONE : cite;
    }

    /** True for obligations that bring help to the protected state itself, not only talk about it. */
    public boolean isDirectHelp() {
        return type == ObligationType.ASSIST || type == ObligationType.MILITARY_AID
                || type == ObligationType.USE_OF_FORCE;
    }
}
