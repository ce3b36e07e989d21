package org.fostergraph.security;

import java.util.Map;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.TextRules;

/**
 * The limits every GraphQL argument is held to before its field runs, in one place for every field: text of at most
 * {@code maxTextLength} characters with no control or direction-override characters ({@link TextRules}), and lists
 * of at most {@code maxListLength} items. Without them a free-text field (a hold's reason, a household's religion)
 * stored 10 MB, and a NUL or a right-to-left override went into the graph as it came.
 */
final class InputLimits {

    private final int maxTextLength;
    private final int maxListLength;

    InputLimits(int maxTextLength, int maxListLength) {
        this.maxTextLength = maxTextLength;
        this.maxListLength = maxListLength;
    }

    /** Refuses the first argument value over a limit, naming its field; the text itself is not repeated. */
    void check(Map<String, Object> arguments) {
        arguments.forEach((name, value) -> check(name, value));
    }

    private void check(String field, Object value) {
        if (value instanceof String text) {
            int length = text.codePointCount(0, text.length());
            if (length > maxTextLength) {
                throw new InvalidArgumentException(field, length + " characters", "text is at most " + maxTextLength
                        + " characters");
            }
            int forbidden = TextRules.firstForbidden(text);
            if (forbidden >= 0) {
                throw new InvalidArgumentException(field, String.format("U+%04X", forbidden), "text may not hold control "
                        + "characters (other than tab and new line) or characters that change its direction");
            }
        }
        else if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> check(String.valueOf(name), item));
        }
        else if (value instanceof Iterable<?> items) {
            int count = 0;
            for (Object item : items) {
                if (++count > maxListLength) {
                    throw new InvalidArgumentException(field, "more than " + maxListLength + " items", "a list holds at most "
                            + maxListLength + " items");
                }
                check(field, item);
            }
        }
    }
}
