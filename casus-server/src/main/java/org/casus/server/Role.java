package org.casus.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do: viewers read, analysts also write the record and run analyses, admins also manage users. */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String label) {
        return Arrays.stream(values()).filter(r -> r.label().equals(label)).findFirst();
    }
}
