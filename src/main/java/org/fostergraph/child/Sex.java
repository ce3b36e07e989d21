package org.fostergraph.child;

/** A child's sex as the SSDA903 return records it (its codes by collection year are {@code ssda903.SexCode}'s). */
public enum Sex {
    MALE, FEMALE,
    /** Not known or indeterminate (SSDA903 U, from 2024/25). */
    UNKNOWN
}
