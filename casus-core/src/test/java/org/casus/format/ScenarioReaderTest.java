package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casus.model.Scenario;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: impossible settings are refused when read, with the field and the reason. */
class ScenarioReaderTest {
    @TempDir
    Path folder;

    private Path variant(String from, String to) throws Exception {
        Path library = TestLibrary.folder().resolve("scenarios").resolve("ukraine-attacked-by-russia.yaml");
        String text = Files.readString(library);
        assertThat(text).contains(from);
        Path file = folder.resolve("ukraine-attacked-by-russia.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void a_decisive_threshold_no_helpers_can_reach_is_refused() throws Exception {
        Path file = variant("decisive-threshold: {low: 0.4, likely: 0.5, high: 0.6}", "decisive-threshold: 0.99");
        // The listed helpers' highest shares sum to about 1.2; the target and the aggressor's side never help.
        Scenario read = ScenarioReader.read(file, TestLibrary.context().actors());
        assertThat(read.decisiveThreshold().low()).isEqualTo(0.99);
        Path zero = variant("decisive-threshold: {low: 0.4, likely: 0.5, high: 0.6}", "decisive-threshold: 1");
        String text = Files.readString(zero).replaceAll("contribution: \\{low: [0-9.]+, likely: [0-9.]+, high: [0-9.]+}",
                "contribution: 0.01").replaceAll("contribution: 0\\.[0-9]+", "contribution: 0.01");
        Files.writeString(zero, text);
        assertThatThrownBy(() -> ScenarioReader.read(zero, TestLibrary.context().actors()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("decisive-threshold")
                .hasMessageContaining("more than all the helpers together can contribute");
    }

    /** YAML reads these as numbers; each is refused with its field, never a NumberFormatException. */
    @Test
    void nan_infinity_hex_and_underscored_numbers_are_refused_with_the_field() throws Exception {
        for (String odd : new String[] {".nan", ".inf", "-.inf", "0x1F", "1_000"}) {
            Path file = variant("  support: {low: 0.667, likely: 0.745, high: 0.75}", "  support: " + odd);
            assertThatThrownBy(() -> ScenarioReader.read(file, TestLibrary.context().actors())).as(odd)
                    .isInstanceOf(FormatException.class).hasMessageContaining("defaults.support")
                    .hasMessageContaining("expected");
        }
    }

    @Test
    void a_horizon_beyond_ten_years_or_an_int_is_refused_before_any_memory_is_taken() throws Exception {
        for (String days : new String[] {"2000000000", "99999999999"}) {
            Path file = variant("horizon-days: 180", "horizon-days: " + days);
            assertThatThrownBy(() -> ScenarioReader.read(file, TestLibrary.context().actors())).as(days)
                    .isInstanceOf(FormatException.class).hasMessageContaining("horizon-days")
                    .hasMessageContaining("at most");
        }
    }
}
