package org.fostergraph.household;

/**
 * Who provides a home for a child. The council's own provision (SSDA903 {@code PLACE_PROVIDER} PR1) is
 * internal; everything bought from others (PR2–PR5) is external.
 */
public enum Provision {
    IN_HOUSE_FOSTERING(true),
    CONNECTED_PERSON(true),
    IN_HOUSE_RESIDENTIAL(true),
    IFA_FOSTERING(false),
    PRIVATE_RESIDENTIAL(false),
    VOLUNTARY_RESIDENTIAL(false),
    OTHER_LA(false),
    SUPPORTED_ACCOMMODATION(false),
    /** Placed with parents or others with parental responsibility (SSDA903 P1): counted as internal, like PR0. */
    PARENTS(true),
    /** Anything else an SSDA903 return records: adoption, hospital, custody, residential school, temporary placements. */
    OTHER(false);

    private final boolean internal;

    Provision(boolean internal) {
        this.internal = internal;
    }

    public boolean isInternal() {
        return internal;
    }
}
