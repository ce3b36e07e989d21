package org.fostergraph.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as a CSV file for Excel: a header row, then one record per row, named for download; no cell can run as a
 * formula ({@link SafeCsv}).
 */
public final class CsvDownload {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private CsvDownload() {
    }

    public static ResponseEntity<String> of(ReportTable table) {
        return of(table.fileName(), table.header(), table.rows());
    }

    public static ResponseEntity<String> of(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (List<Object> row : rows) {
                SafeCsv.printRecord(printer, row);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(out.toString());
    }

    /** An empty cell where a report has no figure (a share of nothing, or one that would give a hidden count away). */
    public static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }
}
