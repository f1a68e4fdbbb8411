package org.casus.model;

/** How the guarantors decide that the obligation applies. */
public enum Procedure {
    /** Each guarantor decides its own response (North Atlantic Treaty Art. 5). */
    INDIVIDUAL,
    /** The guarantors decide together under a decision rule. */
    COLLECTIVE,
    /** One named actor judges and decides, after consulting others (28-point plan, 2025). */
    DECIDER,
    /** The text does not say. */
    UNSPECIFIED
}
