package org.fostergraph.api.errors;

/**
 * A request the service refuses, with a stable code for programs and a message a person can act on. The
 * message names the argument ({@code field}) and the value it refused; it never carries another child's data.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String field;
    private final String value;

    public DomainException(String code, String field, Object value, String message) {
        super(message);
        this.code = code;
        this.field = field;
        this.value = describe(value);
    }

    /** The value as an error repeats it: quoted, and cut and cleaned as {@link TextRules#shown} says. */
    static String describe(Object value) {
        return value == null ? "nothing" : "'" + TextRules.shown(String.valueOf(value)) + "'";
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
