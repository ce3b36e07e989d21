package org.fostergraph.support;

import java.util.List;

/**
 * One table of a report as the downloads write it: its title (an Excel sheet's name), its file name as a CSV, its
 * column names and its rows. Counts hidden by disclosure control are the text {@code c}; every other cell is a number,
 * a date or text as the report has it.
 */
public record ReportTable(String title, String fileName, List<String> header, List<List<Object>> rows) {
}
