package org.fostergraph.ssda903;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static Path copy(String fixture, Path folder) throws IOException {
        Path file = folder.resolve(fixture);
        Files.writeString(file, new ClassPathResource("ssda903/" + fixture).getContentAsString(StandardCharsets.UTF_8));
        return file;
    }
}
