package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.CareCategory;

/** A forecast of children in care from a cut-off: the baseline first, then each scenario. */
public record Forecast(LocalDate cutOff, int horizonMonths, int referenceMonths, String uncertainty,
        List<ScenarioForecast> scenarios) {

    /**
     * @param savingOverHorizon spend avoided against the baseline over the whole horizon (weekly × 52 / 12 a month)
     */
    public record ScenarioForecast(Scenario scenario, List<MonthForecast> months, double annualCostAtHorizon,
            double savingOverHorizon) {

        public String name() {
            return scenario.name();
        }
    }

    /** Children are expected numbers (one decimal); low and high bound the 10th–90th percentile band (baseline only). */
    public record MonthForecast(LocalDate monthEnd, double total, Double low, Double high, double entries, double exits,
            double movedFromAgencies, double weeklyCost, List<TypeForecast> byPlacementType, List<BandForecast> byAgeBand,
            List<LocalityGap> sufficiencyGap) {
    }

    public record TypeForecast(CareState placementType, double children, Double low, Double high, double weeklyCost) {
    }

    public record BandForecast(String ageBand, double children) {
    }

    /** Demand for in-house places (children fostered, in-house or by agencies) against the in-house places there. */
    public record LocalityGap(String locality, double inHouseSupply, double fosteringDemand, double gap, List<BandForecast> demandByAgeBand) {
    }

    /**
     * Fitted on the history up to the cut-off, the forecast of children in care by type a horizon later, against the
     * history: the children the accepted returns (and fostergraph's own records) place there. Children whose state a
     * refused return left unknown are counted apart, on both days.
     *
     * @param low the forecast's 10th percentile on the day checked, as the forecast's band is found
     * @param high its 90th percentile
     * @param percentError |forecast − actual| as a percentage of actual; null when actual is 0
     */
    public record BackTest(LocalDate cutOff, LocalDate checkedOn, int referenceMonths, double forecastTotal, double low,
            double high, int actualTotal,
            double totalError, Double percentError, List<BackTestRow> byPlacementType, List<BackTestCategoryRow> byCategory,
            double meanAbsoluteError, int unknownAtCutOff, int unknownOnCheckedOn, List<UnknownStateCount> unknownReasons) {
    }

    public record BackTestCategoryRow(CareCategory category, double forecast, double low, double high, int actual, double error,
            Double percentError) {
    }

    /** Children whose state is unknown on a day, for one reason (which return refused them, on which column). */
    public record UnknownStateCount(String reason, int children) {
    }

    public record BackTestRow(CareState placementType, double forecast, int actual, double error) {
    }

    /** One estimated monthly rate, with the children it rests on. */
    public record Rate(String ageBand, CareState from, String to, double rate, double observed) {
    }
}
