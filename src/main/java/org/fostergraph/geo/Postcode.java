package org.fostergraph.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postcode as a record gave it: a full postcode (as the DfE collects HOME_POST and PL_POST, for example
 * {@code WS2 8AB}) or a sector (the outward code and the first digit of the inward code, {@code WS2 8}), in any case
 * and spacing. Keeps the text exactly as given, so a return exported again says what it said.
 *
 * @param asGiven the text as the record gave it (trimmed of nothing)
 * @param normalised upper case with one space before the inward part: {@code WS2 8AB}, or {@code WS2 8} for a sector
 * @param sector the sector it lies in, the key of the table of sector centres
 * @param full whether it is a full postcode (one street or building) rather than a sector
 */
public record Postcode(String asGiven, String normalised, String sector, boolean full) {

    /** Outward code (area, district, optional letter or digit), the inward digit, and for a full postcode two letters. */
    private static final Pattern COMPACT = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9])([A-Z]{2})?");

    /** The postcode, or null when the text is neither a full postcode nor a sector. */
    public static Postcode parse(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher parts = COMPACT.matcher(compact);
        if (!parts.matches()) {
            return null;
        }
        String sector = parts.group(1) + " " + parts.group(2);
        boolean full = parts.group(3) != null;
        return new Postcode(text, full ? sector + parts.group(3) : sector, sector, full);
    }
}
