package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A published vacancy's status by the day, and the places a home's vacancies free by a day. */
class VacancyStatusTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-11-24T09:00:00Z");

    private static Vacancy vacancy(int places, LocalDate from, OffsetDateTime withdrawn, LocalDate taken) {
        return new Vacancy("VAC-1", "P-IFA", "Acorn Fostering", "INDEPENDENT_FOSTERING_AGENCY", "DEMO", "HH-IFA", places, from,
                "Carers.", PUBLISHED, "acorn", withdrawn, taken);
    }

    @Test
    void inNoticeBeforeItsDayAvailableForTwentyEightDaysThenLapsed() {
        Vacancy standing = vacancy(2, DAY, null, null);
        assertThat(standing.statusOn(DAY.minusDays(1))).isEqualTo(Vacancy.Status.NOTICE);
        assertThat(standing.statusOn(DAY)).isEqualTo(Vacancy.Status.AVAILABLE);
        assertThat(standing.statusOn(LocalDate.of(2027, 1, 5))).isEqualTo(Vacancy.Status.AVAILABLE);
        assertThat(standing.statusOn(LocalDate.of(2027, 1, 6))).isEqualTo(Vacancy.Status.LAPSED);
        assertThat(standing.standsOn(LocalDate.of(2027, 1, 6))).isFalse();
    }

    @Test
    void withdrawnOrTakenWhateverTheDay() {
        assertThat(vacancy(2, DAY, PUBLISHED.plusDays(1), null).statusOn(DAY.minusDays(5))).isEqualTo(Vacancy.Status.WITHDRAWN);
        assertThat(vacancy(2, DAY, null, DAY).statusOn(DAY)).isEqualTo(Vacancy.Status.TAKEN);
        assertThat(vacancy(2, DAY, null, DAY).standsOn(DAY)).isFalse();
    }

    @Test
    void theMostPlacesFreeByTheDayAsked() {
        List<Vacancy> published = List.of(vacancy(1, DAY, null, null), vacancy(3, DAY.plusDays(7), null, null));
        assertThat(Vacancy.placesFreeOn(published, DAY.minusDays(1))).isNull();
        assertThat(Vacancy.placesFreeOn(published, DAY)).isEqualTo(1);
        assertThat(Vacancy.placesFreeOn(published, DAY.plusDays(7))).isEqualTo(3);
    }
}
