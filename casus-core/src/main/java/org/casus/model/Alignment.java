package org.casus.model;

import java.util.List;

/** A declared group of actors that side with one another in a crisis (the aggressor and its allies). */
public record Alignment(List<String> actors, String note, Citation cite) {
    public Alignment {
        actors = List.copyOf(actors);
        cite = cite == null ? Citation.NONE : cite;
    }
}
