package org.casus.lint;

/** How much a finding matters, from critical (the guarantee may not work at all) down to info. */
public enum Severity {
    CRITICAL, MAJOR, MINOR, INFO;

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
