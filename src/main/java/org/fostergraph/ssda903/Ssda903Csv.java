package org.fostergraph.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.fostergraph.support.CsvReadFailure;

/**
 * Reads SSDA903 CSV files the way the public validator does: the table is recognised by its exact set of column
 * names (order and file name do not matter), a UTF-8 byte-order mark is skipped, values are text with surrounding
 * blanks removed and upper-cased, and an empty cell is null. Each cell is also kept as given (blanks removed, case kept)
 * for the fields an export must give back exactly (the postcodes).
 */
final class Ssda903Csv {

    /** One data row; {@code cellCount} differs from the table's columns when the row is ragged. */
    record Row(String file, long number, Map<String, String> cells, Map<String, String> asGiven, int cellCount, int columnCount) {

        /** A row whose cells are as given (upper case already). */
        Row(String file, long number, Map<String, String> cells, int cellCount, int columnCount) {
            this(file, number, cells, cells, cellCount, columnCount);
        }

        String get(String column) {
            return cells.get(column);
        }

        /** The cell as the file gave it, in its own case; null when empty. */
        String asGiven(String column) {
            return asGiven.get(column);
        }

        boolean ragged() {
            return cellCount != columnCount;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private Ssda903Csv() {
    }

    /** The table the source holds, judged by its column names; a file that is neither is refused. */
    static Ssda903Table tableOf(Ssda903Source source) {
        try (CSVParser parser = open(source)) {
            return recognise(source, parser);
        }
        catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Calls {@code action} with each data row in file order, after checking the file holds {@code expected}. */
    static void forEachRow(Ssda903Source source, Ssda903Table expected, Consumer<Row> action) {
        try (CSVParser parser = open(source)) {
            Ssda903Table table = recognise(source, parser);
            if (table != expected) {
                throw new Ssda903FileException(new Ssda903Problem(source.name(), 1, null, null,
                        "holds the " + table.title() + " table where the " + expected.title() + " table was expected"));
            }
            List<String> columns = parser.getHeaderNames().stream().map(Ssda903Csv::columnName).toList();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                Map<String, String> asGiven = new HashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    cells.put(columns.get(i), value(record.get(i)));
                    asGiven.put(columns.get(i), blankToNull(record.get(i)));
                }
                action.accept(new Row(source.name(), record.getRecordNumber() + 1, cells, asGiven, record.size(), columns.size()));
            }
        }
        catch (IOException | UncheckedIOException e) {
            throw unreadable(source, e);
        }
    }

    private static Ssda903Table recognise(Ssda903Source source, CSVParser parser) {
        Set<String> columns = new LinkedHashSet<>();
        parser.getHeaderNames().forEach(name -> columns.add(columnName(name)));
        return Ssda903Table.recognise(columns).orElseThrow(() -> new Ssda903FileException(new Ssda903Problem(
                source.name(), 1, null, String.join(",", columns), "is neither the Header table (columns "
                        + String.join(", ", Ssda903Table.HEADER.columns()) + ") nor the Episodes table (columns "
                        + String.join(", ", Ssda903Table.EPISODES.columns()) + "); the column names must be exactly these")));
    }

    private static CSVParser open(Ssda903Source source) throws IOException {
        Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(source.open(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))));
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        }
        catch (IOException | IllegalArgumentException e) {
            reader.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String columnName(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    private static String value(String cell) {
        String value = blankToNull(cell);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String cell) {
        String value = cell == null ? "" : cell.strip();
        return value.isEmpty() ? null : value;
    }

    private static Ssda903FileException unreadable(Ssda903Source source, Exception e) {
        return new Ssda903FileException(new Ssda903Problem(source.name(), 0, null, null, CsvReadFailure.describe(e)));
    }
}
