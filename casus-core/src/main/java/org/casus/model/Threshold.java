package org.casus.model;

import java.math.BigInteger;

/**
 * How many votes (or how much weight) a quota needs: a fixed count, or a fraction of those
 * entitled to vote (recomputed when some abstain, as under the Rio Treaty's Art. 17 and 18).
 */
public sealed interface Threshold permits Threshold.Count, Threshold.Fraction {

    /** The smallest number of votes, out of {@code total} entitled, that meets the threshold. */
    long required(long total);

    /** {@code 9}, {@code 2/3}, {@code more than 1/2}. */
    String describe();

    /** At least {@code n} votes. */
    record Count(long n) implements Threshold {
        public Count {
            if (n < 1) {
                throw new IllegalArgumentException("a count threshold must be at least 1, was " + n);
            }
        }

        @Override
        public long required(long total) {
            return n;
        }

        @Override
        public String describe() {
            return Long.toString(n);
        }
    }

    /** At least (or, when {@code strict}, more than) {@code numerator/denominator} of the total. */
    record Fraction(long numerator, long denominator, boolean strict) implements Threshold {
        public Fraction {
            if (numerator < 0 || denominator < 1 || numerator > denominator) {
                throw new IllegalArgumentException(
                        "a fraction threshold must lie in [0, 1], was " + numerator + "/" + denominator);
            }
        }

        @Override
        public long required(long total) {
            BigInteger[] qr = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(total))
                    .divideAndRemainder(BigInteger.valueOf(denominator));
            // numerator <= denominator, so the quotient is at most total and fits in a long
            long quotient = qr[0].longValueExact();
            return strict || qr[1].signum() > 0 ? quotient + 1 : quotient;
        }

        @Override
        public String describe() {
            String fraction = numerator + "/" + denominator;
            return strict ? "more than " + fraction : fraction;
        }
    }
}
