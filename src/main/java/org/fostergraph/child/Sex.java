package org.fostergraph.child;

/** SSDA903 {@code SEX}: 1 male, 2 female. */
public enum Sex {
    MALE, FEMALE
}
