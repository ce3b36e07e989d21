package org.fostergraph.geo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.fostergraph.neo4j.WriteTransactions;
import org.fostergraph.support.CsvReadFailure;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Loads full postcodes from the ONS Postcode Directory (ONSPD, Open Government Licence) as the ONS publishes it, or
 * from a council's own extract with the same columns: {@code pcds} (the postcode), {@code lat} and {@code long} (WGS-84),
 * {@code oseast1m} and {@code osnrth1m} (British National Grid, metres) and {@code laua} (the local authority district);
 * any other column is ignored. A postcode the ONS has no grid reference for (latitude 99.999999, empty eastings) is
 * counted and left out.
 *
 * <p>The full directory is 2.7 million rows (about 1.3 GB), so the file is read twice, streamed, in bounded memory:
 * first every row is checked, and a file with any problem loads nothing; then the postcodes are merged in batches of
 * {@value #BATCH} (loading again changes nothing, so a load cut short is finished by loading again).
 */
@Service
public class PostcodeDirectory {

    /** Postcodes merged per transaction. */
    static final int BATCH = 10_000;

    private static final List<String> COLUMNS = List.of("pcds", "lat", "long", "oseast1m", "osnrth1m", "laua");
    /** ONSPD's latitude for a postcode with no grid reference. */
    private static final double NO_LATITUDE = 99.999999;
    /** A GSS code: a letter and eight digits (E08000030), or ONSPD's pseudo-codes for the islands (L99999999). */
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z][0-9]{8}");
    /** The extent of the British and Irish national grids, in metres. */
    private static final int MAX_EASTING = 1_000_000;
    private static final int MAX_NORTHING = 1_300_000;

    public record Summary(String file, long rows, long loaded, long withoutLocation, long problemCount,
            List<PostcodeSectorTable.Problem> problems) {
    }

    /** How far the load has got: the bytes of the file read in each pass. */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        default void pass(String name, long bytes) {
        }

        default void read(long bytes) {
        }
    }

    /** One postcode as stored. */
    record Located(String compact, String postcode, double latitude, double longitude, Integer easting, Integer northing,
            String laua) {

        /** A row of a postcode the directory gives no location for. */
        static final Located NOWHERE = new Located(null, null, 0, 0, null, null, null);

        Map<String, Object> asRow() {
            Map<String, Object> row = new HashMap<>();
            row.put("compact", compact);
            row.put("postcode", postcode);
            row.put("latitude", latitude);
            row.put("longitude", longitude);
            row.put("easting", easting);
            row.put("northing", northing);
            row.put("laua", laua);
            return row;
        }
    }

    private final Neo4jClient neo4j;
    private final WriteTransactions transactions;

    PostcodeDirectory(Neo4jClient neo4j, WriteTransactions transactions) {
        this.neo4j = neo4j;
        this.transactions = transactions;
    }

    /** Loads the file, naming it {@code name} in the summary and its problems. */
    public Summary load(Path file, String name, Progress progress) {
        FileProblems problems = new FileProblems(name);
        long[] counts = new long[2];
        // First pass: check every row; nothing is written unless all are good.
        read(file, name, "Checking", progress, problems, located -> {
            counts[0]++;
            counts[1] += located == Located.NOWHERE ? 1 : 0;
        });
        if (problems.count() > 0) {
            return new Summary(name, counts[0], 0, counts[1], problems.count(), problems.listed());
        }
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        long[] loaded = {0};
        read(file, name, "Loading", progress, new FileProblems(name), located -> {
            if (located == null || located == Located.NOWHERE) {
                return;
            }
            batch.add(located.asRow());
            if (batch.size() == BATCH) {
                loaded[0] += write(batch);
                batch.clear();
            }
        });
        loaded[0] += write(batch);
        return new Summary(name, counts[0], loaded[0], counts[1], 0, List.of());
    }

    private record PostcodeAt(String postcode, GeoPoint location) {
    }

    /** The locations of those full postcodes the directory holds, by postcode (normalised, as {@link Postcode} has it). */
    public Map<String, GeoPoint> locate(java.util.Collection<Postcode> postcodes) {
        List<String> compacts = postcodes.stream().filter(Postcode::full)
                .map(postcode -> postcode.normalised().replace(" ", "")).distinct().toList();
        if (compacts.isEmpty()) {
            return Map.of();
        }
        return neo4j.query("MATCH (p:Postcode) WHERE p.compact IN $compacts RETURN p.postcode AS postcode, p.location AS location")
                .bind(compacts).to("compacts")
                .fetchAs(PostcodeAt.class)
                .mappedBy((types, row) -> new PostcodeAt(row.get("postcode").asString(), GeoPoint.of(row.get("location"))))
                .all().stream().collect(java.util.stream.Collectors.toMap(PostcodeAt::postcode, PostcodeAt::location));
    }

    /** How many postcodes the directory holds. */
    public long size() {
        return neo4j.query("MATCH (p:Postcode) RETURN count(p) AS n").fetchAs(Long.class).one().orElse(0L);
    }

    private int write(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> copy = List.copyOf(rows);
        return transactions.run(() -> neo4j.query("""
                UNWIND $rows AS row
                MERGE (p:Postcode {compact: row.compact})
                SET p.postcode = row.postcode,
                    p.location = point({latitude: row.latitude, longitude: row.longitude}),
                    p.easting = row.easting, p.northing = row.northing, p.laua = row.laua
                RETURN count(*) AS n
                """).bind(copy).to("rows").fetchAs(Integer.class).one().orElse(0));
    }

    @FunctionalInterface
    private interface RowHandler {
        /** A located postcode, {@link Located#NOWHERE} for one with no location, or null for a row with a problem. */
        void row(Located located);
    }

    private static void read(Path file, String name, String pass, Progress progress, FileProblems problems, RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try {
            progress.pass(pass, Files.size(file));
        }
        catch (IOException unreadable) {
            problems.add(0, null, null, CsvReadFailure.describe(unreadable));
            return;
        }
        try (InputStream in = new Counting(Files.newInputStream(file), progress);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
            }
            if (!columns.keySet().containsAll(COLUMNS)) {
                Set<String> missing = new TreeSet<>(COLUMNS);
                missing.removeAll(columns.keySet());
                problems.add(1, null, String.join(",", missing), "are missing: the ONS Postcode Directory's columns pcds, lat, "
                        + "long, oseast1m, osnrth1m and laua are needed (others are ignored)");
                return;
            }
            for (CSVRecord record : parser) {
                handler.row(located(record, columns, problems));
            }
        }
        catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(0, null, null, CsvReadFailure.describe(e));
        }
    }

    /** The row's postcode, {@link Located#NOWHERE} when it has no location, or null when it has a problem (noted). */
    private static Located located(CSVRecord record, Map<String, Integer> columns, FileProblems problems) {
        long row = record.getRecordNumber() + 1;
        long before = problems.count();
        String text = CsvCells.cell(record, columns, "pcds");
        Postcode postcode = Postcode.parse(text);
        if (postcode == null || !postcode.full()) {
            problems.add(row, "pcds", text, "is not a full postcode (for example WS2 8AB)");
        }
        Double latitude = number(record, columns, "lat", row, problems, -90, 99.999999);
        Double longitude = number(record, columns, "long", row, problems, -180, 180);
        Integer easting = metres(record, columns, "oseast1m", row, problems, MAX_EASTING);
        Integer northing = metres(record, columns, "osnrth1m", row, problems, MAX_NORTHING);
        String laua = CsvCells.cell(record, columns, "laua");
        if (laua != null && !AREA_CODE.matcher(laua).matches()) {
            problems.add(row, "laua", laua, "is not a local authority code (a letter and eight digits, for example E08000030)");
        }
        if (problems.count() > before) {
            return null;
        }
        if (latitude == null || longitude == null || latitude >= NO_LATITUDE) {
            return Located.NOWHERE;
        }
        if ((easting == null) != (northing == null)) {
            problems.add(row, easting == null ? "oseast1m" : "osnrth1m", null, "is empty where the other grid reference is given");
            return null;
        }
        return new Located(postcode.normalised().replace(" ", ""), postcode.normalised(), latitude, longitude, easting,
                northing, laua);
    }

    private static Double number(CSVRecord record, Map<String, Integer> columns, String column, long row, FileProblems problems,
            double min, double max) {
        String text = CsvCells.cell(record, columns, column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(row, column, text, "is not a number from " + min + " to " + max);
        return null;
    }

    private static Integer metres(CSVRecord record, Map<String, Integer> columns, String column, long row, FileProblems problems,
            int max) {
        String text = CsvCells.cell(record, columns, column);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException notWhole) {
            // reported below
        }
        problems.add(row, column, text, "is not a grid reference in whole metres, 0 to " + max);
        return null;
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class Counting extends FilterInputStream {

        private final Progress progress;
        private long bytes;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.read(++bytes);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytes += n;
                progress.read(bytes);
            }
            return n;
        }
    }
}
