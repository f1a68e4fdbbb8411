package org.casus.model;

/**
 * How long the arrangement lasts and how a party leaves it.
 *
 * @param years        the fixed term in years, or null when the text sets none
 * @param withdrawal   whether a party may withdraw
 * @param noticeMonths the notice a withdrawing party must give, in months, or null
 */
public record Duration(Integer years, Withdrawal withdrawal, Integer noticeMonths, Citation cite) {
    public static final Duration UNSPECIFIED = new Duration(null, Withdrawal.UNSPECIFIED, null, Citation.NONE);

    public Duration {
        withdrawal = withdrawal == null ? Withdrawal.UNSPECIFIED : withdrawal;
        cite = cite == null ? Citation.NONE : cite;
    }
}
