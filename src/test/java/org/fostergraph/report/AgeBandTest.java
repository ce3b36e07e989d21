package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The placement mix finds a child's band in the database from {@link AgeBand#latestBirthDates}: the same as in Java. */
class AgeBandTest {

    @Test
    void theLatestBirthDatesPutEveryChildInTheBandItsAgeGives() {
        for (LocalDate day : List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 1), LocalDate.of(2023, 1, 1))) {
            List<LocalDate> latest = AgeBand.latestBirthDates(day);
            for (LocalDate born = day.minusYears(19); !born.isAfter(day); born = born.plusDays(1)) {
                LocalDate birthday = born;
                int band = (int) latest.stream().filter(date -> !birthday.isAfter(date)).count() - 1;
                assertThat(AgeBand.values()[band]).as("born %s, on %s", born, day).isEqualTo(AgeBand.on(born, day));
            }
        }
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryIsOneOnTheFirstOfMarch() {
        LocalDate born = LocalDate.of(2024, 2, 29);
        assertThat(AgeBand.latestBirthDates(LocalDate.of(2025, 2, 28))).element(1).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(AgeBand.on(born, LocalDate.of(2025, 2, 28))).isEqualTo(AgeBand.UNDER_1);
        assertThat(AgeBand.on(born, LocalDate.of(2025, 3, 1))).isEqualTo(AgeBand.AGED_1_TO_4);
        assertThat(AgeBand.latestBirthDates(LocalDate.of(2025, 3, 1))).containsExactly(LocalDate.of(2025, 3, 1),
                LocalDate.of(2024, 3, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2015, 3, 1), LocalDate.of(2009, 3, 1));
    }
}
