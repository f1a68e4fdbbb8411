package org.casus.model;

import java.util.List;

/**
 * A state, organisation or placeholder that can hold a role in an arrangement.
 *
 * @param code    ISO 3166 alpha-2 for states; an upper-case name for others ({@code EU}, {@code UNSC-E01})
 * @param cow     Correlates of War state code, or null
 * @param cameo   CAMEO actor code, or null
 * @param people  those who have spoken for the actor, each within a role and period
 */
public record Actor(String code, ActorKind kind, String name, List<String> aliases, Integer cow, String cameo,
                    List<Person> people) {
    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        people = people == null ? List.of() : List.copyOf(people);
    }
}
