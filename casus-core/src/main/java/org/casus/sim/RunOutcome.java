package org.casus.sim;

/**
 * What one run of a crisis produced.
 *
 * @param firstAid   the day the first aid arrived, or infinity
 * @param decisive   the day the summed contributions reached the decisive threshold, or infinity
 * @param activated  whether the arrangement activated (its collective decision passed, or a
 *                   guarantor honoured an individual obligation)
 * @param reason     how the arrangement's path ended: {@code activated}, {@code vetoed by RU},
 *                   {@code deadline passed}, {@code no majority}, {@code no willing guarantor},
 *                   {@code not covered}, {@code carve-out}, {@code no obligation to aid},
 *                   {@code no arrangement}
 */
record RunOutcome(double firstAid, double decisive, boolean activated, String reason) {
}
