package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.fostergraph.HandBuiltGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code forecast-backtest} on a generated history whose answer is known by hand: from April 2018 one child a month
 * comes into care on the 15th, aged 10, with council foster carers, and leaves exactly 24 months later. On every month
 * end from March 2020 on, 24 children are in care (those who came in the last 24 months); each month one of 24 leaves
 * (a rate of 1/24) and one enters, so the forecast is 24 × 23/24 + 1 = 24 every month, and so is the truth.
 */
class ForecastBackTestCommandTest extends HandBuiltGraphTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Autowired
    private ForecastBackTestCommand command;

    @TempDir
    Path folder;

    @Test
    void aSteadyHistoryIsForecastExactly() throws IOException {
        String out = backTestFourReturns();

        // Four returns (2021/22 to 2024/25): 24 reference months before and 12 ahead fit the cut-offs of 31 March 2023
        // and 2024, each forecast exactly.
        // Every reference month is the same (one in, one of 24 out), so every resample fits the same rates and the band
        // is the children's own chance alone. By hand: each of the 24 in care at the cut-off is still in care a year on
        // with a chance q = (23/24)^12 = 0.60008, a variance of 24 q (1 − q) = 5.760; the entrants, one a month at
        // random, still in care a year on number 24 (1 − q) = 9.598 on average, and vary by as much. The band is
        // 24 ± 1.28155 × √15.358 = 24 ± 5.02.
        assertThat(out).contains("2023-03-31  2024-03-31      24.0  19.0-29.0         24   0.0%      0 / 0                  24, 24, 0.0%");
        assertThat(out).contains("2024-03-31  2025-03-31      24.0  19.0-29.0         24   0.0%      0 / 0                  24, 24, 0.0%");
        assertThat(out).contains("    FOSTERING        24.0  19.0-29.0         24   0.0%                                 24, 0.0%");
        assertThat(out).contains("    RESIDENTIAL       0.0  0.0-0.0            0      -                                 0, -");
        assertThat(out).doesNotContain("2022-03-31  ");
        assertThat(out).contains("Over the 2 cut-offs");
        assertThat(out).contains("    TOTAL        mean error 0.0 children, 0.0%   inside the band 2 of 2");
        assertThat(out).contains("    RESIDENTIAL  mean error 0.0 children, -   inside the band 2 of 2");
    }

    @Test
    void monthlyCutOffsBackTestEveryMonthEnd() throws IOException {
        String out = backTestFourReturns("cut-offs=monthly");

        // 31 March 2023 to 31 March 2024: 13 month ends, on each of which 24 children are in care and forecast.
        assertThat(out).contains("2023-09-30  2024-09-30      24.0  19.0-29.0         24   0.0%");
        assertThat(out).contains("Over the 13 cut-offs");
        assertThat(out).contains("    FOSTERING    mean error 0.0 children, 0.0%   inside the band 13 of 13");
    }

    @Test
    void theDefaultCutOffsAreTheMarchEndsWithAFullReferencePeriodAndHorizon() {
        assertThat(ForecastBackTestCommand.defaultCutOffs(List.of(2017, 2018, 2019, 2020, 2021), 24, 12, false))
                .containsExactly(LocalDate.of(2019, 3, 31), LocalDate.of(2020, 3, 31), LocalDate.of(2021, 3, 31));
        assertThat(ForecastBackTestCommand.defaultCutOffs(List.of(2020, 2021), 24, 12, false)).isEmpty();
    }

    @Test
    void monthlyCutOffsAreEveryMonthEndWithAFullReferencePeriodAndHorizon() {
        // Returns from 1 April 2017 to 31 March 2022: 24 months before the first cut-off (31 March 2019) and 12 after the
        // last (31 March 2021), every month end between: 25 of them, leap-year February included.
        List<LocalDate> cutOffs = ForecastBackTestCommand.defaultCutOffs(List.of(2017, 2018, 2019, 2020, 2021), 24, 12, true);
        assertThat(cutOffs).hasSize(25);
        assertThat(cutOffs.get(0)).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(cutOffs.get(1)).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(cutOffs.get(11)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(cutOffs.get(24)).isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @Test
    void theSummaryAveragesTheErrorsAndCountsTheActualsInsideTheBand() {
        // By hand: errors against the returns 2, 4 and 0 children (mean 2.0); as shares 2/10, 4/20 and 0/5 (mean 13.3%);
        // the accepted children 9 (inside 8-12), 25 (above 22) and 5 (inside 5-5).
        List<ForecastBackTestCommand.Scored> scored = List.of(new ForecastBackTestCommand.Scored(12, 8, 12, 9, 10),
                new ForecastBackTestCommand.Scored(16, 14, 22, 25, 20), new ForecastBackTestCommand.Scored(5, 5, 5, 5, 5));
        assertThat(ForecastBackTestCommand.summary("TOTAL", scored))
                .isEqualTo("TOTAL        mean error 2.0 children, 13.3%   inside the band 2 of 3");
        // A line the returns never count anyone in has no share to average.
        assertThat(ForecastBackTestCommand.summary("OTHER", List.of(new ForecastBackTestCommand.Scored(0.5, 0, 1, 0, 0))))
                .isEqualTo("OTHER        mean error 0.5 children, -   inside the band 1 of 1");
    }

    @Test
    void monthlyCutOffsBesideAGivenCutOffAreRefused() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(List.of(writeReturn(2021).toString(), "cut-off=2022-03-31", "cut-offs=monthly"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("cut-offs=monthly chooses the cut-offs itself; give it or cut-off=2022-03-31, not both." + System.lineSeparator());
    }

    @Test
    void aGraphThatHoldsTheCouncilsChildrenIsRefused() throws IOException {
        given("CREATE (:Child {id: 'BACKTEST:1', council: 'BACKTEST', dateOfBirth: date('2015-01-01')})"
                + "-[:HAD]->(:Placement {id: 'P1', start: date('2020-01-01'), placeCode: 'U4', providerCode: 'PR1', council: 'BACKTEST', openUntil: date('9999-12-31')})");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(List.of(writeReturn(2021).toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Council BACKTEST already has children in this graph.");
    }

    /** Runs the command on the returns of 2021/22 to 2024/25 and the options, and answers what it printed. */
    private String backTestFourReturns(String... options) throws IOException {
        List<String> words = new ArrayList<>();
        for (int year = 2021; year <= 2024; year++) {
            words.add(writeReturn(year).toString());
        }
        words.addAll(List.of(options));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(words, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        return out;
    }

    /** The return of the collection year starting 1 April {@code year}: every child in care at some time in it. */
    private Path writeReturn(int year) throws IOException {
        LocalDate yearStart = LocalDate.of(year, 4, 1);
        LocalDate yearEnd = LocalDate.of(year + 1, 3, 31);
        StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        StringBuilder episodes = new StringBuilder(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (int k = 0; k < 96; k++) {
            LocalDate start = LocalDate.of(2018, 4, 15).plusMonths(k);
            LocalDate end = start.plusMonths(24);
            if (start.isAfter(yearEnd) || end.isBefore(yearStart)) {
                continue;
            }
            String child = "G" + (1000 + k);
            header.append(child).append(",1,").append(start.minusYears(10).minusDays(20).format(DATE)).append(",WBRI,,,\n");
            boolean ended = !end.isAfter(yearEnd);
            episodes.append(child).append(',').append(start.format(DATE)).append(",S,C2,N1,U4,PR1,")
                    .append(ended ? end.format(DATE) : "").append(',').append(ended ? "E13" : "").append(",,WS1 1,WS2 8,XXXXXXX\n");
        }
        Path returnFolder = Files.createDirectories(folder.resolve(String.valueOf(year)));
        Files.writeString(returnFolder.resolve("header.csv"), header);
        Files.writeString(returnFolder.resolve("episodes.csv"), episodes);
        return returnFolder;
    }
}
