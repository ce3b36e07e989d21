package org.fostergraph.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.fostergraph.care.CareCategory;
import org.fostergraph.security.Scope;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.report.AgeBand;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sufficiency forecast: rates fitted on a reference period of the placement history (see {@link TransitionModel}),
 * projected month by month ({@link Projection}) for the baseline and each scenario. The baseline's band ({@link #band})
 * holds both the chance in each child's path and in entries, and the rates' own uncertainty.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

    static final int MAX_HORIZON = 60;
    static final int MIN_REFERENCE = 3;
    static final String UNCERTAINTY = "10th to 90th percentile: the chance in each child's path and in how many come into care, and"
            + " the spread of forecasts refitted on the reference months resampled with replacement";
    /** The standard normal's 90th percentile, Φ⁻¹(0.9): the band is the forecast ± this many standard deviations. */
    static final double Z90 = 1.2815515655446004;
    /** The band's columns, each a set of states: every state alone, then all of them (the total), then each category. */
    private static final boolean[][] COLUMNS = columns();

    private final ForecastRepository repository;
    private final ForecastProperties properties;
    private final Clock clock;

    ForecastService(ForecastRepository repository, ForecastProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    public Forecast forecast(Scope scope, LocalDate cutOff, Integer horizonMonths, Integer referenceMonths, List<Scenario> scenarios) {
        LocalDate day = checkedCutOff(cutOff);
        int horizon = checked("horizonMonths", horizonMonths, 24, 1, MAX_HORIZON);
        int reference = checked("referenceMonths", referenceMonths, 24, MIN_REFERENCE, MAX_HORIZON);
        List<ChildHistory> histories = repository.histories(scope, day);
        List<TransitionModel.Month> months = referencePeriod(histories, day, reference);
        TransitionModel model = TransitionModel.fit(months);
        Map<String, double[][]> start = inCareOn(histories, day);
        Map<String, Double> supply = repository.inHousePlacesByLocality(scope);
        double[] costs = weeklyCostsOn(histories, day);
        List<Projection.Month> baseline = project(model, start, day, horizon, Scenario.BASELINE, costs, supply);
        double[][][] band = band(months, model, baseline, start, day, horizon, costs);
        List<Forecast.ScenarioForecast> answers = new ArrayList<>();
        answers.add(answer(Scenario.BASELINE, baseline, baseline, band, costs));
        for (Scenario scenario : scenarios == null ? List.<Scenario>of() : scenarios) {
            checkScenario(scenario);
            answers.add(answer(scenario, project(model, start, day, horizon, scenario, costs, supply), baseline, null, costs));
        }
        return new Forecast(day, horizon, reference, UNCERTAINTY, answers);
    }

    /** The monthly rates fitted on the reference period up to the cut-off, for every band and state children were in. */
    public List<Forecast.Rate> rates(Scope scope, LocalDate cutOff, Integer referenceMonths) {
        LocalDate day = checkedCutOff(cutOff);
        int reference = checked("referenceMonths", referenceMonths, 24, MIN_REFERENCE, MAX_HORIZON);
        TransitionModel model = TransitionModel.fit(referencePeriod(repository.histories(scope, day), day, reference));
        List<Forecast.Rate> rates = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            for (CareState from : CareState.values()) {
                if (model.observed(band, from) == 0) {
                    continue;
                }
                for (CareState to : CareState.values()) {
                    if (model.rate(band, from, to) > 0) {
                        rates.add(new Forecast.Rate(band.label(), from, to.name(), round(model.rate(band, from, to), 4), model.observed(band, from)));
                    }
                }
                if (model.leavingRate(band, from) > 0) {
                    rates.add(new Forecast.Rate(band.label(), from, "LEFT_CARE", round(model.leavingRate(band, from), 4), model.observed(band, from)));
                }
            }
        }
        return rates;
    }

    /** Fitted on the history up to the cut-off, the baseline {@code horizonMonths} later against what the history shows then. */
    public Forecast.BackTest backTest(Scope scope, LocalDate cutOff, Integer horizonMonths, Integer referenceMonths) {
        LocalDate day = checkedCutOff(cutOff);
        int horizon = checked("horizonMonths", horizonMonths, 12, 1, MAX_HORIZON);
        int reference = checked("referenceMonths", referenceMonths, 24, MIN_REFERENCE, MAX_HORIZON);
        LocalDate checkedOn = day.plusMonths(horizon).with(TemporalAdjusters.lastDayOfMonth());
        if (checkedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidArgumentException("horizonMonths", horizon,
                    "the history must run " + horizon + " months past the cut-off, to " + checkedOn + ", for the forecast to be checked");
        }
        // One read serves both sides: the fit looks only at month ends up to the cut-off, where a placement that
        // starts later counts for nothing and one that ends later is open, as it was then.
        List<ChildHistory> histories = repository.histories(scope, checkedOn);
        List<TransitionModel.Month> months = referencePeriod(histories, day, reference);
        Map<String, double[][]> start = inCareOn(histories, day);
        double[] costs = weeklyCostsOn(histories, day);
        Map<String, Double> supply = repository.inHousePlacesByLocality(scope);
        TransitionModel model = TransitionModel.fit(months);
        List<Projection.Month> baseline = project(model, start, day, horizon, Scenario.BASELINE, costs, supply);
        double[][] band = band(months, model, baseline, start, day, horizon, costs)[horizon - 1];
        return compared(day, checkedOn, reference, baseline.get(horizon - 1), band, histories);
    }

    /**
     * The forecast for {@code checkedOn} against the children the history shows there, by state and by category, with
     * the forecast's band ({@link #band}'s last month) beside it, so a miss can be read against the uncertainty stated.
     */
    static Forecast.BackTest compared(LocalDate cutOff, LocalDate checkedOn, int reference, Projection.Month forecast,
            double[][] band, List<ChildHistory> histories) {
        int[] actual = new int[TransitionModel.STATES];
        Map<String, Integer> unknown = new TreeMap<>();
        int unknownAtCutOff = 0;
        for (ChildHistory child : histories) {
            CareState state = child.stateOn(checkedOn);
            if (state != null) {
                actual[state.ordinal()]++;
            }
            String reason = child.unknownReasonOn(checkedOn);
            if (reason != null) {
                unknown.merge(reason, 1, Integer::sum);
            }
            if (child.unknownOn(cutOff)) {
                unknownAtCutOff++;
            }
        }
        List<Forecast.BackTestRow> rows = new ArrayList<>();
        double[] forecastByCategory = new double[CareCategory.values().length];
        int[] actualByCategory = new int[CareCategory.values().length];
        double absoluteErrors = 0;
        for (CareState state : CareState.values()) {
            double predicted = forecast.byState()[state.ordinal()];
            absoluteErrors += Math.abs(predicted - actual[state.ordinal()]);
            rows.add(new Forecast.BackTestRow(state, round(predicted, 1), actual[state.ordinal()], round(predicted - actual[state.ordinal()], 1)));
            forecastByCategory[state.category().ordinal()] += predicted;
            actualByCategory[state.category().ordinal()] += actual[state.ordinal()];
        }
        List<Forecast.BackTestCategoryRow> categories = new ArrayList<>();
        for (CareCategory category : CareCategory.values()) {
            double predicted = forecastByCategory[category.ordinal()];
            int observed = actualByCategory[category.ordinal()];
            double[] categoryBand = band[categoryColumn(category)];
            categories.add(new Forecast.BackTestCategoryRow(category, round(predicted, 1), round(categoryBand[0], 1),
                    round(categoryBand[1], 1), observed, round(predicted - observed, 1), percentOff(predicted, observed)));
        }
        int actualTotal = Arrays.stream(actual).sum();
        List<Forecast.UnknownStateCount> reasons = unknown.entrySet().stream()
                .map(entry -> new Forecast.UnknownStateCount(entry.getKey(), entry.getValue())).toList();
        double[] totalBand = band[TransitionModel.STATES];
        return new Forecast.BackTest(cutOff, checkedOn, reference, round(forecast.total(), 1), round(totalBand[0], 1),
                round(totalBand[1], 1), actualTotal,
                round(forecast.total() - actualTotal, 1),
                percentOff(forecast.total(), actualTotal), rows, categories,
                round(absoluteErrors / CareState.values().length, 2), unknownAtCutOff,
                unknown.values().stream().mapToInt(Integer::intValue).sum(), reasons);
    }

    private List<Projection.Month> project(TransitionModel model, Map<String, double[][]> start, LocalDate day, int horizon,
            Scenario scenario, double[] costs, Map<String, Double> supply) {
        return Projection.run(model, start, day, horizon, scenario, costs, supply, properties.placesPerNewConstellationPerYear());
    }

    /** The column of {@link #band} for a category: after the states and the total. */
    private static int categoryColumn(CareCategory category) {
        return TransitionModel.STATES + 1 + category.ordinal();
    }

    /**
     * [month][state, then the total, then each category][low, high]: the baseline ± {@link #Z90} standard deviations of
     * what the model says the count could be. Two parts make the variance (docs/FORECAST.md, "Method", 5): the chance
     * in each child's own path and in how many come into care, given the fitted rates ({@link
     * Projection#sumOfSquaredChances}); and how far the forecast moves when the rates are refitted on the reference
     * months resampled with replacement (a bootstrap over months, so a month's entrants and moves stay together).
     */
    private double[][][] band(List<TransitionModel.Month> months, TransitionModel model, List<Projection.Month> baseline,
            Map<String, double[][]> start, LocalDate day, int horizon, double[] costs) {
        int resamples = properties.resamples();
        double[][][] samples = new double[horizon][COLUMNS.length][resamples];
        Random random = new Random(903);
        for (int r = 0; r < resamples; r++) {
            List<TransitionModel.Month> drawn = new ArrayList<>();
            for (int k = 0; k < months.size(); k++) {
                drawn.add(months.get(random.nextInt(months.size())));
            }
            List<Projection.Month> projected = Projection.runPooled(TransitionModel.fit(drawn), start, day, horizon, Scenario.BASELINE,
                    costs, properties.placesPerNewConstellationPerYear());
            for (int t = 0; t < horizon; t++) {
                for (int c = 0; c < COLUMNS.length; c++) {
                    samples[t][c][r] = inColumn(projected.get(t), COLUMNS[c]);
                }
            }
        }
        double[][] squaredChances = Projection.sumOfSquaredChances(model, start, horizon, COLUMNS);
        double[][][] band = new double[horizon][COLUMNS.length][];
        for (int t = 0; t < horizon; t++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                double expected = inColumn(baseline.get(t), COLUMNS[c]);
                double childrenVariance = Math.max(0, expected - squaredChances[t][c]);
                double spread = Z90 * Math.sqrt(childrenVariance + variance(samples[t][c]));
                band[t][c] = new double[] {Math.max(0, expected - spread), expected + spread};
            }
        }
        return band;
    }

    private static double inColumn(Projection.Month month, boolean[] column) {
        double children = 0;
        for (int j = 0; j < TransitionModel.STATES; j++) {
            if (column[j]) {
                children += month.byState()[j];
            }
        }
        return children;
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(value -> (value - mean) * (value - mean)).average().orElse(0);
    }

    private static boolean[][] columns() {
        boolean[][] columns = new boolean[TransitionModel.STATES + 1 + CareCategory.values().length][TransitionModel.STATES];
        for (CareState state : CareState.values()) {
            columns[state.ordinal()][state.ordinal()] = true;
            columns[TransitionModel.STATES][state.ordinal()] = true;
            columns[categoryColumn(state.category())][state.ordinal()] = true;
        }
        return columns;
    }

    private Forecast.ScenarioForecast answer(Scenario scenario, List<Projection.Month> projected, List<Projection.Month> baseline,
            double[][][] band, double[] costs) {
        List<Forecast.MonthForecast> months = new ArrayList<>();
        double saving = 0;
        for (int t = 0; t < projected.size(); t++) {
            Projection.Month month = projected.get(t);
            saving += (baseline.get(t).weeklyCost() - month.weeklyCost()) * 52 / 12;
            List<Forecast.TypeForecast> types = new ArrayList<>();
            for (CareState state : CareState.values()) {
                double children = month.byState()[state.ordinal()];
                types.add(new Forecast.TypeForecast(state, round(children, 1), band == null ? null : round(band[t][state.ordinal()][0], 1),
                        band == null ? null : round(band[t][state.ordinal()][1], 1), round(children * costs[state.ordinal()], 0)));
            }
            List<Forecast.BandForecast> bands = new ArrayList<>();
            for (AgeBand ageBand : AgeBand.values()) {
                bands.add(new Forecast.BandForecast(ageBand.label(), round(month.byBand()[ageBand.ordinal()], 1)));
            }
            List<Forecast.LocalityGap> gaps = new ArrayList<>();
            month.fosteringDemand().forEach((locality, demand) -> {
                List<Forecast.BandForecast> byBand = new ArrayList<>();
                for (AgeBand ageBand : AgeBand.values()) {
                    byBand.add(new Forecast.BandForecast(ageBand.label(), round(demand[ageBand.ordinal()], 1)));
                }
                double fostered = Arrays.stream(demand).sum();
                double places = month.inHouseSupply().get(locality);
                gaps.add(new Forecast.LocalityGap(locality, round(places, 1), round(fostered, 1), round(fostered - places, 1), byBand));
            });
            double[] total = band == null ? null : band[t][TransitionModel.STATES];
            months.add(new Forecast.MonthForecast(month.end(), round(month.total(), 1), total == null ? null : round(total[0], 1),
                    total == null ? null : round(total[1], 1), round(month.entries(), 2), round(month.exits(), 2),
                    round(month.movedInHouse(), 2), round(month.weeklyCost(), 0), types, bands, gaps));
        }
        double lastYearWeekly = projected.subList(Math.max(0, projected.size() - 12), projected.size()).stream()
                .mapToDouble(Projection.Month::weeklyCost).average().orElse(0);
        return new Forecast.ScenarioForecast(scenario, months, round(lastYearWeekly * 52, 0), round(saving, 0));
    }

    /**
     * Children in care on the day by home locality, [age in months][state]; one the records make 18 or older is in
     * their last month (they leave at the first month end). A child whose state is unknown that day is not counted.
     */
    private static Map<String, double[][]> inCareOn(List<ChildHistory> histories, LocalDate day) {
        Map<String, double[][]> start = new TreeMap<>();
        for (ChildHistory child : histories) {
            CareState state = child.stateOn(day);
            if (state != null) {
                String locality = child.locality() == null ? TransitionModel.UNKNOWN_LOCALITY : child.locality();
                int age = Math.min(Projection.AGE_MONTHS - 1, Math.max(0, child.ageInMonthsOn(day)));
                start.computeIfAbsent(locality, l -> new double[Projection.AGE_MONTHS][TransitionModel.STATES])[age][state.ordinal()]++;
            }
        }
        return start;
    }

    /**
     * The weekly cost of a child in each care state: what the council paid on the cut-off day, on average, for the
     * children in that state (each child's latest-starting open placement, as the placement mix counts them), so that
     * the forecast starts from the council's own spend; the configured unit cost for a state nobody was in, or whose
     * placements record no cost.
     */
    private double[] weeklyCostsOn(List<ChildHistory> histories, LocalDate day) {
        double[] spent = new double[TransitionModel.STATES];
        int[] costed = new int[TransitionModel.STATES];
        for (ChildHistory child : histories) {
            ChildHistory.Spell spell = child.spellOn(day);
            if (spell != null && spell.weeklyCost() != null) {
                spent[spell.state().ordinal()] += spell.weeklyCost();
                costed[spell.state().ordinal()]++;
            }
        }
        double[] costs = new double[TransitionModel.STATES];
        for (CareState state : CareState.values()) {
            int j = state.ordinal();
            costs[j] = costed[j] > 0 ? spent[j] / costed[j] : properties.weeklyCost(state);
        }
        return costs;
    }

    /** A cut-off: the last month end before today when not given, else a month end not after today. */
    private LocalDate checkedCutOff(LocalDate cutOff) {
        LocalDate today = LocalDate.now(clock);
        if (cutOff == null) {
            LocalDate end = today.with(TemporalAdjusters.lastDayOfMonth());
            return end.equals(today) ? today : today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        }
        if (!cutOff.equals(cutOff.with(TemporalAdjusters.lastDayOfMonth()))) {
            throw new InvalidArgumentException("cutOff", cutOff, "the forecast starts at a month end (for example "
                    + cutOff.with(TemporalAdjusters.lastDayOfMonth()) + ")");
        }
        if (cutOff.isAfter(today)) {
            throw new InvalidArgumentException("cutOff", cutOff, "the cut-off must not be after today (" + today + ")");
        }
        return cutOff;
    }

    /** The reference period's months, once the history is known to cover them. */
    private List<TransitionModel.Month> referencePeriod(List<ChildHistory> histories, LocalDate cutOff, int reference) {
        LocalDate first = histories.stream().flatMap(child -> child.placements().stream()).map(ChildHistory.Spell::start)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate periodStart = cutOff.minusMonths(reference).with(TemporalAdjusters.lastDayOfMonth());
        if (first == null || first.isAfter(periodStart)) {
            throw new InvalidArgumentException("referenceMonths", reference, "the reference period would start on " + periodStart
                    + ", before the history does (" + (first == null ? "no placements" : "first placement " + first) + ")");
        }
        return TransitionModel.observe(histories, cutOff, reference, properties.entryMonths());
    }

    private static int checked(String field, Integer value, int fallback, int min, int max) {
        int checked = value == null ? fallback : value;
        if (checked < min || checked > max) {
            throw new InvalidArgumentException(field, checked, "must be between " + min + " and " + max);
        }
        return checked;
    }

    private static void checkScenario(Scenario scenario) {
        if (scenario.name() == null || scenario.name().isBlank()) {
            throw new InvalidArgumentException("scenarios.name", scenario.name(), "each scenario needs a name");
        }
        if (scenario.extraInHousePlacesPerYear() < 0 || scenario.extraInHousePlacesPerYear() > 10_000) {
            throw new InvalidArgumentException("extraInHousePlacesPerYear", scenario.extraInHousePlacesPerYear(), "must be between 0 and 10000");
        }
        if (scenario.stepDownShareOfIfaPerYear() < 0 || scenario.stepDownShareOfIfaPerYear() > 1) {
            throw new InvalidArgumentException("stepDownShareOfIfaPerYear", scenario.stepDownShareOfIfaPerYear(), "must be a share from 0 to 1");
        }
        if (scenario.newConstellations() < 0 || scenario.newConstellations() > 1000) {
            throw new InvalidArgumentException("newConstellations", scenario.newConstellations(), "must be between 0 and 1000");
        }
        if (scenario.entryRateChange() < -1 || scenario.entryRateChange() > 10) {
            throw new InvalidArgumentException("entryRateChange", scenario.entryRateChange(), "must be a fraction from -1 to 10");
        }
    }

    /** |forecast − actual| as a percentage of actual, to one decimal; null when actual is 0. */
    static Double percentOff(double forecast, int actual) {
        return actual == 0 ? null : round(100 * Math.abs(forecast - actual) / actual, 1);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
