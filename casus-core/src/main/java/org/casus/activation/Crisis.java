package org.casus.activation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.model.Arrangement;
import org.casus.model.Scenario;
import org.casus.model.TriggerEvent;

/**
 * One attack to judge an arrangement against: the aggressor and those on its side (they vote no
 * and do not help), the protected state attacked, the parties to the dispute (the aggressor and
 * the state attacked, whom an abstention modifier removes from a vote), the kind of event, and
 * the territories the attack lands on or comes from (matched against carve-outs). Built here and
 * nowhere else, from an arrangement and an aggressor or from a scenario.
 *
 * @param side   the aggressor first, then its allies; never the target
 * @param target the protected state attacked, or null when the aggressor's side holds every
 *               protected state and none is left to attack
 */
public record Crisis(String aggressor, Set<String> side, String target, Set<String> disputeParties,
                     TriggerEvent event, List<String> attackOn) {
    public Crisis {
        side = ordered(side);
        disputeParties = ordered(disputeParties);
        attackOn = List.copyOf(attackOn);
    }

    /** The parties to the dispute as a list, in order. */
    public List<String> disputeList() {
        return List.copyOf(disputeParties);
    }

    /**
     * {@code aggressor}, with the allies the arrangement declares for it, attacks one protected
     * state: the first one in the file that is not on its side (in a mutual pact, another
     * member). The protected states of the library's arrangements are treated alike by their
     * rules, so one stands for all; a scenario names the state attacked where it matters.
     */
    public static Crisis against(Arrangement arrangement, String aggressor, TriggerEvent event) {
        Set<String> side = new LinkedHashSet<>();
        side.add(aggressor);
        side.addAll(arrangement.parties().alliesOf(aggressor));
        String target = arrangement.parties().protectedStates().stream()
                .filter(p -> !side.contains(p)).findFirst().orElse(null);
        return new Crisis(aggressor, side, target, dispute(aggressor, target), event, List.of());
    }

    /**
     * The scenario's attack: its aggressor with the allies the scenario and the
     * arrangement declare for it, on its target.
     */
    public static Crisis of(Arrangement arrangement, Scenario scenario) {
        Set<String> side = new LinkedHashSet<>();
        side.add(scenario.aggressor());
        side.addAll(scenario.aggressorAllies());
        side.addAll(arrangement.parties().alliesOf(scenario.aggressor()));
        side.remove(scenario.target());
        return new Crisis(scenario.aggressor(), side, scenario.target(),
                dispute(scenario.aggressor(), scenario.target()), scenario.event(), scenario.attackOn());
    }

    /**
     * A vote in a standing body with {@code side} voting no, outside any arrangement: the first
     * of the side is the aggressor, and the side with {@code others} are the parties to the dispute.
     */
    public static Crisis inBody(List<String> side, Set<String> others) {
        Set<String> dispute = new LinkedHashSet<>(side);
        dispute.addAll(others);
        return new Crisis(side.get(0), new LinkedHashSet<>(side), null, dispute, TriggerEvent.ARMED_ATTACK, List.of());
    }

    /**
     * The kind of attack a check judges an arrangement against: the first event its trigger
     * names, or an armed attack when it names none.
     */
    public static TriggerEvent checkedEvent(Arrangement arrangement) {
        return arrangement.trigger() == null || arrangement.trigger().events().isEmpty() ? TriggerEvent.ARMED_ATTACK
                : arrangement.trigger().events().get(0);
    }

    /** The same crisis with {@code more} actors on the aggressor's side too (never the target). */
    public Crisis withSide(Collection<String> more) {
        Set<String> wider = new LinkedHashSet<>(side);
        wider.addAll(more);
        wider.remove(target);
        return new Crisis(aggressor, wider, target, disputeParties, event, attackOn);
    }

    /** Those of {@code guarantors} free to act: neither on the aggressor's side nor the state attacked. */
    public List<String> free(List<String> guarantors) {
        List<String> free = new ArrayList<>(guarantors.size());
        for (String g : guarantors) {
            if (!side.contains(g) && !g.equals(target)) {
                free.add(g);
            }
        }
        return List.copyOf(free);
    }

    private static Set<String> dispute(String aggressor, String target) {
        Set<String> dispute = new LinkedHashSet<>();
        dispute.add(aggressor);
        if (target != null) {
            dispute.add(target);
        }
        return dispute;
    }

    private static Set<String> ordered(Set<String> set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }
}
