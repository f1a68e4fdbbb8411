package org.casus.games;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One player's value of one index: exact, or a Monte-Carlo estimate with its 95% interval. */
public sealed interface PowerValue {

    double doubleValue();

    /** The value rounded to {@code digits} decimals (an estimate keeps its interval beside it). */
    String format(int digits, boolean fractions);

    record Exact(Rational value) implements PowerValue {
        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public String format(int digits, boolean fractions) {
            boolean whole = value.denominator().equals(java.math.BigInteger.ONE);
            return fractions || whole ? value.toString() : value.toPlainString(digits);
        }
    }

    /** A mean with the half-width of its 95% confidence interval. */
    record Estimate(double mean, double halfWidth) implements PowerValue {
        @Override
        public double doubleValue() {
            return mean;
        }

        @Override
        public String format(int digits, boolean fractions) {
            return round(mean, digits) + " +/- " + round(halfWidth, digits);
        }

        private static String round(double value, int digits) {
            return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
