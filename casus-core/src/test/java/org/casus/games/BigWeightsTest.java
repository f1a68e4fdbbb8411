package org.casus.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casus.format.FormatException;
import org.casus.format.WeightsReader;
import org.casus.model.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights and quotas near 2^63 give an exact answer or a refusal with the reason, never a wrapped sum. */
class BigWeightsTest {
    @TempDir
    Path folder;

    private Path game(String weights, String quota) throws Exception {
        Files.writeString(folder.resolve("big.quota"), quota + "\n");
        return Files.writeString(folder.resolve("big.weights"), weights);
    }

    @Test
    void weights_whose_sum_wraps_a_long_are_refused_at_the_line_that_overflows() throws Exception {
        long max = Long.MAX_VALUE;
        Path file = game(max + "\n" + max + "\n3\n", "1");
        assertThatThrownBy(() -> WeightsReader.read(file)).isInstanceOf(FormatException.class)
                .hasMessageContaining("big.weights:1:1").hasMessageContaining("more than 2^62");
        long quarter = 1L << 62;
        Path three = game(quarter + "\n" + quarter + "\n" + quarter + "\n", "1");
        assertThatThrownBy(() -> WeightsReader.read(three)).isInstanceOf(FormatException.class)
                .hasMessageContaining("big.weights:2:1");
    }

    @Test
    void weights_up_to_the_limit_are_exact() throws Exception {
        long half = 1L << 61;
        Game game = WeightsReader.read(game(half + "\n" + half + "\n", Long.toString(half + 1)));
        PowerResult result = new Enumeration().solve(game);
        // both are needed: each has a veto, one half of the power each
        assertThat(result.vetoPlayers()).containsExactly("1", "2");
        assertThat(result.winningCoalitions()).isEqualTo(java.math.BigInteger.ONE);
        assertThatThrownBy(() -> Games.weighted("g", List.of("a", "b"), new long[] {half * 2, 1}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2^62");
    }

    @Test
    void a_fraction_of_a_huge_total_is_computed_exactly() {
        long big = 1L << 62;
        assertThat(new Threshold.Fraction(big - 1, big, false).required(big)).isEqualTo(big - 1);
        assertThat(new Threshold.Fraction(big - 1, big, true).required(big)).isEqualTo(big);
        assertThat(new Threshold.Fraction(2, 3, false).required(10)).isEqualTo(7);
        assertThat(new Threshold.Fraction(1, 2, true).required(10)).isEqualTo(6);
    }
}
