package org.fostergraph.seed;

/** A seed file cannot be loaded as it stands; the message names the file and line. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }
}
