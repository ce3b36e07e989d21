package org.fostergraph.geo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A postcode sector (outward code and the first digit of the inward code, for example {@code WS2 8}) with the
 * centre of its addresses and, when it lies in the council, its locality.
 */
public record PostcodeSector(String sector, GeoPoint centre, String localityId) {

    private static final Pattern SECTOR = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9]");

    /**
     * The sector written the one way the table keys it (upper case, one space), or null when the text is not a
     * postcode sector at all.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (compact.length() < 3) {
            return null;
        }
        String sector = compact.substring(0, compact.length() - 1) + " " + compact.charAt(compact.length() - 1);
        return SECTOR.matcher(sector).matches() ? sector : null;
    }
}
