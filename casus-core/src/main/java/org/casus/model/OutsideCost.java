package org.casus.model;

/**
 * What acting outside an arrangement costs a guarantor once the arrangement's collective
 * decision has failed or been vetoed: the aggressor can call such aid an illegal intervention.
 *
 * @param extraDelay        days added before such aid is decided
 * @param probabilityFactor multiplies the probability of giving aid on one's own (1 = no cost)
 */
public record OutsideCost(Distribution extraDelay, Distribution probabilityFactor) {

    /** Whether acting outside costs anything at all. */
    public boolean isFree() {
        return extraDelay.high() == 0 && probabilityFactor.low() == 1;
    }
}
