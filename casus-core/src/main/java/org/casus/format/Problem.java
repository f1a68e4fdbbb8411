package org.casus.format;

/**
 * One thing wrong with an input file: where, which field, and what was expected.
 *
 * @param path the field path, as {@code decision.rule.quota} or {@code obligations[2].type}; empty
 *             for the document itself
 */
public record Problem(Location location, String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? location + ": " + message : location + ": " + path + ": " + message;
    }
}
