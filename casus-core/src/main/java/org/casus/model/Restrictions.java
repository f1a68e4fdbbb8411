package org.casus.model;

import java.util.List;

/**
 * What the protected state gives up in return for the guarantee.
 *
 * @param foreignBases     whether foreign bases may be stationed, and with whose consent
 * @param foreignExercises whether foreign forces may exercise, and with whose consent
 * @param outsideHelp      whether the arrangement bars help given outside it
 */
public record Restrictions(Neutrality neutrality, boolean nonNuclear, boolean alliancesBarred,
                           List<ForceCap> forceCaps, Consent foreignBases, Consent foreignExercises,
                           OutsideHelp outsideHelp, Citation cite) {
    public static final Restrictions NONE =
            new Restrictions(Neutrality.NONE, false, false, List.of(), null, null, OutsideHelp.NOT_BARRED, Citation.NONE);

    public Restrictions {
        neutrality = neutrality == null ? Neutrality.UNSPECIFIED : neutrality;
        forceCaps = forceCaps == null ? List.of() : List.copyOf(forceCaps);
        outsideHelp = outsideHelp == null ? OutsideHelp.NOT_BARRED : outsideHelp;
        cite = cite == null ? Citation.NONE : cite;
    }
}
