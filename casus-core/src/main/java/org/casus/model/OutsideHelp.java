package org.casus.model;

import java.util.List;

/**
 * Whether an arrangement bars help outside it, and how ({@code restrictions.outside-help}).
 * Without a bar, help outside a failed arrangement is as lawful as with no arrangement at all.
 */
public record OutsideHelp(List<OutsideBar> barred, Citation cite) {
    public static final OutsideHelp NOT_BARRED = new OutsideHelp(List.of(), Citation.NONE);

    public OutsideHelp {
        barred = barred == null ? List.of() : List.copyOf(barred);
        cite = cite == null ? Citation.NONE : cite;
    }

    public boolean isBarred() {
        return !barred.isEmpty();
    }
}
