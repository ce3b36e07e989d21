package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fostergraph.report.AgeBand;
import org.junit.jupiter.api.Test;

/**
 * One month projected by hand from {@link TransitionModelTest}'s rates (teenagers: in-house stay 3 in 4 and leave 1 in 4;
 * agency children stay or move in-house half and half; half a new agency child a month, aged 15, all from L2).
 */
class ProjectionTest {

    private static final int TEENS = AgeBand.AGED_10_TO_15.ordinal();
    private static final int OLDEST = AgeBand.AGED_16_AND_OVER.ordinal();
    private static final int IN_HOUSE = CareState.IN_HOUSE_FOSTERING.ordinal();
    private static final int IFA = CareState.IFA.ordinal();

    private final TransitionModel model = TransitionModel.fit(TransitionModel.observe(TransitionModelTest.HISTORIES,
            TransitionModelTest.CUT_OFF, 2, 2));

    /** L1 starts with 10 twelve-year-olds in-house and 4 agency children a month short of 16. */
    private static Map<String, double[][]> start() {
        double[][] l1 = new double[Projection.AGE_MONTHS][TransitionModel.STATES];
        l1[12 * 12][IN_HOUSE] = 10;
        l1[16 * 12 - 1][IFA] = 4;
        return Map.of("L1", l1);
    }

    private static double[] costs() {
        double[] costs = new double[TransitionModel.STATES];
        costs[IN_HOUSE] = 396;
        costs[IFA] = 820;
        return costs;
    }

    @Test
    void aMonthMovesLeavesAgesAndAddsEntrants() {
        Projection.Month month = Projection.run(model, start(), TransitionModelTest.CUT_OFF, 1, Scenario.BASELINE, costs(),
                Map.of("L1", 5.0), 0.3).get(0);

        // In-house: 10 × 0.75 + 4 × 0.5 = 9.5; 10 × 0.25 = 2.5 leave. Agency: 4 × 0.5 = 2, plus 0.5 entering (in L2).
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(month.byState()[IN_HOUSE]).isCloseTo(9.5, within(1e-9));
        assertThat(month.byState()[IFA]).isCloseTo(2.5, within(1e-9));
        assertThat(month.exits()).isCloseTo(2.5, within(1e-9));
        assertThat(month.entries()).isCloseTo(0.5, within(1e-9));
        assertThat(month.total()).isCloseTo(12.0, within(1e-9));
        // The four agency children turn 16 (2 still with the agency, 2 now in-house); the twelve-year-olds and the
        // entrant, 15, stay 10 to 15.
        assertThat(month.byBand()[OLDEST]).isCloseTo(4, within(1e-9));
        assertThat(month.byBand()[TEENS]).isCloseTo(7.5 + 0.5, within(1e-9));
        // 9.5 × £396 + 2.5 × £820 = £5,812 a week.
        assertThat(month.weeklyCost()).isCloseTo(5812, within(1e-6));
        assertThat(month.fosteringDemand().get("L2")[TEENS]).isCloseTo(0.5, within(1e-9));
        assertThat(month.inHouseSupply()).containsEntry("L1", 5.0).containsEntry("L2", 0.0);
    }

    @Test
    void aChildLeavesCareOnTurningEighteen() {
        double[][] l1 = new double[Projection.AGE_MONTHS][TransitionModel.STATES];
        l1[18 * 12 - 1][IN_HOUSE] = 3;
        Projection.Month month = Projection.run(model, Map.of("L1", l1), TransitionModelTest.CUT_OFF, 1, Scenario.BASELINE,
                costs(), Map.of(), 0.3).get(0);
        // All three turn 18 in the month and leave; only the half entrant is left.
        assertThat(month.exits()).isCloseTo(3, within(1e-9));
        assertThat(month.byState()[IN_HOUSE]).isZero();
        assertThat(month.total()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void thePooledProjectionHasTheSameTotals() {
        Projection.Month byLocality = Projection.run(model, start(), TransitionModelTest.CUT_OFF, 3, Scenario.BASELINE, costs(),
                Map.of(), 0.3).get(2);
        Projection.Month pooled = Projection.runPooled(model, start(), TransitionModelTest.CUT_OFF, 3, Scenario.BASELINE, costs(),
                0.3).get(2);
        assertThat(pooled.byState()).containsExactly(byLocality.byState(), within(1e-9));
    }

    @Test
    void twelveExtraInHousePlacesAYearTakeOneAgencyChildAMonth() {
        Scenario recruit = new Scenario("Recruit 12 a year", 12, 0, 0, 0);
        Projection.Month month = Projection.run(model, start(), TransitionModelTest.CUT_OFF, 1, recruit, costs(),
                Map.of("L1", 5.0), 0.3).get(0);

        assertThat(month.movedInHouse()).isCloseTo(1, within(1e-9));
        assertThat(month.byState()[IN_HOUSE]).isCloseTo(10.5, within(1e-9));
        assertThat(month.byState()[IFA]).isCloseTo(1.5, within(1e-9));
        // 10.5 × £396 + 1.5 × £820 = £5,388 a week; the new place goes where today's are (all in L1).
        assertThat(month.weeklyCost()).isCloseTo(5388, within(1e-6));
        assertThat(month.inHouseSupply()).containsEntry("L1", 6.0);
    }

    @Test
    void fewerEntriesLowerTheArrivals() {
        Scenario fewer = new Scenario("Fewer entries", 0, 0, 0, -0.5);
        List<Projection.Month> months = Projection.run(model, start(), TransitionModelTest.CUT_OFF, 2, fewer, costs(), Map.of(), 0.3);
        assertThat(months.get(0).entries()).isCloseTo(0.25, within(1e-9));
        assertThat(months.get(1).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
