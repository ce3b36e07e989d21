package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The placement mix finds a child's band in the database from {@link AgeBand#latestBirthDatesAfterUnder1}: the same as in Java. */
class AgeBandTest {

    @Test
    void theLatestBirthDatesPutEveryChildInTheBandItsAgeGives() {
        for (LocalDate day : List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 1), LocalDate.of(2023, 1, 1))) {
            List<LocalDate> latest = AgeBand.latestBirthDatesAfterUnder1(day);
            // Up to a year after the day too: a child a corrected date of birth makes not yet born is under 1.
            for (LocalDate born = day.minusYears(19); !born.isAfter(day.plusYears(1)); born = born.plusDays(1)) {
                LocalDate birthday = born;
                int band = (int) latest.stream().filter(date -> !birthday.isAfter(date)).count();
                assertThat(AgeBand.values()[band]).as("born %s, on %s", born, day).isEqualTo(AgeBand.on(born, day));
            }
        }
    }

    @Test
    void aChildTheRecordsMakeNotYetBornIsUnderOne() {
        LocalDate day = LocalDate.of(2026, 10, 31);
        assertThat(AgeBand.on(LocalDate.of(2026, 12, 1), day)).isEqualTo(AgeBand.UNDER_1);
        assertThat(AgeBand.latestBirthDatesAfterUnder1(day)).noneMatch(latest -> !LocalDate.of(2026, 12, 1).isAfter(latest));
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryIsOneOnTheFirstOfMarch() {
        LocalDate born = LocalDate.of(2024, 2, 29);
        assertThat(AgeBand.latestBirthDatesAfterUnder1(LocalDate.of(2025, 2, 28))).element(0).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(AgeBand.on(born, LocalDate.of(2025, 2, 28))).isEqualTo(AgeBand.UNDER_1);
        assertThat(AgeBand.on(born, LocalDate.of(2025, 3, 1))).isEqualTo(AgeBand.AGED_1_TO_4);
        assertThat(AgeBand.latestBirthDatesAfterUnder1(LocalDate.of(2025, 3, 1))).containsExactly(
                LocalDate.of(2024, 3, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2015, 3, 1), LocalDate.of(2009, 3, 1));
    }
}
