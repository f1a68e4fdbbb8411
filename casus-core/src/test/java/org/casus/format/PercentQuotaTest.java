package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.casus.format.Node.ScalarNode;
import org.casus.format.Node.ScalarType;
import org.casus.model.Threshold;
import org.casus.testing.TestLibrary;

/** A percentage quota read from its digits gives what {@link BigDecimal} gives: the same fraction, or a refusal. */
class PercentQuotaTest {

    @Property(tries = 2000)
    void a_percentage_is_the_fraction_big_decimal_makes_of_it(@ForAll @NumericChars @StringLength(min = 1, max = 22) String whole,
            @ForAll @NumericChars @StringLength(max = 22) String decimals) {
        String text = whole + (decimals.isEmpty() ? "" : "." + decimals) + "%";
        DocumentContext context = new DocumentContext(TestLibrary.get().actors());
        Threshold read = context.threshold(new ScalarNode(new Location("f", 1, 1), text, ScalarType.STRING), "quota");
        assertThat(read).as(text).isEqualTo(oracle(new BigDecimal(whole + (decimals.isEmpty() ? "" : "." + decimals))
                .movePointLeft(2)));
    }

    @Property(tries = 2000)
    void so_is_a_percentage_of_at_most_a_hundred(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int whole,
            @ForAll @NumericChars @StringLength(max = 20) String decimals) {
        a_percentage_is_the_fraction_big_decimal_makes_of_it(Integer.toString(whole), decimals);
    }

    @org.junit.jupiter.api.Test
    void the_european_councils_quotas_and_the_edges() {
        DocumentContext context = new DocumentContext(TestLibrary.get().actors());
        java.util.function.Function<String, Threshold> read = text -> context.threshold(
                new ScalarNode(new Location("f", 1, 1), text, ScalarType.STRING), "quota");
        assertThat(read.apply("55%")).isEqualTo(new Threshold.Fraction(55, 100, false));
        assertThat(read.apply("65.50%")).isEqualTo(new Threshold.Fraction(655, 1000, false));
        assertThat(read.apply("100%")).isEqualTo(new Threshold.Fraction(1, 1, false));
        assertThat(read.apply("0%")).isNull();
        assertThat(read.apply("100.5%")).isNull();
    }

    /** The reading of a decimal quota before percentages were read from their digits. */
    private static Threshold oracle(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() > DocumentContext.MAX_DECIMALS
                || stripped.precision() - stripped.scale() > DocumentContext.MAX_DECIMALS) {
            return null;
        }
        int scale = Math.max(0, stripped.scale());
        long numerator;
        long denominator;
        try {
            denominator = BigDecimal.TEN.pow(scale).longValueExact();
            numerator = stripped.movePointRight(scale).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return numerator <= 0 || numerator > denominator ? null : new Threshold.Fraction(numerator, denominator, false);
    }
}
