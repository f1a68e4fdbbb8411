package org.casus.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading one file, so that all are reported at once. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(Node node, String path, String message) {
        add(node.location(), path, message);
    }

    void add(Location location, String path, String message) {
        list.add(new Problem(location, path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws a {@link FormatException} listing every problem, if there are any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new FormatException(list);
        }
    }
}
