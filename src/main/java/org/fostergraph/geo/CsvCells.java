package org.fostergraph.geo;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** Cells of the geography files, read by column name: trimmed, and null when empty or missing. */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
