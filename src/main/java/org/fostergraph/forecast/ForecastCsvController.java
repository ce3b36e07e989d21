package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fostergraph.security.Scope;
import org.fostergraph.support.CsvDownload;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sufficiency forecast as a CSV file: one row per scenario, month and placement type (and an "All" row per month),
 * the same numbers as {@code sufficiencyForecast}. One scenario may be given beside the baseline.
 */
@RestController
@RequestMapping({"/api/reports", "/web/reports"})
class ForecastCsvController {

    private final ForecastService forecasts;

    ForecastCsvController(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/forecast.csv")
    ResponseEntity<String> forecast(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cutOff,
            @RequestParam(required = false) Integer horizonMonths, @RequestParam(required = false) Integer referenceMonths,
            @RequestParam(required = false) String scenario,
            @RequestParam(defaultValue = "0") double extraInHousePlacesPerYear,
            @RequestParam(defaultValue = "0") double stepDownShareOfIfaPerYear,
            @RequestParam(defaultValue = "0") int newConstellations,
            @RequestParam(defaultValue = "0") double entryRateChange) {
        Scope scope = Scope.ofCurrentRequest();
        List<Scenario> scenarios = scenario == null ? List.of() : List.of(new Scenario(scenario, extraInHousePlacesPerYear,
                stepDownShareOfIfaPerYear, newConstellations, entryRateChange));
        Forecast forecast = forecasts.forecast(scope, cutOff, horizonMonths, referenceMonths, scenarios);
        List<List<Object>> rows = new ArrayList<>();
        for (Forecast.ScenarioForecast projected : forecast.scenarios()) {
            for (Forecast.MonthForecast month : projected.months()) {
                rows.add(List.of(projected.name(), month.monthEnd(), "All", round(month.total()), blankOrRounded(month.low()),
                        blankOrRounded(month.high()), round(month.weeklyCost())));
                for (Forecast.TypeForecast type : month.byPlacementType()) {
                    rows.add(List.of(projected.name(), month.monthEnd(), type.placementType().name(), round(type.children()),
                            blankOrRounded(type.low()), blankOrRounded(type.high()), round(type.weeklyCost())));
                }
            }
        }
        return CsvDownload.of("forecast-" + forecast.cutOff() + ".csv", List.of("scenario", "month_end", "placement_type",
                "children", "low", "high", "weekly_cost"), rows);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Object blankOrRounded(Double value) {
        return CsvDownload.blankIfNull(value == null ? null : round(value));
    }
}
