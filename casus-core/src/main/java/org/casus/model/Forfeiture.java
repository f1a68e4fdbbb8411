package org.casus.model;

import java.util.List;

/**
 * An act that voids the guarantee, such as the 28-point plan's point 10 (Ukraine loses the
 * guarantee if it invades Russia).
 *
 * @param by the actors whose act forfeits it, usually the protected state; empty when the text
 *           names nobody
 */
public record Forfeiture(List<String> by, String text, Citation cite) {
    public Forfeiture {
        by = by == null ? List.of() : List.copyOf(by);
        cite = cite == null ? Citation.NONE : cite;
    }
}
