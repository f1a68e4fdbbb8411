package org.casus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crisis to simulate: an aggressor attacks a target; every actor behaves by a model with
 * explicit, adjustable assumptions. Read from {@code library/scenarios/}.
 *
 * @param attackOn          territories the attack lands on or comes from, matched against
 *                          arrangements' carve-outs; empty for the territory at large
 * @param event             the kind of attack (an armed attack unless the file says otherwise)
 * @param horizonDays       how many days each run covers
 * @param verdictDay        the day by which decisive aid is compared between arrangements
 * @param decisiveThreshold the summed contribution that counts as decisive aid (a range, drawn per run)
 * @param defaults          behaviour of any actor not listed, and of gaps in those listed
 * @param actors            behaviour by actor code; these actors may aid the target
 * @param correlation       how the actors' decisions depend on one another
 */
public record Scenario(String id, String title, String aggressor, String target, List<String> aggressorAllies,
                       List<String> attackOn, TriggerEvent event, int horizonDays, int verdictDay, Distribution decisiveThreshold,
                       Behaviour defaults, Map<String, Behaviour> actors, OutsideCost outside,
                       Correlation correlation, Map<String, Source> sources, Citation cite, String notes) {
    public Scenario {
        aggressorAllies = List.copyOf(aggressorAllies);
        attackOn = List.copyOf(attackOn);
        actors = Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        event = event == null ? TriggerEvent.ARMED_ATTACK : event;
        correlation = correlation == null ? Correlation.INDEPENDENT : correlation;
    }

    /** The same scenario with other behaviours. */
    public Scenario withBehaviours(Behaviour defaults, Map<String, Behaviour> actors) {
        return new Scenario(id, title, aggressor, target, aggressorAllies, attackOn, event, horizonDays, verdictDay,
                decisiveThreshold, defaults, actors, outside, correlation, sources, cite, notes);
    }

    /** The same scenario with another decisive threshold. */
    public Scenario withThreshold(Distribution decisiveThreshold) {
        return new Scenario(id, title, aggressor, target, aggressorAllies, attackOn, event, horizonDays, verdictDay,
                decisiveThreshold, defaults, actors, outside, correlation, sources, cite, notes);
    }

    /** The same scenario with other dependence between decisions. */
    public Scenario withCorrelation(Correlation correlation) {
        return new Scenario(id, title, aggressor, target, aggressorAllies, attackOn, event, horizonDays, verdictDay,
                decisiveThreshold, defaults, actors, outside, correlation, sources, cite, notes);
    }

    /** The same scenario with another cost of acting outside a failed arrangement. */
    public Scenario withOutside(OutsideCost outside) {
        return new Scenario(id, title, aggressor, target, aggressorAllies, attackOn, event, horizonDays, verdictDay,
                decisiveThreshold, defaults, actors, outside, correlation, sources, cite, notes);
    }

    /** The behaviour of {@code actor}, defaults filled in. */
    public Behaviour behaviour(String actor) {
        Behaviour own = actors.get(actor);
        return own == null ? defaults : own.orElse(defaults);
    }
}
