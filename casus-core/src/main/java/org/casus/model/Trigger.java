package org.casus.model;

import java.util.List;

/**
 * What brings the guarantee into play.
 *
 * @param events   the events covered
 * @param area     the area covered, in the words of the text
 * @param excluded territories carved out of the area
 * @param by       the named adversaries whose acts count; empty means an act by any state
 * @param qualifiers conditions the attack must meet ("significant, deliberate, and sustained")
 */
public record Trigger(List<TriggerEvent> events, String area, List<Exclusion> excluded, List<String> by,
                      List<TriggerQualifier> qualifiers, Citation cite) {
    public Trigger {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        events = events == null ? List.of() : List.copyOf(events);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        by = by == null ? List.of() : List.copyOf(by);
        cite = cite == null ? Citation.NONE : cite;
    }

    /** Whether its events cover a crisis of kind {@code event}; a trigger naming no event covers any. */
    public boolean covers(TriggerEvent event) {
        return events.isEmpty() || TriggerEvent.anyCovers(events, event);
    }

    /** Its events in words: "an aggression in which nuclear weapons are used or a threat of ...". */
    public String eventsInWords() {
        return String.join(" or ", events.stream().map(TriggerEvent::words).toList());
    }

    /** Whether an act by {@code aggressor} counts: the trigger names no adversary, or names it. */
    public boolean countsActsBy(String aggressor) {
        return by.isEmpty() || by.contains(aggressor);
    }
}
