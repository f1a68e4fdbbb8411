package org.casus.model;

import java.util.Locale;

/** How fixed values are written in files and reports: kebab case ({@code IN_FORCE} is {@code in-force}). */
public final class Labels {
    private Labels() {
    }

    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
