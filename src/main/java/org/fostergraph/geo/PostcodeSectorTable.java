package org.fostergraph.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.fostergraph.api.errors.TextRules;
import org.fostergraph.support.CsvReadFailure;
import org.fostergraph.neo4j.WriteTransactions;

import org.springframework.stereotype.Service;

/**
 * Loads postcode sectors from CSV: {@code sector,latitude,longitude,localityId}, optionally with {@code localityName}
 * (the demo seed's {@code postcode_sectors.csv} format; the ONS Postcode Directory reduces to it by averaging the
 * coordinates of each sector's live postcodes). The whole file applies or, when any row has a problem, none of it does.
 *
 * <p>Two kinds of fact, kept by two kinds of user, so that no council can change what another relies on:
 * <ul>
 * <li>A sector's <b>centre</b> is national reference data, the same for every council. Only an uploader who keeps the
 * reference geography ({@link Uploader#mayChangeCentres}: the REFERENCE_DATA role, or the command line) adds a sector or
 * moves a centre. A council's administrator may leave latitude and longitude empty, or give them as the table holds them.
 * <li>Which of a council's <b>localities</b> a sector lies in is that council's own: an administrator links sectors to
 * their council's localities only, replaces only their council's links (another council's link of the same sector
 * stays), and creates a new locality only with an id that begins with their council's code and a hyphen, so that no
 * answer can tell whether another council uses an id.
 * </ul>
 */
@Service
public class PostcodeSectorTable {


    /** A problem with one cell; {@code row} counts the column names as row 1. The value is cut as TextRules says. */
    public record Problem(String file, long row, String column, String value, String message) {

        public Problem {
            file = TextRules.shown(file);
            value = TextRules.shown(value);
        }
    }

    public record Summary(String file, int rows, int sectorsCreated, int sectorsUpdated, int localitiesCreated,
            int problemCount, List<Problem> problems) {
    }

    /**
     * Who is loading the file.
     *
     * @param mayChangeCentres whether they keep the national reference geography
     * @param council the council whose localities they may link sectors to; null for none
     */
    public record Uploader(boolean mayChangeCentres, String council) {
    }

    private static final Set<String> REQUIRED = Set.of("SECTOR");
    private static final Set<String> KNOWN = Set.of("SECTOR", "LATITUDE", "LONGITUDE", "LOCALITYID", "LOCALITYNAME");
    /** A centre read back from the graph equals the file's when within this many degrees (about 1 cm). */
    private static final double SAME_CENTRE = 1e-7;

    private record Read(List<Row> rows, int records) {
    }

    /** One row that names a sector; {@code centreWritten} whether it has anything in latitude or longitude. */
    private record Row(long number, String sector, Double latitude, Double longitude, boolean centreWritten, String localityId,
            String localityName) {

        boolean hasCentre() {
            return latitude != null && longitude != null;
        }
    }

    private final PostcodeSectorRepository repository;
    private final WriteTransactions transactions;

    PostcodeSectorTable(PostcodeSectorRepository repository, WriteTransactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /** The command line's operator: keeper of the centres, and of the localities of the graph's council if it has one. */
    public Uploader commandLineUploader() {
        List<String> councils = repository.councilCodes();
        return new Uploader(true, councils.size() == 1 ? councils.get(0) : null);
    }

    public Summary load(String file, InputStream in, Uploader uploader) {
        FileProblems problems = new FileProblems(file);
        Read read = read(file, in, problems);
        List<Row> rows = read.rows();
        Map<String, PostcodeSector> held = rows.isEmpty() ? Map.of() : indexBySector(repository.findBySectors(
                rows.stream().map(Row::sector).distinct().toList(), List.of()));
        Set<String> ownLocalities = uploader.council() == null ? Set.of() : repository.localityIdsOf(uploader.council());
        Map<String, List<Row>> newLocalities = new LinkedHashMap<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        for (Row row : rows) {
            Long earlier = firstRowOf.putIfAbsent(row.sector(), row.number());
            if (earlier != null) {
                problems.add(row.number(), "sector", row.sector(), "repeats the sector of row " + earlier);
            }
            checkCentre(row, held.get(row.sector()), uploader, problems);
            checkLocality(row, uploader, ownLocalities, newLocalities, problems);
        }
        if (problems.count() > 0) {
            return new Summary(file, read.records(), 0, 0, 0, (int) problems.count(), problems.listed());
        }
        List<Map<String, Object>> localities = newLocalities.entrySet().stream().map(entry -> {
            List<Row> members = entry.getValue();
            Map<String, Object> locality = new HashMap<>();
            locality.put("id", entry.getKey());
            locality.put("name", members.stream().map(Row::localityName).filter(Objects::nonNull).findFirst().orElseThrow());
            locality.put("latitude", members.stream().mapToDouble(row -> centreOf(row, held).latitude()).average().orElseThrow());
            locality.put("longitude", members.stream().mapToDouble(row -> centreOf(row, held).longitude()).average().orElseThrow());
            return locality;
        }).toList();
        List<Map<String, Object>> centres = rows.stream().filter(Row::hasCentre).map(row -> {
            Map<String, Object> sector = new HashMap<>();
            sector.put("sector", row.sector());
            sector.put("latitude", row.latitude());
            sector.put("longitude", row.longitude());
            return sector;
        }).toList();
        List<Map<String, Object>> links = uploader.council() == null ? List.of() : rows.stream().map(row -> {
            Map<String, Object> link = new HashMap<>();
            link.put("sector", row.sector());
            link.put("localityId", row.localityId());
            return link;
        }).toList();
        int[] written = transactions.run(() -> {
            int created = uploader.mayChangeCentres() ? repository.mergeCentres(centres) : 0;
            int localitiesCreated = repository.createLocalities(uploader.council(), localities);
            repository.linkSectors(uploader.council(), links);
            return new int[] {created, localitiesCreated};
        });
        return new Summary(file, rows.size(), written[0], rows.size() - written[0], written[1], 0, List.of());
    }

    /** A centre is national: only its keeper adds a sector or moves one; anyone may repeat it as the table holds it. */
    private static void checkCentre(Row row, PostcodeSector held, Uploader uploader, FileProblems problems) {
        if (uploader.mayChangeCentres()) {
            if (!row.centreWritten() && held == null) {
                problems.add(row.number(), row.latitude() == null ? "latitude" : "longitude", null,
                        "is needed for a sector the table does not hold yet");
            }
            return;
        }
        if (held == null) {
            problems.add(row.number(), "sector", row.sector(), "is not in the national postcode-sector table, which only its "
                    + "keepers (the REFERENCE_DATA role) add to; leave the row out or ask them to load it");
        }
        else if (row.hasCentre() && (Math.abs(held.centre().latitude() - row.latitude()) > SAME_CENTRE
                || Math.abs(held.centre().longitude() - row.longitude()) > SAME_CENTRE)) {
            problems.add(row.number(), "latitude", row.latitude() + "," + row.longitude(), "moves the sector's centre, which is "
                    + "national reference data every council relies on; leave latitude and longitude empty");
        }
    }

    /** Localities are the uploader's council's own: an id of another council's reads exactly as one nobody holds. */
    private static void checkLocality(Row row, Uploader uploader, Set<String> ownLocalities, Map<String, List<Row>> newLocalities,
            FileProblems problems) {
        if (row.localityId() == null && row.localityName() == null) {
            return;
        }
        if (uploader.council() == null) {
            problems.add(row.number(), "localityId", row.localityId(), "links a sector to a council's locality, which a "
                    + "council's administrator does; the reference table holds centres only");
            return;
        }
        if (row.localityId() == null) {
            problems.add(row.number(), "localityId", null, "is needed with a localityName");
            return;
        }
        if (ownLocalities.contains(row.localityId())) {
            return;
        }
        String prefix = uploader.council() + "-";
        if (row.localityName() == null && !newLocalities.containsKey(row.localityId())) {
            problems.add(row.number(), "localityId", row.localityId(),
                    "is not one of your council's localities; give localityName to create it");
        }
        else if (!row.localityId().startsWith(prefix)) {
            problems.add(row.number(), "localityId", row.localityId(), "is not one of your council's localities, and a new "
                    + "locality's id begins with " + prefix);
        }
        else {
            newLocalities.computeIfAbsent(row.localityId(), id -> new ArrayList<>()).add(row);
        }
    }

    private static GeoPoint centreOf(Row row, Map<String, PostcodeSector> held) {
        return row.hasCentre() ? new GeoPoint(row.latitude(), row.longitude()) : held.get(row.sector()).centre();
    }

    private static Map<String, PostcodeSector> indexBySector(List<PostcodeSector> sectors) {
        Map<String, PostcodeSector> index = new HashMap<>();
        sectors.forEach(sector -> index.putIfAbsent(sector.sector(), sector));
        return index;
    }

    private static Read read(String file, InputStream in, FileProblems problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT), i);
            }
            if (!columns.keySet().containsAll(REQUIRED) || !KNOWN.containsAll(columns.keySet())) {
                problems.add(1, null, String.join(",", new TreeSet<>(columns.keySet())),
                        "needs the column sector, and may have latitude, longitude, localityId and localityName; no others");
                return new Read(List.of(), 0);
            }
            List<Row> rows = new ArrayList<>();
            int records = 0;
            for (CSVRecord record : parser) {
                records++;
                long number = record.getRecordNumber() + 1;
                String text = CsvCells.cell(record, columns, "SECTOR");
                String sector = PostcodeSector.normalise(text);
                if (sector == null) {
                    problems.add(number, "sector", text, "is not a postcode sector (for example WS2 8)");
                }
                String latitudeText = CsvCells.cell(record, columns, "LATITUDE");
                String longitudeText = CsvCells.cell(record, columns, "LONGITUDE");
                Double latitude = coordinate(number, "latitude", latitudeText, 90, problems);
                Double longitude = coordinate(number, "longitude", longitudeText, 180, problems);
                String localityId = CsvCells.cell(record, columns, "LOCALITYID");
                String localityName = CsvCells.cell(record, columns, "LOCALITYNAME");
                for (String[] namedCell : new String[][] {{"localityId", localityId}, {"localityName", localityName}}) {
                    if (namedCell[1] != null && (TextRules.firstForbidden(namedCell[1]) >= 0 || namedCell[1].length() > 200)) {
                        problems.add(number, namedCell[0], namedCell[1], "is at most 200 characters with no control or "
                                + "direction-changing characters");
                    }
                }
                if (sector != null) {
                    rows.add(new Row(number, sector, latitude, longitude, latitudeText != null || longitudeText != null,
                            localityId, localityName));
                }
            }
            return new Read(rows, records);
        }
        catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(0, null, null, CsvReadFailure.describe(e));
            return new Read(List.of(), 0);
        }
    }

    /** A coordinate, or null when the cell is empty (or, with a problem noted, not a coordinate). */
    private static Double coordinate(long row, String column, String text, double limit, FileProblems problems) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && Math.abs(value) <= limit) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        problems.add(row, column, text, "is not a " + column + " in degrees, -" + (int) limit + " to " + (int) limit);
        return null;
    }
}
