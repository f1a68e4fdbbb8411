package org.casus.model;

/**
 * The kind of instrument an arrangement is, so that findings use its words: a budapest-style
 * memorandum gives assurances, not a guarantee, and its givers are not guarantors.
 */
public enum Instrument {
    /** Third-party guarantors promise to defend a protected state (Treaty of Guarantee 1960). */
    GUARANTEE("guarantee", "guarantor", "guarantors"),
    /** The members promise to defend one another (North Atlantic Treaty). */
    ALLIANCE("alliance", "ally", "allies"),
    /** Political assurances short of a promise to defend (Budapest Memorandum 1994). */
    ASSURANCE("assurance", "assuring state", "assuring states"),
    /** Security commitments short of a defence guarantee (the bilateral agreements of 2024). */
    COMMITMENT("commitment", "committed state", "committed states"),
    /** A pledge to conclude commitments later (G7 Joint Declaration 2023). */
    DECLARATION_OF_INTENT("declaration", "declaring state", "declaring states");

    private final String noun;
    private final String giver;
    private final String givers;

    Instrument(String noun, String giver, String givers) {
        this.noun = noun;
        this.giver = giver;
        this.givers = givers;
    }

    /** What the instrument is called in findings, in the singular: "guarantee", "assurance". */
    public String noun() {
        return noun;
    }

    /** One of those who give it: "guarantor", "assuring state". */
    public String giver() {
        return giver;
    }

    /** One of those who give it, with its article: "a guarantor", "an ally". */
    public String aGiver() {
        return ("aeiou".indexOf(giver.charAt(0)) >= 0 ? "an " : "a ") + giver;
    }

    /** Those who give it: "guarantors", "assuring states". */
    public String givers() {
        return givers;
    }
}
