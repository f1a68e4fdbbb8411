package org.casus.activation;

import java.util.List;
import java.util.Locale;
import org.casus.model.ActorRegistry;
import org.casus.model.Arrangement;
import org.casus.model.Exclusion;
import org.casus.model.Instrument;
import org.casus.model.Trigger;
import org.casus.model.TriggerEvent;

/**
 * Whether an arrangement covers an attack, and if not, which clause leaves it out.
 *
 * @param clause the field that excludes the attack ({@code trigger.by}, {@code trigger.excluded},
 *               ...), or null when covered
 * @param reason why the attack is not covered, in words, or null when covered
 */
public record Coverage(boolean covered, String clause, String reason) {
    static final Coverage COVERED = new Coverage(true, null, null);

    private static Coverage not(String clause, String reason) {
        return new Coverage(false, clause, reason);
    }

    /**
     * Checks, in order: that the instrument binds anyone now (a declaration of intent does not),
     * that there is a guarantee at all (a guarantor), that a
     * protected state is attacked (a protected placeholder such as {@code UN-MEMBER} stands for
     * any state), that the trigger's events cover the crisis's, that the trigger counts acts by
     * this aggressor, and that no carve-out holds a territory the attack lands on or comes from.
     */
    public static Coverage of(Arrangement arrangement, Crisis crisis, ActorRegistry actors) {
        if (arrangement.instrument() == Instrument.DECLARATION_OF_INTENT) {
            return not("instrument", "a declaration of intent: it pledges commitments to come and obliges no one "
                    + "to act yet");
        }
        if (arrangement.parties().guarantors().isEmpty()) {
            return not("parties.guarantors", "no guarantee: the arrangement names no guarantor");
        }
        if (crisis.target() == null) {
            return not("parties.protected", "no protected state is left to attack: "
                    + String.join(", ", crisis.side()) + " hold every one");
        }
        boolean anyState = arrangement.parties().protectedStates().stream()
                .anyMatch(actors::isPlaceholder);
        if (!anyState && !arrangement.parties().protectedStates().contains(crisis.target())) {
            return not("parties.protected", crisis.target() + " is not a protected state");
        }
        Trigger trigger = arrangement.trigger();
        if (trigger == null) {
            return COVERED;
        }
        if (!trigger.covers(crisis.event())) {
            return not("trigger.events", "the trigger covers only " + trigger.eventsInWords() + ", not "
                    + describe(crisis.event()));
        }
        if (!trigger.countsActsBy(crisis.aggressor())) {
            return not("trigger.by", "the trigger counts only acts by " + String.join(", ", trigger.by()));
        }
        for (Exclusion exclusion : crisis.attackOn().isEmpty() ? List.<Exclusion>of() : trigger.excluded()) {
            String territory = exclusion.territory().toLowerCase(Locale.ROOT);
            for (String place : crisis.attackOn()) {
                if (territory.contains(place.toLowerCase(Locale.ROOT))) {
                    return not("trigger.excluded", "carve-out: an attack on or from " + place
                            + " is excluded (" + exclusion.territory() + ")");
                }
            }
        }
        return COVERED;
    }

    private static String describe(TriggerEvent event) {
        return event == TriggerEvent.ARMED_ATTACK ? "an armed attack without nuclear weapons" : event.words();
    }
}
