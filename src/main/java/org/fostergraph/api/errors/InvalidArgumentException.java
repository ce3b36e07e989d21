package org.fostergraph.api.errors;

/** An argument that is malformed or out of range: the field, the value and what is wrong with it. */
public class InvalidArgumentException extends DomainException {

    public InvalidArgumentException(String field, Object value, String problem) {
        super("INVALID_ARGUMENT", field, value, field + ": " + problem + " (got " + describe(value) + ")");
    }
}
