package org.fostergraph.forecast;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.care.CareCategory;
import org.fostergraph.command.Command;
import org.fostergraph.security.Scope;
import org.fostergraph.ssda903.ReturnsStock;
import org.fostergraph.ssda903.Ssda903ImportSummary;
import org.fostergraph.ssda903.Ssda903Importer;
import org.fostergraph.ssda903.Ssda903Source;

import org.springframework.stereotype.Component;

/**
 * {@code forecast-backtest <return folder>…}: imports a council's SSDA903 returns, oldest first, into an empty graph and
 * back-tests the forecast at each cut-off: fitted on the history up to it, the baseline a horizon later against the
 * children the accepted returns place there, and beside it what the returns themselves say (every child, refused
 * ones included: the figure the public demand model is checked against). By default the cut-offs are every 31 March
 * with a full reference period before it and the horizon after it within the returns. docs/FORECAST.md, "Back-test".
 */
@Component
class ForecastBackTestCommand implements Command {

    /** The council the returns are imported as when the command line names none. */
    static final String COUNCIL = "BACKTEST";
    /** The summary's name for the forecast of all children, beside each category's. */
    private static final String TOTAL = "TOTAL";

    private final Ssda903Importer importer;
    private final ForecastService forecasts;
    private final ForecastRepository histories;

    ForecastBackTestCommand(Ssda903Importer importer, ForecastService forecasts, ForecastRepository histories) {
        this.importer = importer;
        this.forecasts = forecasts;
        this.histories = histories;
    }

    @Override
    public String name() {
        return "forecast-backtest";
    }

    @Override
    public String usage() {
        return "<return folder>... [cut-off=YYYY-MM-DD]... [cut-offs=monthly] [horizon=12] [reference=24]  (each folder holds"
                + " header.csv and episodes.csv, oldest return first; run on an empty graph)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        List<Path> folders = new ArrayList<>();
        List<LocalDate> cutOffs = new ArrayList<>();
        int horizon = 12;
        int reference = 24;
        boolean monthly = false;
        try {
            for (String word : words) {
                if (word.startsWith("cut-off=")) {
                    cutOffs.add(LocalDate.parse(word.substring("cut-off=".length())));
                }
                else if (word.equals("cut-offs=monthly")) {
                    monthly = true;
                }
                else if (word.startsWith("horizon=")) {
                    horizon = Integer.parseInt(word.substring("horizon=".length()));
                }
                else if (word.startsWith("reference=")) {
                    reference = Integer.parseInt(word.substring("reference=".length()));
                }
                else if (Files.isRegularFile(Path.of(word, "header.csv")) && Files.isRegularFile(Path.of(word, "episodes.csv"))) {
                    folders.add(Path.of(word));
                }
                else {
                    out.println("'" + word + "' is neither a folder holding header.csv and episodes.csv nor an option.");
                    out.println("Usage: " + name() + " " + usage());
                    return 1;
                }
            }
        }
        catch (DateTimeParseException | NumberFormatException bad) {
            out.println("Could not read " + bad.getMessage() + ". Usage: " + name() + " " + usage());
            return 1;
        }
        if (folders.isEmpty()) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        if (monthly && !cutOffs.isEmpty()) {
            out.println("cut-offs=monthly chooses the cut-offs itself; give it or cut-off=" + cutOffs.get(0) + ", not both.");
            return 1;
        }
        String council = importer.commandLineCouncil().orElse(COUNCIL);
        Scope scope = new Scope(List.of(council));
        if (histories.holdsChildren(scope)) {
            out.println("Council " + council + " already has children in this graph. Run the back-test on an empty graph:"
                    + " --fostergraph.in-process-neo4j.directory=<a new folder> --fostergraph.seed.mode=never");
            return 1;
        }
        for (Path folder : folders) {
            Ssda903ImportSummary summary = importer.importReturn(council, Ssda903Source.of(folder.resolve("header.csv")),
                    Ssda903Source.of(folder.resolve("episodes.csv")), Ssda903Importer.Progress.NONE, false);
            out.printf("%s: %d children read, %d refused (%d of them placed by an earlier return, now in an unknown state)%n",
                    folder, summary.children().read(), summary.children().rejected(), summary.children().stateUnknown());
        }
        ReturnsStock stock = new ReturnsStock(folders.stream().map(folder -> Ssda903Source.of(folder.resolve("episodes.csv"))).toList());
        if (cutOffs.isEmpty()) {
            cutOffs = defaultCutOffs(stock.collectionYears(), reference, horizon, monthly);
        }
        if (cutOffs.isEmpty()) {
            out.println("The returns cover too few years for a " + reference + "-month reference period and a " + horizon
                    + "-month horizon; give cut-off=YYYY-MM-DD.");
            return 1;
        }
        out.printf("%nForecast %d months ahead from rates fitted on %d months, for council %s%n", horizon, reference, council);
        out.println("cut-off     checked on  forecast  10th-90th     actual  error   unknown(cut-off/checked)  the returns (every child): at cut-off, checked on, forecast's error");
        Map<String, List<Scored>> scores = new LinkedHashMap<>();
        for (LocalDate cutOff : cutOffs) {
            Forecast.BackTest test = forecasts.backTest(scope, cutOff, horizon, reference);
            Map<CareCategory, Integer> returns = stock.inCareOn(test.checkedOn());
            int returnsTotal = returns.values().stream().mapToInt(Integer::intValue).sum();
            int returnsAtCutOff = stock.inCareOn(cutOff).values().stream().mapToInt(Integer::intValue).sum();
            out.printf("%s  %s  %8.1f  %-13s %6d  %5s   %4d / %-4d               %d, %d, %s%n", test.cutOff(), test.checkedOn(),
                    test.forecastTotal(), band(test.low(), test.high()), test.actualTotal(), percent(test.percentError()), test.unknownAtCutOff(),
                    test.unknownOnCheckedOn(), returnsAtCutOff, returnsTotal, percent(ForecastService.percentOff(test.forecastTotal(), returnsTotal)));
            scores.computeIfAbsent(TOTAL, key -> new ArrayList<>())
                    .add(new Scored(test.forecastTotal(), test.low(), test.high(), test.actualTotal(), returnsTotal));
            for (Forecast.BackTestCategoryRow row : test.byCategory()) {
                scores.computeIfAbsent(row.category().name(), key -> new ArrayList<>())
                        .add(new Scored(row.forecast(), row.low(), row.high(), row.actual(), returns.get(row.category())));
                out.printf("    %-12s %8.1f  %-13s %6d  %5s                                 %d, %s%n", row.category(), row.forecast(),
                        band(row.low(), row.high()), row.actual(),
                        percent(row.percentError()), returns.get(row.category()),
                        percent(ForecastService.percentOff(row.forecast(), returns.get(row.category()))));
            }
            test.unknownReasons().forEach(reason -> out.printf("    unknown on %s: %d %s%n", test.checkedOn(), reason.children(), reason.reason()));
        }
        if (cutOffs.size() > 1) {
            out.printf("%nOver the %d cut-offs: the forecast's mean absolute error against the returns, in children and as a"
                    + " share of them, and how many times the accepted children fell inside its 10th-90th band%n", cutOffs.size());
            scores.forEach((name, scored) -> out.println("    " + summary(name, scored)));
        }
        return 0;
    }

    /** One forecast beside what happened: the accepted children (whom the band is about) and the returns' count. */
    record Scored(double forecast, double low, double high, int accepted, int returns) {
    }

    /**
     * How one line of the forecast did over several cut-offs: its mean absolute error against the returns in children
     * and in percent (over the cut-offs where the returns count anyone), and how often the accepted children fell inside
     * its band. Over many cut-offs this says more than any one of them: on the public samples one category's error at
     * one cut-off moves by tens of points from one month end to the next (docs/FORECAST.md).
     */
    static String summary(String name, List<Scored> scored) {
        double absolute = scored.stream().mapToDouble(score -> Math.abs(score.forecast() - score.returns())).average().orElse(0);
        double percent = scored.stream().filter(score -> score.returns() > 0)
                .mapToDouble(score -> 100 * Math.abs(score.forecast() - score.returns()) / score.returns()).average().orElse(Double.NaN);
        long inside = scored.stream().filter(score -> score.low() <= score.accepted() && score.accepted() <= score.high()).count();
        return String.format("%-12s mean error %.1f children, %s   inside the band %d of %d", name, absolute,
                Double.isNaN(percent) ? "-" : String.format("%.1f%%", percent), inside, scored.size());
    }

    /**
     * Every 31 March (or, {@code monthly}, every month end) with {@code reference} months of returns before it and
     * {@code horizon} after it: the returns run from 1 April of the first collection year to 31 March after the last.
     */
    static List<LocalDate> defaultCutOffs(List<Integer> collectionYears, int reference, int horizon, boolean monthly) {
        if (collectionYears.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.of(collectionYears.stream().min(Integer::compare).orElseThrow(), 3, 31);
        LocalDate last = LocalDate.of(collectionYears.stream().max(Integer::compare).orElseThrow() + 1, 3, 31);
        List<LocalDate> cutOffs = new ArrayList<>();
        int step = monthly ? 1 : 12;
        for (LocalDate cutOff = first; !cutOff.isAfter(last); cutOff = YearMonth.from(cutOff).plusMonths(step).atEndOfMonth()) {
            if (!YearMonth.from(cutOff).minusMonths(reference).atEndOfMonth().isBefore(first)
                    && !YearMonth.from(cutOff).plusMonths(horizon).atEndOfMonth().isAfter(last)) {
                cutOffs.add(cutOff);
            }
        }
        return cutOffs;
    }

    private static String band(double low, double high) {
        return String.format("%.1f-%.1f", low, high);
    }

    private static String percent(Double value) {
        return value == null ? "-" : String.format("%.1f%%", value);
    }

}
