package org.fostergraph.ssda903;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/**
 * {@code import-ssda903 <file> <file>}: imports a return from the command line (the Header and Episodes files in
 * either order), with a progress bar over the Episodes rows, and prints the summary. Exits 0 when every child was
 * imported, 2 when some were refused, 1 when a file could not be read.
 */
@Component
class Ssda903Command implements Command {

    private final Ssda903Importer importer;

    Ssda903Command(Ssda903Importer importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-ssda903";
    }

    @Override
    public String usage() {
        return "<header.csv> <episodes.csv>  (two readable files, in either order)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (words.size() != 2 || !Files.isRegularFile(Path.of(words.get(0))) || !Files.isRegularFile(Path.of(words.get(1)))) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        Optional<String> council = importer.commandLineCouncil();
        if (council.isEmpty()) {
            out.println(Ssda903Importer.WHICH_COUNCIL);
            return 1;
        }
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Episodes").setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1).showSpeed().continuousUpdate().build()) {
            Ssda903ImportSummary summary = importer.importReturn(council.get(), Ssda903Source.of(Path.of(words.get(0))),
                    Ssda903Source.of(Path.of(words.get(1))), new Ssda903Importer.Progress() {
                        @Override
                        public void started(long episodeRows) {
                            bar.maxHint(episodeRows);
                        }

                        @Override
                        public void imported(long episodeRows) {
                            bar.stepTo(episodeRows);
                        }
                    }, importer.commandLineAllowsOlderYear());
            bar.close();
            print(summary, out);
            out.printf("Imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return summary.children().rejected() > 0 ? 2 : 0;
        }
        catch (Ssda903FileException unreadable) {
            out.println(unreadable.getMessage());
            return 1;
        }
    }

    private static void print(Ssda903ImportSummary summary, PrintStream out) {
        var children = summary.children();
        var placements = summary.placements();
        out.printf("%s: %d rows; %s: %d rows; %d rows refused%n", summary.headerFile(), summary.rows().header(),
                summary.episodesFile(), summary.rows().episodes(), summary.rows().rejected());
        out.printf("Children: %d read, %d created, %d updated, %d unchanged, %d refused (%d of them placed by an earlier"
                + " return, now in an unknown state)%n", children.read(), children.created(), children.updated(),
                children.unchanged(), children.rejected(), children.stateUnknown());
        out.printf("Placements: %d created, %d updated, %d unchanged, %d removed; %d placeholder homes created%n",
                placements.created(), placements.updated(), placements.unchanged(), placements.removed(),
                summary.placeholderHouseholdsCreated());
        out.printf("Located: homes %d by postcode, %d by sector centre, %d nowhere; placements %d by postcode, %d by sector "
                + "centre, %d nowhere%n", summary.homesLocated().byPostcode(), summary.homesLocated().bySectorCentre(),
                summary.homesLocated().nowhere(), summary.placementsLocated().byPostcode(),
                summary.placementsLocated().bySectorCentre(), summary.placementsLocated().nowhere());
        printAll("Problem", summary.problemCount(), summary.problems(), out);
        printAll("Warning", summary.warningCount(), summary.warnings(), out);
    }

    private static void printAll(String kind, int count, List<Ssda903Problem> listed, PrintStream out) {
        listed.forEach(problem -> out.printf("%s: %s row %d %s%s: %s%n", kind, problem.file(), problem.row(),
                problem.column() == null ? "" : problem.column(),
                problem.value() == null ? "" : " '" + problem.value() + "'", problem.message()));
        if (count > listed.size()) {
            out.printf("... and %d more %ss%n", count - listed.size(), kind.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
