package org.casus.record.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatementDatesTest {
    /** A Wednesday. */
    private static final LocalDate REPORT = LocalDate.of(2025, 8, 20);

    @Test
    void days_named_relative_to_the_report() {
        assertThat(StatementDates.of("Lavrov said on Monday", REPORT)).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(StatementDates.of("Lavrov said on Wednesday", REPORT)).isEqualTo(REPORT);
        assertThat(StatementDates.of("Lavrov said last Wednesday", REPORT)).isEqualTo(LocalDate.of(2025, 8, 13));
        assertThat(StatementDates.of("Lavrov said yesterday", REPORT)).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(StatementDates.of("Lavrov said on 29 March", REPORT)).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(StatementDates.of("Lavrov said on December 30", REPORT)).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void vague_or_impossible_days_name_none() {
        assertThat(StatementDates.of("Lavrov said earlier this month", REPORT)).isNull();
        assertThat(StatementDates.of("Lavrov said on 31 February", REPORT)).isNull();
        assertThat(StatementDates.of("Lavrov said on Monday", null)).isNull();
    }

    /** A statement is never dated after its report. */
    @Property
    void never_after_the_report(@ForAll @IntRange(min = 0, max = 3000) int days, @ForAll @IntRange(min = 1, max = 31) int day,
                                @ForAll @IntRange(min = 0, max = 11) int month) {
        LocalDate report = LocalDate.of(2020, 1, 1).plusDays(days);
        String name = java.time.Month.of(month + 1).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        LocalDate said = StatementDates.of("X said on " + day + " " + name, report);
        assertThat(said == null || !said.isAfter(report)).isTrue();
    }
}
