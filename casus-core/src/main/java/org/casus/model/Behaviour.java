package org.casus.model;

/**
 * How one actor behaves in a crisis. Any field may be null: the scenario's defaults apply.
 *
 * @param support      probability of supporting collective action (and of honouring an
 *                     individual obligation) when the arrangement applies
 * @param aidAlone     probability of giving aid on its own, with no obligation
 * @param consultation days to consult
 * @param decision     days to decide
 * @param delivery     days from decision to aid arriving
 * @param contribution the share of what the protected state needs that its aid provides (a
 *                     range, drawn per run)
 * @param cite         the sources the values rest on; none cited means they are assumptions
 */
public record Behaviour(Distribution support, Distribution aidAlone, Distribution consultation,
                        Distribution decision, Distribution delivery, Distribution contribution, Citation cite) {
    public Behaviour {
        cite = cite == null ? Citation.NONE : cite;
    }

    /** This behaviour with the gaps filled from {@code defaults} (its own sources kept). */
    public Behaviour orElse(Behaviour defaults) {
        return new Behaviour(support != null ? support : defaults.support,
                aidAlone != null ? aidAlone : defaults.aidAlone,
                consultation != null ? consultation : defaults.consultation,
                decision != null ? decision : defaults.decision,
                delivery != null ? delivery : defaults.delivery,
                contribution != null ? contribution : defaults.contribution, cite);
    }
}
