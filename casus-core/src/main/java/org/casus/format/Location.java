package org.casus.format;

/** A place in a file: line and column count from 1. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
