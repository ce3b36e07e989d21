package org.fostergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

    static final Problems.Field AS_OF = new Problems.Field("asOf-day", "Report date");

    /** The scenario's levers: the API's name for each, and the form field and label the page shows. */
    static final Map<String, Problems.Field> SCENARIO_FIELDS = Map.of(
            "extraInHousePlacesPerYear", new Problems.Field("extraInHousePlacesPerYear", "Extra in-house places a year"),
            "stepDownShareOfIfaPerYear", new Problems.Field("stepDownShareOfIfaPerYear", "Share of agency-fostered children stepped down a year"),
            "newConstellations", new Problems.Field("newConstellations", "New constellations"));

    /** The answer to {@code Dashboard.graphql}. */
    record Reports(Mix mix, Grouped byLocality, Grouped byType, List<TrendPoint> trend, Distance distance, Stability stability,
            SufficiencyTable sufficiency, List<RecruitmentYear> recruitment) {
    }

    record Mix(String asOf, Integer total, Integer internal, Integer external, Double internalShare, Double weeklyCostInternal,
            Double weeklyCostExternal, Double annualCostInternal, Double annualCostExternal) {
    }

    record Grouped(List<MixGroup> groups) {
    }

    /** A group's counts as published: a number, or {@code c} when suppressed. */
    record MixGroup(List<String> key, String total, String internal, String external, Double internalShare, Double weeklyCost,
            Double annualCost) {
    }

    record TrendPoint(String asOf, Integer total, Integer internal, Integer external, Double weeklyCostInternal,
            Double weeklyCostExternal) {
    }

    record Distance(Integer measured, Integer unknownLocation, Integer over20Miles, Double over20MilesShare, Integer outsideBoundary,
            Double outsideBoundaryShare, List<DistanceGroup> byPlacementType) {
    }

    record DistanceGroup(String placementType, String measured, String over20Miles, String outsideBoundary) {
    }

    record Stability(Integer inCare, String threeOrMorePlacements, Double threeOrMoreShare, String longTermEligible,
            String longTermStable, Double longTermShare) {
    }

    record SufficiencyTable(List<LocalitySufficiency> localities) {
    }

    record LocalitySufficiency(String name, Supply supply, List<BandDemand> demand) {
    }

    record Supply(Integer approvedPlaces, Integer filled, Integer vacant, Integer held, Integer sleepoverBeds) {
    }

    record BandDemand(String ageBand, String demand, String placedExternally, String openReferrals, Integer vacanciesThatFit,
            String gap) {
    }

    record RecruitmentYear(String year, String carerType, Integer enquiries, Integer approvals, Integer deregistrations,
            Integer netGain) {
    }

    /** The answer to {@code DashboardForecast.graphql}. */
    record ForecastAnswer(Forecast sufficiencyForecast) {
    }

    record Forecast(String cutOff, String uncertainty, List<ScenarioForecast> scenarios) {

        static final Forecast NONE = new Forecast(null, null, List.of());
    }

    record ScenarioForecast(String name, Double annualCostAtHorizon, Double savingOverHorizon, List<MonthForecast> months) {
    }

    record MonthForecast(String monthEnd, Double total, Double low, Double high, Double weeklyCost, List<TypeForecast> byPlacementType) {
    }

    record TypeForecast(String placementType, Double children) {
    }

    private final GraphQlGateway graphQl;
    private final Clock clock;
    private final Words words;

    DashboardPage(GraphQlGateway graphQl, Clock clock, Words words) {
        this.graphQl = graphQl;
        this.clock = clock;
        this.words = words;
    }

    /**
     * The reports on a day ({@code asOf}, as GOV.UK's three-box date: day, month, year; today when blank) with the trend
     * over the months before it ({@code trendMonths}: 12, 24 or 36), and the forecast with one scenario.
     */
    @GetMapping("/web/dashboard")
    String show(HttpServletRequest request, @RequestParam(required = false) String extraInHousePlacesPerYear,
            @RequestParam(required = false) String stepDownShareOfIfaPerYear,
            @RequestParam(required = false) String newConstellations, @RequestParam(name = "asOf-day", required = false) String day,
            @RequestParam(name = "asOf-month", required = false) String month, @RequestParam(name = "asOf-year", required = false) String year,
            @RequestParam(defaultValue = "24") String trendMonths, Model model) {
        Problems problems = Problems.none();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = DateInput.read(AS_OF, day, month, year, today, problems);
        if (asOf.isAfter(today)) {
            problems.add(AS_OF, "The date must be today or in the past");
            asOf = today;
        }
        int months = switch (trendMonths) {
            case "12" -> 12;
            case "36" -> 36;
            default -> TREND_MONTHS;
        };
        Map<String, Object> variables = Map.of("asOf", asOf.toString(), "trendFrom", asOf.minusMonths(months).toString(),
                "trendTo", asOf.toString(), "recruitmentFrom", asOf.minusYears(RECRUITMENT_YEARS).toString());
        GraphQlGateway.Answer<Reports> answer = graphQl.execute(request, REPORTS, variables, Reports.class);
        Reports reports = answer.data();
        problems.refused(answer.refusals(), Map.of());
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfDay", day == null ? "" : day);
        model.addAttribute("asOfMonth", month == null ? "" : month);
        model.addAttribute("asOfYear", year == null ? "" : year);
        model.addAttribute("trendMonths", months);

        List<TrendPoint> trend = Api.orEmpty(reports.trend());
        model.addAttribute("trendChart", LineChart.of(trend.stream().map(point -> monthLabel(point.asOf())).toList(),
                List.of(new LineChart.Series("Internal", "internal", numbers(trend, TrendPoint::internal)),
                        new LineChart.Series("External", "external", numbers(trend, TrendPoint::external))), null, null));
        model.addAttribute("spendChart", LineChart.of(trend.stream().map(point -> monthLabel(point.asOf())).toList(),
                List.of(new LineChart.Series("Internal, £ a week", "internal", numbers(trend, TrendPoint::weeklyCostInternal)),
                        new LineChart.Series("External, £ a week", "external", numbers(trend, TrendPoint::weeklyCostExternal))), null, null));
        Map<String, Object> scenario = scenario(extraInHousePlacesPerYear, stepDownShareOfIfaPerYear, newConstellations, problems);
        addForecast(request, scenario, model, problems);

        model.addAttribute("problems", problems);
        model.addAttribute("mix", reports.mix());
        model.addAttribute("byLocality", reports.byLocality() == null ? List.of() : Api.orEmpty(reports.byLocality().groups()));
        model.addAttribute("byType", reports.byType() == null ? List.of() : Api.orEmpty(reports.byType().groups()));
        model.addAttribute("trend", trend);
        model.addAttribute("distance", reports.distance());
        model.addAttribute("stability", reports.stability());
        model.addAttribute("sufficiency", reports.sufficiency() == null ? List.of() : Api.orEmpty(reports.sufficiency().localities()));
        model.addAttribute("recruitment", Api.orEmpty(reports.recruitment()));
        model.addAttribute("variables", variables);
        model.addAttribute("scenario", scenario);
        model.addAttribute("forecastMonths", FORECAST_MONTHS);
        return "dashboard";
    }

    private void addForecast(HttpServletRequest request, Map<String, Object> scenario, Model model, Problems problems) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("horizonMonths", FORECAST_MONTHS);
        variables.put("scenarios", scenario == null ? List.of() : List.of(scenario));
        GraphQlGateway.Answer<ForecastAnswer> answer = graphQl.execute(request, FORECAST, variables, ForecastAnswer.class);
        problems.refused(answer.refusals(), SCENARIO_FIELDS);
        Forecast forecast = Objects.requireNonNullElse(answer.data().sufficiencyForecast(), Forecast.NONE);
        List<ScenarioForecast> scenarios = Api.orEmpty(forecast.scenarios());
        model.addAttribute("forecast", forecast);
        model.addAttribute("forecastScenarios", scenarios);
        if (scenarios.isEmpty()) {
            model.addAttribute("forecastChart", null);
            return;
        }
        List<MonthForecast> baseline = Api.orEmpty(scenarios.get(0).months());
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(scenarios.get(0).name(), "baseline", numbers(baseline, MonthForecast::total)));
        scenarios.stream().skip(1).forEach(other -> series.add(new LineChart.Series(other.name(), "scenario",
                numbers(Api.orEmpty(other.months()), MonthForecast::total))));
        model.addAttribute("forecastChart", LineChart.of(baseline.stream().map(month -> monthLabel(month.monthEnd())).toList(),
                series, numbers(baseline, MonthForecast::low), numbers(baseline, MonthForecast::high)));
        model.addAttribute("forecastHorizon", baseline.isEmpty() ? null : baseline.get(baseline.size() - 1));
    }

    /** The scenario from the form's levers; null (baseline only) when none is set. */
    private static Map<String, Object> scenario(String extraPlaces, String stepDownShare, String constellations, Problems problems) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        putNumber(scenario, "extraInHousePlacesPerYear", extraPlaces, problems, false);
        putNumber(scenario, "stepDownShareOfIfaPerYear", stepDownShare, problems, false);
        putNumber(scenario, "newConstellations", constellations, problems, true);
        if (scenario.isEmpty()) {
            return null;
        }
        scenario.put("name", "Scenario");
        return scenario;
    }

    private static void putNumber(Map<String, Object> target, String field, String value, Problems problems, boolean whole) {
        // Not a conditional expression: one would unbox both numbers to double, and a blank one to a NullPointerException.
        Object number;
        if (whole) {
            number = FormValues.wholeNumber(value, SCENARIO_FIELDS.get(field), problems);
        }
        else {
            number = FormValues.number(value, SCENARIO_FIELDS.get(field), problems);
        }
        if (number != null) {
            target.put(field, number);
        }
    }

    /** The field of each row as a number to draw; a row without one is drawn at 0. */
    private static <T> List<Double> numbers(List<T> rows, Function<T, ? extends Number> field) {
        return rows.stream().map(row -> {
            Number value = field.apply(row);
            return value == null ? 0.0 : value.doubleValue();
        }).toList();
    }

    private String monthLabel(String date) {
        return words.shortMonth(date);
    }
}
