package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fostergraph.audit.AuditLog;
import org.fostergraph.command.Command;

import org.springframework.stereotype.Component;

/**
 * {@code export-ssda903 <folder> [2027]}: writes the council's return as {@code header.csv} and
 * {@code episodes.csv} in the folder, as {@code GET /api/ssda903/header.csv} and {@code episodes.csv} do, for one
 * collection year (named by the year it ends in) or the whole history. The council is the one
 * {@code import-ssda903} takes. Every child written is audited as read by the command line.
 */
@Component
class Ssda903ExportCommand implements Command {

    static final String OPERATOR = "command line";

    private final Ssda903Importer importer;
    private final Ssda903Exporter exporter;
    private final AuditLog auditLog;

    Ssda903ExportCommand(Ssda903Importer importer, Ssda903Exporter exporter, AuditLog auditLog) {
        this.importer = importer;
        this.exporter = exporter;
        this.auditLog = auditLog;
    }

    @Override
    public String name() {
        return "export-ssda903";
    }

    @Override
    public String usage() {
        return "<folder> [year]  (header.csv and episodes.csv are written there; year 2027 is 2026/27, none the whole history)";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (words.isEmpty() || words.size() > 2) {
            out.println("Usage: " + name() + " " + usage());
            return 1;
        }
        Path folder = Path.of(words.get(0));
        Optional<ReturnYear> year;
        try {
            year = ReturnYear.parse(words.size() == 2 ? words.get(1) : null);
        }
        catch (IllegalArgumentException notAYear) {
            out.println(notAYear.getMessage());
            return 1;
        }
        Optional<String> council = importer.commandLineCouncil();
        if (council.isEmpty()) {
            out.println(Ssda903Importer.WHICH_COUNCIL);
            return 1;
        }
        List<String> children = exporter.childIds(council.get(), year);
        auditLog.recordReads(OPERATOR, children.stream().collect(Collectors.toMap(Function.identity(), id -> Set.of(name()))));
        try {
            Files.createDirectories(folder);
            try (Writer header = Files.newBufferedWriter(folder.resolve("header.csv"), StandardCharsets.UTF_8);
                    Writer episodes = Files.newBufferedWriter(folder.resolve("episodes.csv"), StandardCharsets.UTF_8)) {
                exporter.writeHeader(council.get(), year, header);
                exporter.writeEpisodes(council.get(), year, episodes);
            }
        }
        catch (IOException unwritable) {
            out.println(folder + ": could not be written");
            return 1;
        }
        out.printf("%s: the %s return of %s, %d children%n", folder, year.map(ReturnYear::label).orElse("whole-history"),
                council.get(), children.size());
        return 0;
    }
}
