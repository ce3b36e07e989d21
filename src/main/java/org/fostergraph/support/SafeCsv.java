package org.fostergraph.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the service writes passes its cells through here (reports, the forecast, the SSDA903 export and the
 * pages' downloads), so that no cell runs as a formula when a council officer opens the file in a spreadsheet (OWASP
 * "CSV Injection"): a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading apostrophe, which spreadsheets show as text. A plain number (a negative gap or
 * saving such as {@code -3} or {@code -1250.5}) is not a formula and is written as it is.
 *
 * <p>The SSDA903 export stays a faithful round trip because the import refuses any cell that would need the apostrophe
 * (no DfE code, date, postcode, URN or child id begins with one of those characters), so an exported return never
 * holds one: a leading {@code -} survives only as the sign of a plain number.
 */
public final class SafeCsv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private SafeCsv() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaStart && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The cell as it is written: numbers and dates as they are, text neutralised when it could run as a formula. */
    public static Object cell(Object value) {
        if (value instanceof CharSequence text && looksLikeFormula(text.toString())) {
            return "'" + text;
        }
        if ((value instanceof Double || value instanceof Float) && String.valueOf(value).contains("E")) {
            // Never E-notation: Java writes 27488552.0 as 2.7488552E7, which a reader may not take for the number. Other
            // numbers are written as before (400.0, 0.25).
            return java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    public static void printRecord(CSVPrinter printer, Iterable<?> values) throws IOException {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(cell(value));
        }
        printer.printRecord(cells);
    }
}
