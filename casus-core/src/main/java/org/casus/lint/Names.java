package org.casus.lint;

import java.util.Collection;
import java.util.stream.Collectors;
import org.casus.model.Library;

/** Actor names for messages: "Russia (RU)". */
final class Names {
    private Names() {
    }

    static String of(Library library, String code) {
        String name = library.actors().nameOf(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    static String of(Library library, Collection<String> codes) {
        return codes.stream().map(code -> of(library, code)).collect(Collectors.joining(", "));
    }
}
