package org.fostergraph.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code import-postcode-sectors <file>}: loads postcode sectors from the command line, as the service's operator: the
 * centres (national reference data), and the localities of the graph's council when it holds exactly one.
 */
@Component
class PostcodeSectorCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "import-postcode-sectors";

    private final PostcodeSectorTable table;
    private final PrintStream out = System.out;
    private int exitCode;

    PostcodeSectorCommand(PostcodeSectorTable table) {
        this.table = table;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        if (words.size() != 2 || !Files.isRegularFile(Path.of(words.get(1)))) {
            out.println("Usage: " + NAME + " <postcode_sectors.csv>");
            exitCode = 1;
            return;
        }
        Path file = Path.of(words.get(1));
        try (InputStream in = Files.newInputStream(file)) {
            PostcodeSectorTable.Summary summary = table.load(file.getFileName().toString(), in, table.commandLineUploader());
            summary.problems().forEach(problem -> out.printf("Problem: %s row %d %s '%s': %s%n", problem.file(),
                    problem.row(), problem.column() == null ? "" : problem.column(), problem.value(), problem.message()));
            out.printf("%s: %d rows; %d sectors created, %d updated; %d localities created%s%n", summary.file(),
                    summary.rows(), summary.sectorsCreated(), summary.sectorsUpdated(), summary.localitiesCreated(),
                    summary.problemCount() == 0 ? "" : " (nothing loaded: fix the problems above)");
            exitCode = summary.problemCount() == 0 ? 0 : 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
