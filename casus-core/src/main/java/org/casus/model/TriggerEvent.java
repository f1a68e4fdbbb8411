package org.casus.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kinds of event that can bring an obligation into play, and that a crisis can be. */
public enum TriggerEvent {
    ARMED_ATTACK, AGGRESSION, NUCLEAR_AGGRESSION, THREAT, NUCLEAR_THREAT, BREACH;

    /**
     * Whether a trigger naming this event covers a crisis of kind {@code crisis}: an armed attack
     * or an aggression covers a nuclear one too, and an aggression or a breach of the peace covers
     * an armed attack (UN Charter Art. 39); a nuclear aggression covers only itself, a threat any
     * threat, a nuclear threat (a threat of aggression with nuclear weapons) only itself.
     */
    public boolean covers(TriggerEvent crisis) {
        return covered().contains(crisis);
    }

    /** Whether any of {@code events} covers a crisis of kind {@code crisis}. */
    public static boolean anyCovers(List<TriggerEvent> events, TriggerEvent crisis) {
        return events.stream().anyMatch(e -> e.covers(crisis));
    }

    /** The event in words: "an aggression in which nuclear weapons are used". */
    public String words() {
        return switch (this) {
            case ARMED_ATTACK -> "an armed attack";
            case AGGRESSION -> "an aggression";
            case NUCLEAR_AGGRESSION -> "an aggression in which nuclear weapons are used";
            case THREAT -> "a threat";
            case NUCLEAR_THREAT -> "a threat of aggression with nuclear weapons";
            case BREACH -> "a breach of the arrangement";
        };
    }

    private Set<TriggerEvent> covered() {
        return switch (this) {
            case ARMED_ATTACK -> EnumSet.of(ARMED_ATTACK, NUCLEAR_AGGRESSION);
            case AGGRESSION -> EnumSet.of(ARMED_ATTACK, AGGRESSION, NUCLEAR_AGGRESSION);
            case NUCLEAR_AGGRESSION -> EnumSet.of(NUCLEAR_AGGRESSION);
            case THREAT -> EnumSet.of(THREAT, NUCLEAR_THREAT);
            case NUCLEAR_THREAT -> EnumSet.of(NUCLEAR_THREAT);
            case BREACH -> EnumSet.of(BREACH, ARMED_ATTACK, AGGRESSION, NUCLEAR_AGGRESSION);
        };
    }
}
