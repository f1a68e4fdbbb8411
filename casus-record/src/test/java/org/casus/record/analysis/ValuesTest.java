package org.casus.record.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            veto {RU, CN}    | veto {CN, RU}    | true
            veto {RU, CN}    | veto {RU}        | false
            withdrawal {RU}  | withdrawal {UA}  | false
            withdrawal {UA}  | veto {UA}        | false
            {RU, CN}         | {CN,RU}          | true
            <= 85000         | 50000..90000     | true
            <= 85000         | >= 250000        | false
            individual       | Individual       | true
            individual       | veto {RU, CN}    | false
            """)
    void two_values_are_compatible_when_both_can_hold(String a, String b, boolean compatible) {
        assertThat(Values.compatible(a, b)).isEqualTo(compatible);
        assertThat(Values.compatible(b, a)).as("symmetric").isEqualTo(compatible);
    }

    @Property
    void a_bound_is_compatible_with_a_number_exactly_when_the_number_meets_it(@ForAll @IntRange(max = 500000) int cap,
                                                                             @ForAll @IntRange(max = 500000) int n) {
        assertThat(Values.compatible("<= " + cap, Integer.toString(n))).isEqualTo(n <= cap);
        assertThat(Values.compatible(">= " + cap, Integer.toString(n))).isEqualTo(n >= cap);
    }

    @Test
    void values_read_as_words() {
        assertThat(Values.words(">= 250000")).isEqualTo("at least 250000");
        assertThat(Values.words("< 3")).isEqualTo("less than 3");
        assertThat(Values.words("85000..250000")).isEqualTo("85000 to 250000");
        assertThat(Values.words("85000..")).isEqualTo("at least 85000");
        assertThat(Values.words("..85000")).isEqualTo("at most 85000");
        assertThat(Values.words("5..5")).isEqualTo("5");
        assertThat(Values.words("veto {RU, CN}")).isEqualTo("veto: RU, CN");
        assertThat(Values.words("{RU,CN}")).isEqualTo("RU, CN");
        assertThat(Values.words("{}")).isEqualTo("none");
        assertThat(Values.words("unanimity")).isEqualTo("unanimity");
        assertThat(Values.words(null)).isEmpty();
    }
}
