package org.casus.model;

/** The kinds of event that can bring an obligation into play. */
public enum TriggerEvent {
    ARMED_ATTACK, AGGRESSION, NUCLEAR_AGGRESSION, THREAT, BREACH
}
