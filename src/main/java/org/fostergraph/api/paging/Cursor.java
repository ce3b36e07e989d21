package org.fostergraph.api.paging;

import org.fostergraph.api.errors.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque Relay cursor holding the sort key of the last item seen (keyset paging: a page does not shift
 * when items are added before it). Encoded as URL-safe Base64 of the key parts.
 */
public final class Cursor {

    private static final String VERSION = "k1";
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        String plain = VERSION + SEPARATOR + String.join(SEPARATOR, sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key in {@code cursor}, which must have {@code parts} parts. */
    public static List<String> decode(String field, String cursor, int parts) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw notACursor(field, cursor);
        }
        List<String> split = Arrays.asList(plain.split(SEPARATOR, -1));
        if (split.size() != parts + 1 || !VERSION.equals(split.get(0))) {
            throw notACursor(field, cursor);
        }
        return List.copyOf(split.subList(1, split.size()));
    }

    private static InvalidArgumentException notACursor(String field, String cursor) {
        return new InvalidArgumentException(field, cursor,
                "not a cursor from this list; pass the endCursor of the previous page");
    }
}
