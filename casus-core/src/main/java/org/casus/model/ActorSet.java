package org.casus.model;

import java.util.List;

/**
 * A set of actors as written in a file: a named set ({@code guarantors}, {@code permanent}) or a
 * literal list. The codes are resolved when the file is loaded; the name is kept to explain results.
 */
public record ActorSet(String name, List<String> codes) {
    public ActorSet {
        codes = List.copyOf(codes);
    }

    public static ActorSet of(List<String> codes) {
        return new ActorSet(null, codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public int size() {
        return codes.size();
    }

    /** {@code guarantors (GB, CN, RU, US, FR)} or {@code (GB, FR)}. */
    public String describe() {
        String list = "(" + String.join(", ", codes) + ")";
        return name == null ? list : name + " " + list;
    }
}
