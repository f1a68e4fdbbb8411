package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.model.Trigger;
import org.casus.model.TriggerEvent;

/**
 * {@code narrow-trigger}: the trigger does not cover an armed attack without nuclear weapons, the
 * attack a protected state is most likely to suffer (Budapest Memorandum para. 4 covers only
 * aggression "in which nuclear weapons are used").
 */
final class NarrowTrigger implements Check {
    @Override
    public String id() {
        return "narrow-trigger";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Trigger trigger = arrangement.trigger();
        if (trigger == null || trigger.covers(TriggerEvent.ARMED_ATTACK)) {
            return List.of();
        }
        String events = trigger.eventsInWords();
        String noun = arrangement.instrument().noun();
        return List.of(new Finding(id(), Severity.MAJOR, "trigger.events", arrangement.parties().protectedStates(),
                "The " + noun + " covers only " + events + ": an armed attack without nuclear weapons brings "
                        + "no obligation at all.",
                "Will the " + arrangement.instrument().givers() + " act if the protected state suffers an armed attack "
                        + "without nuclear weapons?",
                trigger.cite()));
    }
}
