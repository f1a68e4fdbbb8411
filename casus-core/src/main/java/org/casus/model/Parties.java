package org.casus.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is party to an arrangement and in what role.
 *
 * @param protectedStates the states the guarantee protects
 * @param guarantors      the states that promise to act
 * @param signatories     other signatories with neither role
 * @param threats         the actors the protected states seek protection against; empty when the
 *                        text names none (analyses then treat every guarantor as a possible aggressor)
 * @param alignments      declared groups of actors that side with one another
 */
public record Parties(List<String> protectedStates, List<String> guarantors, List<String> signatories,
                      List<String> threats, List<Alignment> alignments, Citation cite) {
    public Parties {
        protectedStates = copy(protectedStates);
        guarantors = copy(guarantors);
        signatories = copy(signatories);
        threats = copy(threats);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        cite = cite == null ? Citation.NONE : cite;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Every actor named as protected, guarantor or signatory, in that order, without repeats. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(protectedStates);
        all.addAll(guarantors);
        all.addAll(signatories);
        return all;
    }

    /** The allies declared for {@code actor} by the alignments, without the actor itself. */
    public Set<String> alliesOf(String actor) {
        Set<String> allies = new LinkedHashSet<>();
        for (Alignment alignment : alignments) {
            if (alignment.actors().contains(actor)) {
                allies.addAll(alignment.actors());
            }
        }
        allies.remove(actor);
        return allies;
    }
}
