package org.casus.record.importer;

/** A stretch of text from {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int start, int end) {
    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
