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
        List<String> words = new java.util.ArrayList<>();
        for (int year = 2021; year <= 2024; year++) {
            words.add(writeReturn(year).toString());
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(words, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(out).isZero();
        // Four returns (2021/22 to 2024/25): 24 reference months before and 12 ahead fit the cut-offs of 31 March 2023
        // and 2024, each forecast exactly.
        // Every reference month is the same (one in, one of 24 out), so every resample fits the same rates: the band is
        // the forecast itself, and nothing falls outside it.
        assertThat(out).contains("2023-03-31  2024-03-31      24.0  24.0-24.0         24   0.0%      0 / 0                  24, 24, 0.0%");
        assertThat(out).contains("2024-03-31  2025-03-31      24.0  24.0-24.0         24   0.0%      0 / 0                  24, 24, 0.0%");
        assertThat(out).contains("    FOSTERING        24.0  24.0-24.0         24   0.0%                                 24, 0.0%");
        assertThat(out).contains("    RESIDENTIAL       0.0  0.0-0.0            0      -                                 0, -");
        assertThat(out).doesNotContain("2022-03-31  ");
    }

    @Test
    void theDefaultCutOffsAreTheMarchEndsWithAFullReferencePeriodAndHorizon() {
        assertThat(ForecastBackTestCommand.defaultCutOffs(List.of(2017, 2018, 2019, 2020, 2021), 24, 12))
                .containsExactly(LocalDate.of(2019, 3, 31), LocalDate.of(2020, 3, 31), LocalDate.of(2021, 3, 31));
        assertThat(ForecastBackTestCommand.defaultCutOffs(List.of(2020, 2021), 24, 12)).isEmpty();
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
