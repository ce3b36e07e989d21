package org.fostergraph.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fostergraph.FostergraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The one registry of commands: each found by its name, an unknown one answered with the list. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTest {

    @Test
    void anUnknownCommandListsTheCommandsAndExitsOne(CapturedOutput output) {
        int exitCode = FostergraphApplication.runCommand(new String[] {"no-such-command", "--spring.profiles.active=test"});

        assertThat(exitCode).isEqualTo(1);
        assertThat(output.getOut()).contains("Unknown command 'no-such-command'. The commands are:",
                "  generate-national-graph [scale]", "  generate-ssda903 <episodes> <folder>",
                "  import-postcode-sectors <postcode_sectors.csv>", "  import-ssda903 <header.csv> <episodes.csv>");
    }

    @Test
    void aCommandRunsByItsNameWithTheWordsAfterIt(@TempDir Path folder, CapturedOutput output) throws Exception {
        int exitCode = FostergraphApplication.runCommand(new String[] {"generate-ssda903", "200", folder.toString(),
                "--spring.profiles.active=test"});

        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("Wrote " + folder.resolve("header.csv"));
        assertThat(Files.readAllLines(folder.resolve("episodes.csv")).size() - 1).isBetween(200, 230);
    }
}
