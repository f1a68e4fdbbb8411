package org.casus.model;

/**
 * What acting outside an arrangement costs a helper: the aggressor can call such aid an
 * illegal intervention. By default ({@link Applies#WHEN_BARRED}) the cost applies only where the
 * arrangement bars help outside it ({@code restrictions.outside-help}); elsewhere help outside
 * a failed arrangement rests on collective self-defence (UN Charter Art. 51) exactly as with no
 * arrangement. A scenario may say {@link Applies#ALWAYS}: then every failed arrangement costs.
 *
 * @param extraDelay        days added before such aid is decided
 * @param probabilityFactor multiplies the probability of giving aid on one's own (1 = no cost)
 * @param applies           when the cost applies
 */
public record OutsideCost(Distribution extraDelay, Distribution probabilityFactor, Applies applies) {

    /** When acting outside an arrangement costs. */
    public enum Applies {
        /** Only where the arrangement bars outside help (the default). */
        WHEN_BARRED,
        /** For any help outside an arrangement that applies, once its decision fails, and outside any bar. */
        ALWAYS
    }

    public OutsideCost {
        applies = applies == null ? Applies.WHEN_BARRED : applies;
    }

    public OutsideCost(Distribution extraDelay, Distribution probabilityFactor) {
        this(extraDelay, probabilityFactor, Applies.WHEN_BARRED);
    }
}
