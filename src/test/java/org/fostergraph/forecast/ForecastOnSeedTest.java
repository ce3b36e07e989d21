package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;

/** The forecast on the demo council's five years of history. */
class ForecastOnSeedTest extends SeededGraphTest {

    @Test
    void eachMonthChangesByEntriesLessExitsAndTheBandHoldsTheForecast() {
        var forecast = graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 24) { scenarios { months { total low high entries exits } } } }
                """).execute().errors().verify();
        List<Double> totals = forecast.path("sufficiencyForecast.scenarios[0].months[*].total").entityList(Double.class).get();
        List<Double> entries = forecast.path("sufficiencyForecast.scenarios[0].months[*].entries").entityList(Double.class).get();
        List<Double> exits = forecast.path("sufficiencyForecast.scenarios[0].months[*].exits").entityList(Double.class).get();
        List<Double> lows = forecast.path("sufficiencyForecast.scenarios[0].months[*].low").entityList(Double.class).get();
        List<Double> highs = forecast.path("sufficiencyForecast.scenarios[0].months[*].high").entityList(Double.class).get();
        assertThat(totals).hasSize(24);
        double before = 441; // in care on 2026-10-31 (placementMix)
        for (int t = 0; t < totals.size(); t++) {
            // Totals are rounded to 0.1 and flows to 0.01: the engine's own sums are exact.
            assertThat(totals.get(t) - before).as("month %d", t + 1).isCloseTo(entries.get(t) - exits.get(t), within(0.12));
            assertThat(lows.get(t)).isLessThanOrEqualTo(totals.get(t) + 0.1);
            assertThat(highs.get(t)).isGreaterThanOrEqualTo(totals.get(t) - 0.1);
            before = totals.get(t);
        }
        assertThat(highs.get(23) - lows.get(23)).as("the band widens with the horizon").isGreaterThan(highs.get(0) - lows.get(0));
    }

    @Test
    void theBackTestComparesWithTheChildrenTheHistoryShows() {
        var backTest = graphQl.document("""
                { forecastBackTest(cutOff: "2025-10-31", horizonMonths: 12) { checkedOn forecastTotal actualTotal totalError
                    meanAbsoluteError byPlacementType { placementType forecast actual error } } }
                """).execute().errors().verify();
        backTest.path("forecastBackTest.checkedOn").entity(String.class).isEqualTo("2026-10-31")
                .path("forecastBackTest.actualTotal").entity(Integer.class).isEqualTo(441);
        List<Integer> actual = backTest.path("forecastBackTest.byPlacementType[*].actual").entityList(Integer.class).get();
        assertThat(actual.stream().mapToInt(Integer::intValue).sum()).isEqualTo(441);
        double forecastTotal = backTest.path("forecastBackTest.forecastTotal").entity(Double.class).get();
        double error = backTest.path("forecastBackTest.totalError").entity(Double.class).get();
        assertThat(error).isCloseTo(forecastTotal - 441, within(0.05));
        System.out.println("BACKTEST " + backTest.path("forecastBackTest").entity(Object.class).get());
    }
}
