package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
    void theChildrensOwnChanceIsTheExpectedCountLessTheSumOfSquaredChances() {
        boolean[] inHouse = new boolean[TransitionModel.STATES];
        inHouse[IN_HOUSE] = true;
        boolean[] agency = new boolean[TransitionModel.STATES];
        agency[IFA] = true;
        boolean[] everyState = new boolean[TransitionModel.STATES];
        Arrays.fill(everyState, true);
        double[][] sums = Projection.sumOfSquaredChances(model, start(), 1, new boolean[][] {inHouse, agency, everyState});

        // A month on, each twelve-year-old is in-house with a chance of 3/4; each agency child in-house or with the
        // agency at 1/2 each, and in care for certain.
        assertThat(sums[0][0]).isCloseTo(10 * 0.75 * 0.75 + 4 * 0.5 * 0.5, within(1e-9));
        assertThat(sums[0][1]).isCloseTo(4 * 0.5 * 0.5, within(1e-9));
        assertThat(sums[0][2]).isCloseTo(10 * 0.75 * 0.75 + 4 * 1.0, within(1e-9));
        // So the total's variance is 12 − 9.625 = 2.375: 10 × 3/4 × 1/4 from the twelve-year-olds who may leave, nothing
        // from the agency children who all stay, and the half entrant's 0.5 (arrivals at random at 0.5 a month).
        double expected = Projection.run(model, start(), TransitionModelTest.CUT_OFF, 1, Scenario.BASELINE, costs(), Map.of(), 0.3)
                .get(0).total();
        assertThat(expected - sums[0][2]).isCloseTo(10 * 0.75 * 0.25 + 0 + 0.5, within(1e-9));
    }

    /**
     * A second implementation: each child followed one by one at random, by the same rates, ages and leaving at 18, with a
     * Poisson number of entrants a month. Over many runs the count's mean is the projection's and its variance the
     * expected count less the sum of squared chances, six months on, in total and in-house.
     */
    @Test
    void simulatingEachChildAgreesWithTheVariance() {
        int months = 6;
        int runs = 200_000;
        boolean[] inHouse = new boolean[TransitionModel.STATES];
        inHouse[IN_HOUSE] = true;
        boolean[] everyState = new boolean[TransitionModel.STATES];
        Arrays.fill(everyState, true);
        double[][] sums = Projection.sumOfSquaredChances(model, start(), months, new boolean[][] {inHouse, everyState});
        Projection.Month projected = Projection.run(model, start(), TransitionModelTest.CUT_OFF, months, Scenario.BASELINE, costs(),
                Map.of(), 0.3).get(months - 1);

        Random random = new Random(17);
        double[][][] rates = model.rates();
        double totalSum = 0;
        double totalSquares = 0;
        double inHouseSum = 0;
        double inHouseSquares = 0;
        for (int run = 0; run < runs; run++) {
            // [age in months, state] of each child in care; state -1 once they have left.
            List<int[]> children = new ArrayList<>();
            double[][] counts = start().get("L1");
            for (int m = 0; m < Projection.AGE_MONTHS; m++) {
                for (int i = 0; i < TransitionModel.STATES; i++) {
                    for (int k = 0; k < (int) counts[m][i]; k++) {
                        children.add(new int[] {m, i});
                    }
                }
            }
            for (int t = 0; t < months; t++) {
                for (int[] child : children) {
                    if (child[1] < 0) {
                        continue;
                    }
                    if (child[0] == Projection.AGE_MONTHS - 1) {
                        child[1] = -1;
                        continue;
                    }
                    double[] row = rates[AgeBand.of(child[0] / 12).ordinal()][child[1]];
                    double draw = random.nextDouble();
                    int next = -1;
                    for (int j = 0; j < TransitionModel.STATES && next < 0; j++) {
                        draw -= row[j];
                        if (draw < 0) {
                            next = j;
                        }
                    }
                    child[0]++;
                    child[1] = next;
                }
                for (int age = 0; age < TransitionModel.AGES; age++) {
                    for (CareState state : CareState.values()) {
                        double perMonth = model.entrantsPerMonth(age, state);
                        for (int k = poisson(perMonth, random); k > 0; k--) {
                            children.add(new int[] {age * 12 + random.nextInt(12), state.ordinal()});
                        }
                    }
                }
            }
            long total = children.stream().filter(child -> child[1] >= 0).count();
            long withCouncilCarers = children.stream().filter(child -> child[1] == IN_HOUSE).count();
            totalSum += total;
            totalSquares += (double) total * total;
            inHouseSum += withCouncilCarers;
            inHouseSquares += (double) withCouncilCarers * withCouncilCarers;
        }
        double totalMean = totalSum / runs;
        double inHouseMean = inHouseSum / runs;
        assertThat(totalMean).isCloseTo(projected.total(), within(0.02));
        assertThat(inHouseMean).isCloseTo(projected.byState()[IN_HOUSE], within(0.02));
        assertThat(totalSquares / runs - totalMean * totalMean).isCloseTo(projected.total() - sums[months - 1][1], within(0.05));
        assertThat(inHouseSquares / runs - inHouseMean * inHouseMean)
                .isCloseTo(projected.byState()[IN_HOUSE] - sums[months - 1][0], within(0.05));
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
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
