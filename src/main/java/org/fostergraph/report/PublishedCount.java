package org.fostergraph.report;

/**
 * A count of children as a report publishes it: the count, and whether disclosure control hides it. A hidden count
 * reads {@code c}, as the DfE publishes, which is why the API's counts are strings.
 */
record PublishedCount(int value, boolean hidden) {

    static final String SUPPRESSED = "c";

    /** A count published on its own, with nothing else it could be worked out from: hidden when it is small. */
    static PublishedCount alone(int value, int threshold) {
        return new PublishedCount(value, Disclosure.isSmall(value, threshold));
    }

    /** The cell as published: the count, or {@code c}. */
    String shown() {
        return hidden ? SUPPRESSED : String.valueOf(value);
    }
}
