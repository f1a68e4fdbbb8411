package org.casus.model;

import java.util.List;

/**
 * The sources a provision is encoded from, by key into the arrangement's {@code sources}, and a
 * note where the sources are weak or conflict. A provision with an {@code uncertain} note is
 * shown with an UNCERTAIN mark wherever it is reported.
 */
public record Citation(List<String> sources, String uncertain) {
    public static final Citation NONE = new Citation(List.of(), null);

    public Citation {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean isUncertain() {
        return uncertain != null && !uncertain.isBlank();
    }
}
