package org.fostergraph.geo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/**
 * {@code import-postcodes <file>}: loads the ONS Postcode Directory (or a council's extract with its columns) from the
 * command line, with a progress bar over each of the two passes. Exits 0 when loaded, 2 when the file has problems
 * (nothing loaded), 1 when it cannot be read.
 */
@Component
class PostcodeDirectoryCommand implements Command {

    private static final long MEGABYTE = 1 << 20;

    private final PostcodeDirectory directory;

    PostcodeDirectoryCommand(PostcodeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "import-postcodes";
    }

    @Override
    public String usage() {
        return "<ONSPD.csv>  (the ONS Postcode Directory, or an extract with its columns pcds,lat,long,oseast1m,osnrth1m,laua)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (words.size() != 1 || !Files.isRegularFile(Path.of(words.get(0)))) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        long started = System.nanoTime();
        ProgressBar[] bar = new ProgressBar[1];
        Path file = Path.of(words.get(0));
        PostcodeDirectory.Summary summary = directory.load(file, file.getFileName().toString(), new PostcodeDirectory.Progress() {
            @Override
            public void pass(String name, long bytes) {
                if (bar[0] != null) {
                    bar[0].close();
                }
                bar[0] = new ProgressBarBuilder().setTaskName(name).setStyle(ProgressBarStyle.ASCII).setUnit(" MB", MEGABYTE)
                        .setInitialMax(bytes).showSpeed().continuousUpdate().build();
            }

            @Override
            public void read(long bytes) {
                bar[0].stepTo(bytes);
            }
        });
        if (bar[0] != null) {
            bar[0].close();
        }
        summary.problems().forEach(problem -> out.printf("Problem: %s row %d %s '%s': %s%n", problem.file(), problem.row(),
                problem.column() == null ? "" : problem.column(), problem.value() == null ? "" : problem.value(), problem.message()));
        if (summary.problemCount() > summary.problems().size()) {
            out.printf("... and %d more problems%n", summary.problemCount() - summary.problems().size());
        }
        out.printf("%s: %d rows; %d postcodes loaded, %d without a location left out%s%n", summary.file(), summary.rows(),
                summary.loaded(), summary.withoutLocation(),
                summary.problemCount() == 0 ? "" : " (nothing loaded: fix the problems above)");
        out.printf("Loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return summary.problemCount() == 0 ? 0 : 2;
    }
}
