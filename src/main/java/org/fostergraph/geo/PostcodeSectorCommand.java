package org.fostergraph.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/**
 * {@code import-postcode-sectors <file>}: loads postcode sectors from the command line, as the service's operator: the
 * centres (national reference data), and the localities of the graph's council when it holds exactly one.
 */
@Component
class PostcodeSectorCommand implements Command {

    private final PostcodeSectorTable table;

    PostcodeSectorCommand(PostcodeSectorTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "import-postcode-sectors";
    }

    @Override
    public String usage() {
        return "<postcode_sectors.csv>";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (words.size() != 1 || !Files.isRegularFile(Path.of(words.get(0)))) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        Path file = Path.of(words.get(0));
        try (InputStream in = Files.newInputStream(file)) {
            PostcodeSectorTable.Summary summary = table.load(file.getFileName().toString(), in, table.commandLineUploader());
            summary.problems().forEach(problem -> out.printf("Problem: %s row %d %s '%s': %s%n", problem.file(),
                    problem.row(), problem.column() == null ? "" : problem.column(), problem.value(), problem.message()));
            out.printf("%s: %d rows; %d sectors created, %d updated; %d localities created%s%n", summary.file(),
                    summary.rows(), summary.sectorsCreated(), summary.sectorsUpdated(), summary.localitiesCreated(),
                    summary.problemCount() == 0 ? "" : " (nothing loaded: fix the problems above)");
            return summary.problemCount() == 0 ? 0 : 2;
        }
        catch (IOException unreadable) {
            out.println(file + ": could not be read");
            return 1;
        }
    }
}
