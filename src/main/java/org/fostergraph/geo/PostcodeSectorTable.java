package org.fostergraph.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.fostergraph.support.WriteTransactions;

import org.springframework.stereotype.Service;

/**
 * Loads a council's postcode-sector table from CSV: {@code sector,latitude,longitude,localityId}, optionally with
 * {@code localityName}. It is the demo seed's {@code postcode_sectors.csv} format; the ONS Postcode Directory
 * reduces to it by averaging the coordinates of each sector's live postcodes. A {@code localityId} the graph does not
 * hold is created when the row names it ({@code localityName}), centred on the mean of its sectors. The whole file
 * applies or, when any row has a problem, none of it does.
 */
@Service
public class PostcodeSectorTable {

    /** A problem with one cell; {@code row} counts the column names as row 1. */
    public record Problem(String file, long row, String column, String value, String message) {
    }

    public record Summary(String file, int rows, int sectorsCreated, int sectorsUpdated, int localitiesCreated,
            List<Problem> problems) {
    }

    private static final Set<String> REQUIRED = Set.of("SECTOR", "LATITUDE", "LONGITUDE");
    private static final Set<String> KNOWN = Set.of("SECTOR", "LATITUDE", "LONGITUDE", "LOCALITYID", "LOCALITYNAME");

    private record Read(List<Row> rows, int records) {
    }

    private record Row(long number, String sector, double latitude, double longitude, String localityId, String localityName) {
    }

    private final PostcodeSectorRepository repository;
    private final WriteTransactions transactions;

    PostcodeSectorTable(PostcodeSectorRepository repository, WriteTransactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public Summary load(String file, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        Read read = read(file, in, problems);
        List<Row> rows = read.rows();
        Set<String> knownLocalities = repository.localityIds();
        Map<String, List<Row>> newLocalities = new LinkedHashMap<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        for (Row row : rows) {
            Long earlier = firstRowOf.putIfAbsent(row.sector(), row.number());
            if (earlier != null) {
                problems.add(new Problem(file, row.number(), "sector", row.sector(), "repeats the sector of row " + earlier));
            }
            if (row.localityId() != null && !knownLocalities.contains(row.localityId())) {
                if (row.localityName() == null && !newLocalities.containsKey(row.localityId())) {
                    problems.add(new Problem(file, row.number(), "localityId", row.localityId(),
                            "is not a locality the graph holds; give localityName to create it"));
                }
                else {
                    newLocalities.computeIfAbsent(row.localityId(), id -> new ArrayList<>()).add(row);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Summary(file, read.records(), 0, 0, 0, List.copyOf(problems));
        }
        List<Map<String, Object>> localities = newLocalities.entrySet().stream().map(entry -> {
            List<Row> members = entry.getValue();
            Map<String, Object> locality = new HashMap<>();
            locality.put("id", entry.getKey());
            locality.put("name", members.stream().map(Row::localityName).filter(java.util.Objects::nonNull).findFirst().orElseThrow());
            locality.put("latitude", members.stream().mapToDouble(Row::latitude).average().orElseThrow());
            locality.put("longitude", members.stream().mapToDouble(Row::longitude).average().orElseThrow());
            return locality;
        }).toList();
        List<Map<String, Object>> sectors = rows.stream().map(row -> {
            Map<String, Object> sector = new HashMap<>();
            sector.put("sector", row.sector());
            sector.put("latitude", row.latitude());
            sector.put("longitude", row.longitude());
            sector.put("localityId", row.localityId());
            return sector;
        }).toList();
        int[] created = transactions.run(() -> {
            int newLocalityCount = repository.createLocalities(localities);
            return new int[] {repository.mergeSectors(sectors), newLocalityCount};
        });
        return new Summary(file, rows.size(), created[0], rows.size() - created[0], created[1], List.of());
    }

    private static Read read(String file, InputStream in, List<Problem> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT), i);
            }
            if (!columns.keySet().containsAll(REQUIRED) || !KNOWN.containsAll(columns.keySet())) {
                problems.add(new Problem(file, 1, null, String.join(",", new TreeSet<>(columns.keySet())),
                        "needs the columns sector, latitude and longitude, and may have localityId and localityName; no others"));
                return new Read(List.of(), 0);
            }
            List<Row> rows = new ArrayList<>();
            int records = 0;
            for (CSVRecord record : parser) {
                records++;
                long number = record.getRecordNumber() + 1;
                String text = cell(record, columns, "SECTOR");
                String sector = PostcodeSector.normalise(text);
                if (sector == null) {
                    problems.add(new Problem(file, number, "sector", text, "is not a postcode sector (for example WS2 8)"));
                }
                Double latitude = coordinate(file, number, "latitude", cell(record, columns, "LATITUDE"), 90, problems);
                Double longitude = coordinate(file, number, "longitude", cell(record, columns, "LONGITUDE"), 180, problems);
                if (sector != null && latitude != null && longitude != null) {
                    rows.add(new Row(number, sector, latitude, longitude, cell(record, columns, "LOCALITYID"),
                            cell(record, columns, "LOCALITYNAME")));
                }
            }
            return new Read(rows, records);
        }
        catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(new Problem(file, 0, null, null, "could not be read as a CSV file"));
            return new Read(List.of(), 0);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static Double coordinate(String file, long row, String column, String text, double limit, List<Problem> problems) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && Math.abs(value) <= limit) {
                return value;
            }
        }
        catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(new Problem(file, row, column, text, "is not a " + column + " in degrees, -" + (int) limit + " to "
                + (int) limit));
        return null;
    }
}
