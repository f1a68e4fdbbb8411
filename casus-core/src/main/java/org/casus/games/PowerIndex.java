package org.casus.games;

import java.util.Arrays;
import java.util.Optional;

/** The power indices Casus computes, with their short names for {@code --indices} and their JSON keys. */
public enum PowerIndex {
    SHAPLEY_SHUBIK("ss", "shapleyShubik", "Shapley-Shubik"),
    BANZHAF_NORMALIZED("bz", "banzhafNormalized", "Banzhaf (normalised)"),
    BANZHAF_ABSOLUTE("bz-abs", "banzhafAbsolute", "Banzhaf (absolute, Penrose)"),
    BANZHAF_RAW("bz-raw", "banzhafRaw", "Banzhaf swings"),
    HOLLER("holler", "holler", "Holler public good"),
    DEEGAN_PACKEL("dp", "deeganPackel", "Deegan-Packel"),
    JOHNSTON("johnston", "johnston", "Johnston"),
    COLEMAN_PREVENT("coleman-prevent", "colemanPrevent", "Coleman power to prevent"),
    COLEMAN_INITIATE("coleman-initiate", "colemanInitiate", "Coleman power to initiate");

    private final String shortName;
    private final String jsonKey;
    private final String title;

    PowerIndex(String shortName, String jsonKey, String title) {
        this.shortName = shortName;
        this.jsonKey = jsonKey;
        this.title = title;
    }

    public String shortName() {
        return shortName;
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String title() {
        return title;
    }

    /** Whether the index needs the coalitions themselves (minimal winning, vulnerable), not only counts. */
    public boolean needsCoalitions() {
        return this == HOLLER || this == DEEGAN_PACKEL || this == JOHNSTON;
    }

    public static Optional<PowerIndex> byShortName(String name) {
        return Arrays.stream(values()).filter(index -> index.shortName.equals(name)).findFirst();
    }
}
