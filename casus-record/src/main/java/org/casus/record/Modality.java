package org.casus.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a statement does with a clause: demand it, offer it, accept or reject it, claim it agreed, ... */
public enum Modality {
    DEMAND, OFFER, ACCEPT, REJECT, CLAIMS_AGREEMENT, DENY, CONDITION, INTERPRETATION;

    /** {@code claims-agreement}, as written in commands and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Modality> of(String label) {
        return Arrays.stream(values()).filter(m -> m.label().equals(label)).findFirst();
    }

    /** Whether the actor states its own position (as opposed to reporting or denying someone else's). */
    public boolean isPosition() {
        return this == DEMAND || this == OFFER || this == ACCEPT || this == REJECT || this == CONDITION;
    }
}
