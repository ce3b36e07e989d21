package org.fostergraph.schema;

/** The graph schema cannot be brought up to date; the service must not start on it. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String message) {
        super(message);
    }

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
