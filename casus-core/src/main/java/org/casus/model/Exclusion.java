package org.casus.model;

/** A territory carved out of the area a guarantee covers. */
public record Exclusion(String territory, Citation cite) {
}
