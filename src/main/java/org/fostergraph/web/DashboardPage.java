package org.fostergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commissioner's dashboard: today's internal and external mix by locality and placement type with spend, the
 * monthly trend, distance from home, stability, sufficiency gaps, carer net gain and the forecast with a scenario.
 * Every figure is the API's, suppressed cells included ({@code c}); every table downloads as the API's CSV.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class DashboardPage {

    private static final String REPORTS = PageDocuments.read("Dashboard");

    private static final String FORECAST = PageDocuments.read("DashboardForecast");

    static final int TREND_MONTHS = 24;
    static final int RECRUITMENT_YEARS = 3;
    static final int FORECAST_MONTHS = 24;

    private final GraphQlGateway graphQl;
    private final Clock clock;

    DashboardPage(GraphQlGateway graphQl, Clock clock) {
        this.graphQl = graphQl;
        this.clock = clock;
    }

    @GetMapping("/web/dashboard")
    String show(HttpServletRequest request, @RequestParam(required = false) String extraInHousePlacesPerYear,
            @RequestParam(required = false) String stepDownShareOfIfaPerYear,
            @RequestParam(required = false) String newConstellations, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> variables = Map.of("trendFrom", today.minusMonths(TREND_MONTHS).toString(), "trendTo", today.toString(),
                "recruitmentFrom", today.minusYears(RECRUITMENT_YEARS).toString());
        GraphQlGateway.Answer reports = graphQl.execute(request, REPORTS, variables);
        List<String> errors = new ArrayList<>(reports.errors());

        List<Map<String, Object>> trend = reports.list("trend");
        model.addAttribute("trendChart", LineChart.of(trend.stream().map(point -> monthLabel(point.get("asOf"))).toList(),
                List.of(new LineChart.Series("Internal", "internal", numbers(trend, "internal")),
                        new LineChart.Series("External", "external", numbers(trend, "external"))), null, null));
        Map<String, Object> scenario = scenario(extraInHousePlacesPerYear, stepDownShareOfIfaPerYear, newConstellations, errors);
        addForecast(request, scenario, model, errors);

        model.addAttribute("errors", errors);
        model.addAttribute("mix", reports.object("mix"));
        model.addAttribute("byLocality", Maps.list(reports.object("byLocality"), "groups"));
        model.addAttribute("byType", Maps.list(reports.object("byType"), "groups"));
        model.addAttribute("trend", trend);
        model.addAttribute("distance", reports.object("distance"));
        model.addAttribute("stability", reports.object("stability"));
        model.addAttribute("sufficiency", Maps.list(reports.object("sufficiency"), "localities"));
        model.addAttribute("recruitment", reports.list("recruitment"));
        model.addAttribute("variables", variables);
        model.addAttribute("scenario", scenario);
        model.addAttribute("forecastMonths", FORECAST_MONTHS);
        return "dashboard";
    }

    private void addForecast(HttpServletRequest request, Map<String, Object> scenario, Model model, List<String> errors) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("horizonMonths", FORECAST_MONTHS);
        variables.put("scenarios", scenario == null ? List.of() : List.of(scenario));
        GraphQlGateway.Answer answer = graphQl.execute(request, FORECAST, variables);
        errors.addAll(answer.errors());
        Map<String, Object> forecast = answer.object("sufficiencyForecast");
        List<Map<String, Object>> scenarios = Maps.list(forecast, "scenarios");
        model.addAttribute("forecast", forecast);
        model.addAttribute("forecastScenarios", scenarios);
        if (scenarios.isEmpty()) {
            model.addAttribute("forecastChart", null);
            return;
        }
        List<Map<String, Object>> baseline = Maps.list(scenarios.get(0), "months");
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(String.valueOf(scenarios.get(0).get("name")), "baseline", numbers(baseline, "total")));
        scenarios.stream().skip(1).forEach(other -> series.add(new LineChart.Series(String.valueOf(other.get("name")), "scenario",
                numbers(Maps.list(other, "months"), "total"))));
        model.addAttribute("forecastChart", LineChart.of(baseline.stream().map(month -> monthLabel(month.get("monthEnd"))).toList(),
                series, numbers(baseline, "low"), numbers(baseline, "high")));
        model.addAttribute("forecastHorizon", baseline.isEmpty() ? null : baseline.get(baseline.size() - 1));
    }

    /** The scenario from the form's levers; null (baseline only) when none is set. */
    private static Map<String, Object> scenario(String extraPlaces, String stepDownShare, String constellations, List<String> errors) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        putNumber(scenario, "extraInHousePlacesPerYear", extraPlaces, errors, false);
        putNumber(scenario, "stepDownShareOfIfaPerYear", stepDownShare, errors, false);
        putNumber(scenario, "newConstellations", constellations, errors, true);
        if (scenario.isEmpty()) {
            return null;
        }
        scenario.put("name", "Scenario");
        return scenario;
    }

    private static void putNumber(Map<String, Object> target, String field, String value, List<String> errors, boolean whole) {
        // Not a conditional expression: one would unbox both numbers to double, and a blank one to a NullPointerException.
        Object number;
        if (whole) {
            number = FormValues.wholeNumber(value, field, errors);
        }
        else {
            number = FormValues.number(value, field, errors);
        }
        if (number != null) {
            target.put(field, number);
        }
    }

    private static List<Double> numbers(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(row -> {
            Double value = Maps.number(row, field);
            return value == null ? 0.0 : value;
        }).toList();
    }

    private static String monthLabel(Object date) {
        return String.valueOf(date).substring(0, 7);
    }
}
