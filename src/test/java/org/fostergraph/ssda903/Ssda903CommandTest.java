package org.fostergraph.ssda903;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.fostergraph.FostergraphApplication;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: {@code java -jar fostergraph.jar import-ssda903 <file> <file>} starts without the web server
 * on a throw-away in-process Neo4j, imports, prints the summary and exits with a code saying how it went.
 */
@ExtendWith(OutputCaptureExtension.class)
class Ssda903CommandTest {

    @Test
    void importsFromTheCommandLineInEitherOrderAndExitsTwoWhenChildrenWereRefused(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path header = copy("header-broken.csv", folder);
        Path episodes = copy("episodes-broken.csv", folder);

        int exitCode = FostergraphApplication.runCommand(new String[] {"import-ssda903", episodes.toString(), header.toString(),
                "--spring.profiles.active=test", "--fostergraph.ssda903.council=DEMO"});

        assertThat(exitCode).isEqualTo(2);
        assertThat(output.getOut()).contains(
                "header-broken.csv: 10 rows; episodes-broken.csv: 13 rows; 20 rows refused",
                "Children: 10 read, 1 created, 0 updated, 0 unchanged, 9 refused",
                "Problem: episodes-broken.csv row 3 DECOM '15/02/2025': overlaps the episode on row 2, which ends on 01/03/2025",
                "Problem: header-broken.csv row 5 SEX '3': must be M (male), F (female) or U (not known), or before 2024/25 1 (male) or 2 (female)",
                // The graph holds no postcode-sector table: every sector is reported and nothing is placed wrongly.
                "Warning: episodes-broken.csv row 12 HOME_POST 'WS1 1': is not in the postcode-sector table");
    }

    /**
     * The demo council's 2026/27 return from the command line, checked against the seed files themselves: its children
     * are those with a placement open on a day from 1 April 2026 to 31 March 2027, and its episodes those placements
     * (each seed placement is one episode), counted here from {@code seed/placements.csv} with no fostergraph code.
     */
    @Test
    void exportsOneCollectionYearOfTheDemoCouncilFromTheCommandLine(@TempDir Path folder, CapturedOutput output) throws IOException {
        LocalDate first = LocalDate.of(2026, 4, 1);
        LocalDate last = LocalDate.of(2027, 3, 31);
        java.util.Set<String> children = new java.util.TreeSet<>();
        int episodes = 0;
        try (var parser = org.apache.commons.csv.CSVParser.builder().setReader(Files.newBufferedReader(Path.of("seed", "placements.csv")))
                .setFormat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (var row : parser) {
                LocalDate start = LocalDate.parse(row.get("start"));
                LocalDate end = row.get("end").isEmpty() ? null : LocalDate.parse(row.get("end"));
                if (!start.isAfter(last) && (end == null || !end.isBefore(first))) {
                    children.add(row.get("childId"));
                    episodes++;
                }
            }
        }

        // A command loads no demo data unless told to.
        int exitCode = FostergraphApplication.runCommand(new String[] {"export-ssda903", folder.toString(), "2027",
                "--spring.profiles.active=test", "--fostergraph.seed.mode=if-empty"});

        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains(folder + ": the 2026/27 return of DEMO, " + children.size() + " children");
        List<String> header = Files.readAllLines(folder.resolve("header.csv"));
        List<String> episodeRows = Files.readAllLines(folder.resolve("episodes.csv"));
        assertThat(header.get(0)).isEqualTo("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
        assertThat(header.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
                .containsExactlyElementsOf(children);
        assertThat(episodeRows).hasSize(episodes + 1);
        assertThat(FostergraphApplication.runCommand(new String[] {"export-ssda903", folder.toString(), "27",
                "--spring.profiles.active=test"})).isEqualTo(1);
    }

    private static Path copy(String fixture, Path folder) throws IOException {
        Path file = folder.resolve(fixture);
        Files.writeString(file, new ClassPathResource("ssda903/" + fixture).getContentAsString(StandardCharsets.UTF_8));
        return file;
    }
}
