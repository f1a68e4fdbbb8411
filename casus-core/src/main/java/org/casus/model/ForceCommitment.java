package org.casus.model;

/** Whether an obligation commits the guarantor to armed force. */
public enum ForceCommitment {
    /** The text requires armed force. */
    REQUIRED,
    /** Armed force is one of the means the guarantor may choose. */
    OPTIONAL,
    /** The text rules armed force out or does not require it without consent. */
    EXCLUDED,
    /** The text does not say. */
    UNSPECIFIED
}
