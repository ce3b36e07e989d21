package org.fostergraph.ssda903;

/**
 * Something wrong with one cell of an SSDA903 file, as a council's data officer needs it to fix the return.
 *
 * @param file the file as it was named on upload or on the command line
 * @param row the row as a spreadsheet numbers it: the column names are row 1, the first child row 2
 * @param column the column holding the value, or null when the problem is the whole file
 * @param value the value as written (null when the cell is empty)
 */
public record Ssda903Problem(String file, long row, String column, String value, String message) {
}
