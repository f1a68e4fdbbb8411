package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Rational's decimals against {@code BigDecimal}'s own division, whose rounding they reproduce without it. */
class RationalTest {

    @Property(tries = 2000)
    void plain_text_is_bigdecimal_half_up(@ForAll long numerator, @ForAll @LongRange(min = 1) long denominator,
                                          @ForAll @IntRange(min = 0, max = 24) int digits) {
        Rational value = Rational.of(numerator, denominator);
        assertThat(value.toPlainString(digits)).isEqualTo(halfUp(value, digits));
        assertThat(value.toDecimal(digits)).isEqualTo(new BigDecimal(halfUp(value, digits)));
    }

    /** The oracle: BigDecimal's own division, rounded half-up. */
    private static String halfUp(Rational value, int digits) {
        return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), digits, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Property(tries = 500)
    void ties_and_big_values_round_as_bigdecimal(@ForAll @IntRange(min = -4000, max = 4000) int half,
                                                 @ForAll @IntRange(min = 0, max = 6) int digits,
                                                 @ForAll @IntRange(min = 0, max = 200) int bits) {
        // half / (2 * 10^digits) lies on a tie whenever half is odd; the shift makes numbers beyond 64 bits
        BigInteger big = BigInteger.ONE.shiftLeft(bits);
        Rational tie = Rational.of(BigInteger.valueOf(half), BigInteger.TWO.multiply(BigInteger.TEN.pow(digits)));
        Rational large = Rational.of(BigInteger.valueOf(half).multiply(big).add(BigInteger.ONE), big.add(BigInteger.TWO));
        assertThat(tie.toPlainString(digits)).isEqualTo(halfUp(tie, digits));
        assertThat(large.toPlainString(digits)).isEqualTo(halfUp(large, digits));
    }
}
