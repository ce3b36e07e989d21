package org.fostergraph.ssda903;

import org.fostergraph.api.errors.TextRules;

/**
 * Something wrong with one cell of an SSDA903 file, as a council's data officer needs it to fix the return.
 *
 * @param file the file as it was named on upload or on the command line
 * @param row the row as a spreadsheet numbers it: the column names are row 1, the first child row 2
 * @param column the column holding the value, or null when the problem is the whole file
 * @param value the value as written (null when the cell is empty), cut to a few dozen characters as
 *        {@link TextRules#shown} says: a problem list never carries back a whole cell of a broken file
 */
public record Ssda903Problem(String file, long row, String column, String value, String message) {

    public Ssda903Problem {
        file = TextRules.shown(file);
        value = TextRules.shown(value);
    }
}
