package org.casus.model;

/** What happens when a collective decision is not reached. */
public enum DeadlockDefault {
    /** Nothing: no guarantor acts under the arrangement. */
    NO_ACTION,
    /** Each guarantor may act on its own under the arrangement. */
    INDIVIDUAL_ACTION,
    /** The question goes to another body. */
    REFERRAL,
    /** The text does not say. */
    UNSPECIFIED
}
