package org.fostergraph.api.errors;

/**
 * What text the service accepts from a caller. Control characters (NUL and the rest of C0 and C1, but tab, line feed
 * and carriage return) can cut a value short in other systems and logs; the Unicode direction overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) make a name or a note display other than it is stored (the "Trojan Source" class).
 */
public final class TextRules {

    private TextRules() {
    }

    /** Whether a caller's text may hold this code point. */
    public static boolean isForbidden(int codePoint) {
        boolean control = (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
                || (codePoint >= 0x7F && codePoint <= 0x9F);
        boolean directionOverride = (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
        return control || directionOverride;
    }

    /** The longest text an error or a problem list repeats in full. */
    public static final int MAX_SHOWN_LENGTH = 60;

    /**
     * A caller's value as an error or a problem list repeats it: cut to {@value #MAX_SHOWN_LENGTH} characters (the
     * length said), forbidden characters shown as their code points, so that no answer carries back a whole upload or a
     * message that reads other than it is.
     */
    public static String shown(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN_LENGTH).forEach(codePoint -> {
            if (isForbidden(codePoint)) {
                shown.append(String.format("\\u%04X", codePoint));
            }
            else {
                shown.appendCodePoint(codePoint);
            }
        });
        int length = text.codePointCount(0, text.length());
        if (length > MAX_SHOWN_LENGTH) {
            shown.append("… (").append(length).append(" characters)");
        }
        return shown.toString();
    }

    /** The first forbidden code point in the text, or -1. */
    public static int firstForbidden(String text) {
        return text.codePoints().filter(TextRules::isForbidden).findFirst().orElse(-1);
    }
}
