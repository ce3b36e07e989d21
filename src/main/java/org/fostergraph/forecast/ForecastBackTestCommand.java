package org.fostergraph.forecast;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        return "<return folder>... [cut-off=YYYY-MM-DD]... [horizon=12] [reference=24]  (each folder holds header.csv and"
                + " episodes.csv, oldest return first; run on an empty graph)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        List<Path> folders = new ArrayList<>();
        List<LocalDate> cutOffs = new ArrayList<>();
        int horizon = 12;
        int reference = 24;
        try {
            for (String word : words) {
                if (word.startsWith("cut-off=")) {
                    cutOffs.add(LocalDate.parse(word.substring("cut-off=".length())));
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
            cutOffs = defaultCutOffs(stock.collectionYears(), reference, horizon);
        }
        if (cutOffs.isEmpty()) {
            out.println("The returns cover too few years for a " + reference + "-month reference period and a " + horizon
                    + "-month horizon; give cut-off=YYYY-MM-DD.");
            return 1;
        }
        out.printf("%nForecast %d months ahead from rates fitted on %d months, for council %s%n", horizon, reference, council);
        out.println("cut-off     checked on  forecast  10th-90th     actual  error   unknown(cut-off/checked)  the returns (every child): at cut-off, checked on, forecast's error");
        for (LocalDate cutOff : cutOffs) {
            Forecast.BackTest test = forecasts.backTest(scope, cutOff, horizon, reference);
            Map<CareCategory, Integer> returns = stock.inCareOn(test.checkedOn());
            int returnsTotal = returns.values().stream().mapToInt(Integer::intValue).sum();
            int returnsAtCutOff = stock.inCareOn(cutOff).values().stream().mapToInt(Integer::intValue).sum();
            out.printf("%s  %s  %8.1f  %-13s %6d  %5s   %4d / %-4d               %d, %d, %s%n", test.cutOff(), test.checkedOn(),
                    test.forecastTotal(), band(test.low(), test.high()), test.actualTotal(), percent(test.percentError()), test.unknownAtCutOff(),
                    test.unknownOnCheckedOn(), returnsAtCutOff, returnsTotal, percent(ForecastService.percentOff(test.forecastTotal(), returnsTotal)));
            for (Forecast.BackTestCategoryRow row : test.byCategory()) {
                out.printf("    %-12s %8.1f  %-13s %6d  %5s                                 %d, %s%n", row.category(), row.forecast(),
                        band(row.low(), row.high()), row.actual(),
                        percent(row.percentError()), returns.get(row.category()),
                        percent(ForecastService.percentOff(row.forecast(), returns.get(row.category()))));
            }
            test.unknownReasons().forEach(reason -> out.printf("    unknown on %s: %d %s%n", test.checkedOn(), reason.children(), reason.reason()));
        }
        return 0;
    }

    /**
     * Every 31 March with {@code reference} months of returns before it and {@code horizon} after it: the returns run
     * from 1 April of the first collection year to 31 March after the last.
     */
    static List<LocalDate> defaultCutOffs(List<Integer> collectionYears, int reference, int horizon) {
        if (collectionYears.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.of(collectionYears.stream().min(Integer::compare).orElseThrow(), 3, 31);
        LocalDate last = LocalDate.of(collectionYears.stream().max(Integer::compare).orElseThrow() + 1, 3, 31);
        List<LocalDate> cutOffs = new ArrayList<>();
        for (LocalDate cutOff = first; !cutOff.isAfter(last); cutOff = cutOff.plusYears(1)) {
            if (!cutOff.minusMonths(reference).isBefore(first) && !cutOff.plusMonths(horizon).isAfter(last)) {
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
