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
 * @param events       the events this obligation answers; empty means every event of the trigger
 *                     (NATO Art. 4 answers threats, Art. 5 armed attacks)
 * @param purpose      the purpose the text limits it to, in its words, or null
 */
public record Obligation(ActorSet who, ObligationType type, AtopCode atop, String text, List<String> means,
                         ForceCommitment force, Integer deadlineDays, String body, List<TriggerEvent> events,
                         String purpose, Citation cite) {
    public Obligation {
        events = events == null ? List.of() : List.copyOf(events);
        means = means == null ? List.of() : List.copyOf(means);
        force = force == null ? ForceCommitment.UNSPECIFIED : force;
        cite = cite == null ? Citation.NONE : cite;
    }

    /** Whether it applies to a crisis of kind {@code event}: it names no events of its own, or one covering it. */
    public boolean answers(TriggerEvent event) {
        return events.isEmpty() || TriggerEvent.anyCovers(events, event);
    }

    /** True for obligations that bring help to the protected state itself, not only talk about it. */
    public boolean isDirectHelp() {
        return type == ObligationType.ASSIST || type == ObligationType.MILITARY_AID
                || type == ObligationType.USE_OF_FORCE;
    }
}
