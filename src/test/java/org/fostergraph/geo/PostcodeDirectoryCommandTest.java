package org.fostergraph.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.fostergraph.FostergraphApplication;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar fostergraph.jar import-postcodes <file>} on a throw-away in-process Neo4j. */
@ExtendWith(OutputCaptureExtension.class)
class PostcodeDirectoryCommandTest {

    @Test
    void loadsTheDirectoryFromTheCommandLineWithAProgressBar(@TempDir Path folder, CapturedOutput output) throws IOException {
        Path file = Files.writeString(folder.resolve("ONSPD_NOV_2026_UK.csv"), PostcodeDirectoryTest.EXTRACT);

        int exitCode = FostergraphApplication.runCommand(new String[] {"import-postcodes", file.toString(),
                "--spring.profiles.active=test"});

        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("ONSPD_NOV_2026_UK.csv: 5 rows; 4 postcodes loaded, 1 without a location left out");
        Path broken = Files.writeString(folder.resolve("broken.csv"), PostcodeDirectoryTest.EXTRACT.replace("52.47,", "north,"));
        assertThat(FostergraphApplication.runCommand(new String[] {"import-postcodes", broken.toString(),
                "--spring.profiles.active=test"})).isEqualTo(2);
        assertThat(output.getOut()).contains("Problem: broken.csv row 4 lat 'north': is not a number from -90.0 to 99.999999",
                "broken.csv: 5 rows; 0 postcodes loaded, 1 without a location left out (nothing loaded: fix the problems above)");
    }
}
