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
        double before = 477; // in care on 2026-10-31 (counted from seed/placements.csv)
        for (int t = 0; t < totals.size(); t++) {
            // Totals are rounded to 0.1 and flows to 0.01: the engine's own sums are exact.
            assertThat(totals.get(t) - before).as("month %d", t + 1).isCloseTo(entries.get(t) - exits.get(t), within(0.12));
            assertThat(lows.get(t)).isLessThanOrEqualTo(totals.get(t) + 0.1);
            assertThat(highs.get(t)).isGreaterThanOrEqualTo(totals.get(t) - 0.1);
            before = totals.get(t);
        }
        assertThat(highs.get(23) - lows.get(23)).as("the band widens with the horizon").isGreaterThan(highs.get(0) - lows.get(0));
    }

    /** Issue 24: the forecast starts from the council's actual spend, not unit costs (it was 13.5% below). */
    @Test
    void theFirstMonthCostsWithin3PerCentOfWhatThePlacementMixSaysTheCouncilSpendsOnTheCutOffDay() {
        var answer = graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 1) { scenarios { months { weeklyCost } } }
                  placementMix(asOf: "2026-10-31") { total weeklyCostInternal weeklyCostExternal } }
                """).execute().errors().verify();
        double forecast = answer.path("sufficiencyForecast.scenarios[0].months[0].weeklyCost").entity(Double.class).get();
        double spent = answer.path("placementMix.weeklyCostInternal").entity(Double.class).get()
                + answer.path("placementMix.weeklyCostExternal").entity(Double.class).get();
        answer.path("placementMix.total").entity(Integer.class).isEqualTo(477);
        assertThat(forecast / spent).as("first month £%.0f against £%.0f on the day", forecast, spent).isBetween(0.97, 1.03);
        System.out.println("FORECAST-COST first month " + forecast + " against the mix's " + spent);
    }

    @Test
    void theBackTestComparesWithTheChildrenTheHistoryShows() {
        var backTest = graphQl.document("""
                { forecastBackTest(cutOff: "2025-10-31", horizonMonths: 12) { checkedOn forecastTotal low high actualTotal totalError
                    meanAbsoluteError byPlacementType { placementType forecast actual error }
                    byCategory { category forecast low high actual } unknownOnCheckedOn } }
                """).execute().errors().verify();
        backTest.path("forecastBackTest.checkedOn").entity(String.class).isEqualTo("2026-10-31")
                .path("forecastBackTest.actualTotal").entity(Integer.class).isEqualTo(477);
        List<Integer> actual = backTest.path("forecastBackTest.byPlacementType[*].actual").entityList(Integer.class).get();
        assertThat(actual.stream().mapToInt(Integer::intValue).sum()).isEqualTo(477);
        double forecastTotal = backTest.path("forecastBackTest.forecastTotal").entity(Double.class).get();
        double error = backTest.path("forecastBackTest.totalError").entity(Double.class).get();
        assertThat(error).isCloseTo(forecastTotal - 477, within(0.05));
        // Each category is its states' sum, as docs/FORECAST.md groups them; the seed has no unknown states.
        List<String> types = backTest.path("forecastBackTest.byPlacementType[*].placementType").entityList(String.class).get();
        java.util.Map<String, Integer> byCategory = new java.util.TreeMap<>();
        for (int i = 0; i < types.size(); i++) {
            String category = switch (types.get(i)) {
                case "IN_HOUSE_FOSTERING", "CONNECTED_PERSON", "IFA" -> "FOSTERING";
                case "COUNCIL_HOME", "PRIVATE_HOME" -> "RESIDENTIAL";
                case "SUPPORTED_ACCOMMODATION" -> "SUPPORTED";
                default -> "OTHER";
            };
            byCategory.merge(category, actual.get(i), Integer::sum);
        }
        backTest.path("forecastBackTest.byCategory[*].category").entityList(String.class)
                .containsExactly("FOSTERING", "RESIDENTIAL", "SUPPORTED", "OTHER")
                .path("forecastBackTest.byCategory[*].actual").entityList(Integer.class)
                .containsExactly(byCategory.get("FOSTERING"), byCategory.get("RESIDENTIAL"), byCategory.get("SUPPORTED"),
                        byCategory.getOrDefault("OTHER", 0))
                .path("forecastBackTest.unknownOnCheckedOn").entity(Integer.class).isEqualTo(0);
        System.out.println("BACKTEST " + backTest.path("forecastBackTest").entity(Object.class).get());

        // The band is the one the forecast itself states for that month: the same baseline, refitted the same way.
        var forecast = graphQl.document("""
                { sufficiencyForecast(cutOff: "2025-10-31", horizonMonths: 12) { scenarios { months { low high } } } }
                """).execute().errors().verify();
        backTest.path("forecastBackTest.low").entity(Double.class)
                .isEqualTo(forecast.path("sufficiencyForecast.scenarios[0].months[11].low").entity(Double.class).get())
                .path("forecastBackTest.high").entity(Double.class)
                .isEqualTo(forecast.path("sufficiencyForecast.scenarios[0].months[11].high").entity(Double.class).get());
        double low = backTest.path("forecastBackTest.low").entity(Double.class).get();
        double high = backTest.path("forecastBackTest.high").entity(Double.class).get();
        assertThat(low).isLessThan(forecastTotal);
        assertThat(high).isGreaterThan(forecastTotal);
        List<Double> categoryForecasts = backTest.path("forecastBackTest.byCategory[*].forecast").entityList(Double.class).get();
        List<Double> categoryLows = backTest.path("forecastBackTest.byCategory[*].low").entityList(Double.class).get();
        List<Double> categoryHighs = backTest.path("forecastBackTest.byCategory[*].high").entityList(Double.class).get();
        for (int i = 0; i < 3; i++) {
            assertThat(categoryForecasts.get(i)).as("category %d", i).isBetween(categoryLows.get(i), categoryHighs.get(i));
            assertThat(categoryLows.get(i)).as("category %d", i).isLessThan(categoryHighs.get(i));
        }
        // Nobody on the seed is in another kind of care, then or in the reference period: no forecast, no band.
        assertThat(categoryHighs.get(3)).isZero();
    }

    @Test
    void theCsvDownloadHoldsTheForecastsNumbers() {
        var forecast = graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 2, scenarios: [{name: "Recruit", extraInHousePlacesPerYear: 20}]) {
                    scenarios { name months { monthEnd total weeklyCost byPlacementType { placementType children } } } } }
                """).execute().errors().verify();
        String csv = as("commissioner").get()
                .uri("/api/reports/forecast.csv?cutOff=2026-10-31&horizonMonths=2&scenario=Recruit&extraInHousePlacesPerYear=20")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"forecast-2026-10-31.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("scenario,month_end,placement_type,children,low,high,weekly_cost");
        // Two scenarios (the baseline first), two months, an "All" row and eight care states each.
        assertThat(lines).hasSize(1 + 2 * 2 * 9);
        double total = forecast.path("sufficiencyForecast.scenarios[1].months[1].total").entity(Double.class).get();
        double weeklyCost = forecast.path("sufficiencyForecast.scenarios[1].months[1].weeklyCost").entity(Double.class).get();
        String allRow = lines.stream().filter(line -> line.startsWith("Recruit,2026-12-31,All,")).findFirst().orElseThrow();
        String[] cells = allRow.split(",");
        assertThat(Double.parseDouble(cells[3])).isEqualTo(Math.round(total * 10) / 10.0);
        assertThat(cells[4]).as("the band is the baseline's only").isEmpty();
        assertThat(Double.parseDouble(cells[6])).isEqualTo(Math.round(weeklyCost * 10) / 10.0);
        double ifa = forecast.path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[?(@.placementType == 'IFA')].children")
                .entityList(Double.class).get().get(0);
        String ifaRow = lines.stream().filter(line -> line.startsWith("Baseline,2026-11-30,IFA,")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(ifaRow.split(",")[3])).isEqualTo(Math.round(ifa * 10) / 10.0);
    }

    @Test
    void aBadForecastArgumentInTheCsvUrlIsRefusedByName() {
        as("commissioner").get().uri("/api/reports/forecast.csv?horizonMonths=61").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("horizonMonths").jsonPath("$.value").isEqualTo("'61'");
    }
}
