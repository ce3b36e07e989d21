package org.fostergraph.ssda903;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code import-ssda903 <file> <file>}: imports a return from the command line (the Header and Episodes files in
 * either order), with a progress bar over the Episodes rows, and prints the summary. Exits 0 when every child was
 * imported, 2 when some were refused, 1 when a file could not be read.
 */
@Component
class Ssda903Command implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "import-ssda903";

    private final Ssda903Importer importer;
    private final PrintStream out;
    private int exitCode;

    Ssda903Command(Ssda903Importer importer) {
        this.importer = importer;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        if (words.size() != 3 || !Files.isRegularFile(Path.of(words.get(1))) || !Files.isRegularFile(Path.of(words.get(2)))) {
            out.println("Usage: " + NAME + " <header.csv> <episodes.csv>  (two readable files, in either order)");
            exitCode = 1;
            return;
        }
        Optional<String> council = importer.commandLineCouncil();
        if (council.isEmpty()) {
            out.println("Which council's return is this? Add --fostergraph.ssda903.council=<council code>"
                    + " (the graph holds no council, or several)");
            exitCode = 1;
            return;
        }
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Episodes").setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1).showSpeed().continuousUpdate().build()) {
            Ssda903ImportSummary summary = importer.importReturn(council.get(), Ssda903Source.of(Path.of(words.get(1))),
                    Ssda903Source.of(Path.of(words.get(2))), new Ssda903Importer.Progress() {
                        @Override
                        public void started(long episodeRows) {
                            bar.maxHint(episodeRows);
                        }

                        @Override
                        public void imported(long episodeRows) {
                            bar.stepTo(episodeRows);
                        }
                    });
            bar.close();
            print(summary);
            out.printf("Imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
            exitCode = summary.children().rejected() > 0 ? 2 : 0;
        }
        catch (Ssda903FileException unreadable) {
            out.println(unreadable.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void print(Ssda903ImportSummary summary) {
        var children = summary.children();
        var placements = summary.placements();
        out.printf("%s: %d rows; %s: %d rows; %d rows refused%n", summary.headerFile(), summary.rows().header(),
                summary.episodesFile(), summary.rows().episodes(), summary.rows().rejected());
        out.printf("Children: %d read, %d created, %d updated, %d unchanged, %d refused%n", children.read(),
                children.created(), children.updated(), children.unchanged(), children.rejected());
        out.printf("Placements: %d created, %d updated, %d unchanged, %d removed; %d placeholder homes created%n",
                placements.created(), placements.updated(), placements.unchanged(), placements.removed(),
                summary.placeholderHouseholdsCreated());
        printAll("Problem", summary.problemCount(), summary.problems());
        printAll("Warning", summary.warningCount(), summary.warnings());
    }

    private void printAll(String kind, int count, List<Ssda903Problem> listed) {
        listed.forEach(problem -> out.printf("%s: %s row %d %s%s: %s%n", kind, problem.file(), problem.row(),
                problem.column() == null ? "" : problem.column(),
                problem.value() == null ? "" : " '" + problem.value() + "'", problem.message()));
        if (count > listed.size()) {
            out.printf("... and %d more %ss%n", count - listed.size(), kind.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
