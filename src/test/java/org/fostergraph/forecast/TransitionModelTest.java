package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fostergraph.forecast.ChildHistory.Spell;
import org.fostergraph.report.AgeBand;
import org.junit.jupiter.api.Test;

/** Monthly transition and entry rates, worked by hand over two reference months (September and October 2026). */
class TransitionModelTest {

    static final LocalDate CUT_OFF = LocalDate.of(2026, 10, 31);
    private static final AgeBand TEENS = AgeBand.AGED_10_TO_15;

    /**
     * All four children are 10 to 15 throughout.
     * <ul>
     * <li>A: in-house foster care all along.</li>
     * <li>B: with an agency, then in-house from 15 October.</li>
     * <li>C: in-house until 20 October, when they left care.</li>
     * <li>D: came into care with an agency on 5 October, from locality L2.</li>
     * </ul>
     * Month end to month end: September saw A and C stay in-house and B stay with the agency; October saw A stay, B move
     * in-house, C leave, and D enter.
     */
    static final List<ChildHistory> HISTORIES = List.of(
            new ChildHistory("L1", LocalDate.of(2014, 1, 15), List.of(
                    new Spell(LocalDate.of(2020, 1, 1), null, CareState.IN_HOUSE_FOSTERING, null))),
            new ChildHistory("L1", LocalDate.of(2013, 3, 10), List.of(
                    new Spell(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 15), CareState.IFA, null),
                    new Spell(LocalDate.of(2026, 10, 15), null, CareState.IN_HOUSE_FOSTERING, null))),
            new ChildHistory("L1", LocalDate.of(2012, 5, 5), List.of(
                    new Spell(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 20), CareState.IN_HOUSE_FOSTERING, null))),
            new ChildHistory("L2", LocalDate.of(2011, 2, 2), List.of(
                    new Spell(LocalDate.of(2026, 10, 5), null, CareState.IFA, null))));

    @Test
    void ratesAreTheMovesOverTheChildrenObserved() {
        TransitionModel model = TransitionModel.fit(TransitionModel.observe(HISTORIES, CUT_OFF, 2, 2));

        // In-house: observed 4 times (A twice, C twice); stayed 3 times, left once.
        assertThat(model.observed(TEENS, CareState.IN_HOUSE_FOSTERING)).isEqualTo(4);
        assertThat(model.rate(TEENS, CareState.IN_HOUSE_FOSTERING, CareState.IN_HOUSE_FOSTERING)).isEqualTo(0.75);
        assertThat(model.leavingRate(TEENS, CareState.IN_HOUSE_FOSTERING)).isEqualTo(0.25);
        // Agency: observed twice (B twice); stayed once, moved in-house once.
        assertThat(model.observed(TEENS, CareState.IFA)).isEqualTo(2);
        assertThat(model.rate(TEENS, CareState.IFA, CareState.IFA)).isEqualTo(0.5);
        assertThat(model.rate(TEENS, CareState.IFA, CareState.IN_HOUSE_FOSTERING)).isEqualTo(0.5);
        assertThat(model.leavingRate(TEENS, CareState.IFA)).isZero();
        // A state nobody was seen in keeps its children.
        assertThat(model.rate(TEENS, CareState.COUNCIL_HOME, CareState.COUNCIL_HOME)).isEqualTo(1);
        assertThat(model.rate(AgeBand.UNDER_1, CareState.IFA, CareState.IFA)).isEqualTo(1);
    }

    @Test
    void entrantsAreCountedPerMonthAndByHomeLocality() {
        TransitionModel model = TransitionModel.fit(TransitionModel.observe(HISTORIES, CUT_OFF, 2, 2));

        // One entrant in two months.
        assertThat(model.entrantsPerMonth(TEENS, CareState.IFA)).isCloseTo(0.5, within(1e-12));
        assertThat(model.entrantsPerMonth(TEENS, CareState.IN_HOUSE_FOSTERING)).isZero();
        assertThat(model.entrantShares()).isEqualTo(Map.of("L2", 1.0));
    }

    @Test
    void entriesAreAveragedOverTheLastEntryMonthsOnly() {
        // Entries over October alone: D, one a month, at 15 (born 2 February 2011, in care from 5 October 2026).
        TransitionModel model = TransitionModel.fit(TransitionModel.observe(HISTORIES, CUT_OFF, 2, 1));
        assertThat(model.entrantsPerMonth(15, CareState.IFA)).isEqualTo(1.0);
        assertThat(model.entrantsPerMonth(TEENS, CareState.IFA)).isEqualTo(1.0);
        // The rates still rest on both months.
        assertThat(model.observed(TEENS, CareState.IN_HOUSE_FOSTERING)).isEqualTo(4);
    }

    @Test
    void turningEighteenIsNotALeaverInTheRatesAndAnUnknownMonthCountsNothing() {
        List<ChildHistory> histories = List.of(
                // E turns 18 on 10 October and leaves care that day: aged out, not a leaver.
                new ChildHistory("L1", LocalDate.of(2008, 10, 10), List.of(
                        new Spell(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 10), CareState.IN_HOUSE_FOSTERING, null))),
                // H turns 18 on 3 November and leaves care on 29 October, five days before: ageing out too, though
                // still 17 on 31 October.
                new ChildHistory("L1", LocalDate.of(2008, 11, 3), List.of(
                        new Spell(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 29), CareState.SUPPORTED_ACCOMMODATION, null))),
                // F, 17, leaves care on 12 October: a leaver.
                new ChildHistory("L1", LocalDate.of(2009, 5, 5), List.of(
                        new Spell(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 12), CareState.IN_HOUSE_FOSTERING, null))),
                // G's placement became unknown on 1 October (a later return refused them): September counts, October not.
                new ChildHistory("L1", LocalDate.of(2009, 6, 6), List.of(
                        new Spell(LocalDate.of(2024, 1, 1), null, CareState.IN_HOUSE_FOSTERING, null, LocalDate.of(2026, 10, 1),
                                "refused by the 2026/27 return (REASON_PLACE_CHANGE)"))));
        TransitionModel model = TransitionModel.fit(TransitionModel.observe(histories, CUT_OFF, 2, 2));

        // September: E, F and G stay (3). October: F leaves (1); E aged out and G unknown count nothing.
        assertThat(model.observed(AgeBand.AGED_16_AND_OVER, CareState.IN_HOUSE_FOSTERING)).isEqualTo(4);
        assertThat(model.leavingRate(AgeBand.AGED_16_AND_OVER, CareState.IN_HOUSE_FOSTERING)).isEqualTo(0.25);
        // H stays in September and ages out in October: seen once, never a leaver.
        assertThat(model.observed(AgeBand.AGED_16_AND_OVER, CareState.SUPPORTED_ACCOMMODATION)).isEqualTo(1);
        assertThat(model.leavingRate(AgeBand.AGED_16_AND_OVER, CareState.SUPPORTED_ACCOMMODATION)).isZero();
        assertThat(histories.get(3).unknownOn(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(histories.get(3).stateOn(LocalDate.of(2026, 10, 31))).isNull();
        assertThat(histories.get(3).stateOn(LocalDate.of(2026, 9, 30))).isEqualTo(CareState.IN_HOUSE_FOSTERING);
    }

    @Test
    void leavingInTheMonthBeforeTheEighteenthBirthdayIsAgeingOut() {
        LocalDate birthday = LocalDate.of(2026, 11, 3);
        LocalDate born = birthday.minusYears(18);
        // A month before the birthday, or later: ageing out.
        assertThat(leftOn(born, birthday.minusMonths(1)).agedOutBy(CUT_OFF)).isTrue();
        assertThat(leftOn(born, LocalDate.of(2026, 10, 29)).agedOutBy(CUT_OFF)).isTrue();
        // A day more than a month before: leaving care early.
        assertThat(leftOn(born, birthday.minusMonths(1).minusDays(1)).agedOutBy(CUT_OFF)).isFalse();
        // The latest leaving counts: out at 16, back, and out again five days before 18 is ageing out; the other way
        // round is not.
        Spell atSixteen = new Spell(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), CareState.IFA, null);
        Spell untilEighteen = new Spell(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 10, 29), CareState.SUPPORTED_ACCOMMODATION, null);
        assertThat(new ChildHistory("L1", born, List.of(atSixteen, untilEighteen)).agedOutBy(CUT_OFF)).isTrue();
        assertThat(new ChildHistory("L1", born, List.of(untilEighteen)).agedOutBy(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(new ChildHistory("L1", born, List.of(atSixteen)).agedOutBy(CUT_OFF)).isFalse();
    }

    private static ChildHistory leftOn(LocalDate born, LocalDate left) {
        return new ChildHistory("L1", born, List.of(new Spell(LocalDate.of(2024, 1, 1), left, CareState.IN_HOUSE_FOSTERING, null)));
    }

    @Test
    void theReferencePeriodIsTheMonthsEndingAtTheCutOff() {
        List<TransitionModel.Month> months = TransitionModel.observe(HISTORIES, CUT_OFF, 2, 2);
        assertThat(months).extracting(TransitionModel.Month::end)
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31));
        // September alone: nobody left or entered.
        TransitionModel september = TransitionModel.fit(months.subList(0, 1));
        assertThat(september.leavingRate(TEENS, CareState.IN_HOUSE_FOSTERING)).isZero();
        assertThat(september.entrantShares()).isEmpty();
    }
}
