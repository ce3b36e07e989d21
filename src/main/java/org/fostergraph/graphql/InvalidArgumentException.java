package org.fostergraph.graphql;

/**
 * A request argument that cannot be used as given. The message names the field and the value so the caller
 * can correct it; never put a child's personal data in either.
 */
public class InvalidArgumentException extends RuntimeException {

    private final String field;
    private final String value;

    public InvalidArgumentException(String field, Object value, String problem) {
        super(field + ": " + problem + " (got " + describe(value) + ")");
        this.field = field;
        this.value = describe(value);
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
