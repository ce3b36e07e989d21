package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a fictional SSDA903 return of a chosen size (Header and Episodes), valid under every import rule, for
 * measuring the importer at scale: {@code java -jar fostergraph.jar generate-ssda903 100000 target/ssda903}. The same
 * size always gives the same files. No real child is in it: ids are sequence numbers, dates are drawn at random.
 */
public final class SyntheticReturn {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 4, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    /** Sectors of the demo area (seed/postcode_sectors.csv), and one it does not hold. */
    private static final List<String> SECTORS = List.of("WS1 1", "WS1 2", "WS2 8", "WS2 9", "WS3 3", "WS3 1", "WS5 4",
            "WS8 6", "WS9 0", "WV12 4", "WV13 1", "DY1 4", "B5 4", "ZZ9 9");
    private static final String[][] PLACEMENTS = {
            {"U4", "PR1"}, {"U6", "PR1"}, {"U4", "PR4"}, {"U6", "PR4"}, {"U6", "PR5"}, {"U3", "PR1"}, {"U1", "PR1"},
            {"K2", "PR4"}, {"K2", "PR1"}, {"R1", "PR5"}, {"P1", "PR0"}, {"U4", "PR2"}};
    private static final double[] WEIGHTS = {0.18, 0.13, 0.14, 0.12, 0.03, 0.08, 0.05, 0.10, 0.02, 0.01, 0.07, 0.07};
    private static final List<String> LEGAL = List.of("C1", "C2", "V2", "E1");
    private static final List<String> NEED = List.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    private static final List<String> MOVE_REASONS = List.of("CARPL", "CREQB", "CREQO", "LAREQ", "CHILD", "OTHER", "ALLEG");
    private static final List<String> LEAVING = List.of("E4A", "E11", "E13", "E41", "E45", "E5", "E8", "E17");

    private SyntheticReturn() {
    }

    /** Writes header.csv and episodes.csv with about {@code episodeCount} episodes (whole children). */
    public static void write(int episodeCount, Path folder) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(903);
        try (Writer headerOut = Files.newBufferedWriter(folder.resolve("header.csv"), StandardCharsets.UTF_8);
                Writer episodesOut = Files.newBufferedWriter(folder.resolve("episodes.csv"), StandardCharsets.UTF_8);
                CSVPrinter header = new CSVPrinter(headerOut, format(Ssda903Table.HEADER));
                CSVPrinter episodes = new CSVPrinter(episodesOut, format(Ssda903Table.EPISODES))) {
            int written = 0;
            for (int child = 1; written < episodeCount; child++) {
                String id = String.format("S%07d", child);
                LocalDate start = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) - 30));
                LocalDate born = start.minusDays(random.nextInt(17 * 365));
                header.printRecord(id, random.nextBoolean() ? "1" : "2", born.format(Ssda903Rules.DATE), "WBRI", null, null, null);
                written += writeChild(id, start, random, episodes, Math.min(7, episodeCount - written));
            }
        }
    }

    private static int writeChild(String id, LocalDate start, Random random, CSVPrinter out, int most) throws IOException {
        String home = SECTORS.get(random.nextInt(SECTORS.size()));
        String[] placement = pick(random);
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        String urn = urn(placement, random);
        String reason = "S";
        String legal = LEGAL.get(random.nextInt(LEGAL.size()));
        String need = NEED.get(random.nextInt(NEED.size()));
        int count = 1 + random.nextInt(Math.max(1, most));
        LocalDate day = start;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            LocalDate end = day.plusDays(1 + random.nextInt(200));
            boolean open = !end.isBefore(LAST_DAY) || last && random.nextDouble() < 0.6;
            String next = last ? null : random.nextDouble() < 0.3 ? "L" : "P";
            out.printRecord(id, day.format(Ssda903Rules.DATE), reason, legal, need, placement[0], placement[1],
                    open ? null : end.format(Ssda903Rules.DATE),
                    open ? null : last ? LEAVING.get(random.nextInt(LEAVING.size())) : "X1",
                    "P".equals(next) ? MOVE_REASONS.get(random.nextInt(MOVE_REASONS.size())) : null,
                    home, sector, urn == null ? "XXXXXXX" : urn);
            if (open) {
                return i + 1;
            }
            day = end;
            reason = next;
            if ("L".equals(next)) {
                legal = LEGAL.get(random.nextInt(LEGAL.size()));
            }
            else {
                placement = pick(random);
                sector = SECTORS.get(random.nextInt(SECTORS.size()));
                urn = urn(placement, random);
            }
        }
        return count;
    }

    private static String[] pick(Random random) {
        double draw = random.nextDouble();
        for (int i = 0; i < WEIGHTS.length; i++) {
            draw -= WEIGHTS[i];
            if (draw < 0) {
                return PLACEMENTS[i];
            }
        }
        return PLACEMENTS[0];
    }

    private static String urn(String[] placement, Random random) {
        return placement[0].startsWith("K") || placement[0].startsWith("R") ? String.format("SC%06d", 100000 + random.nextInt(300)) : null;
    }

    private static CSVFormat format(Ssda903Table table) {
        return CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get();
    }
}
