package org.fostergraph.care;

/**
 * Who provides a home for a child: the kind of household. The council's own provision (SSDA903 {@code PLACE_PROVIDER}
 * PR1) is internal; everything from others (PR2–PR5) is external ({@link PlaceProvider}).
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

    /** The kind of home an SSDA903 placement is with, from its PLACE and PLACE_PROVIDER codes. */
    public static Provision of(String placeCode, String providerCode) {
        PlaceKind kind = PlaceKind.of(placeCode);
        PlaceProvider provider = PlaceProvider.of(providerCode).orElse(null);
        if (kind == PlaceKind.WITH_PARENTS) {
            return PARENTS;
        }
        if (kind == PlaceKind.SUPPORTED_ACCOMMODATION) {
            return SUPPORTED_ACCOMMODATION;
        }
        if (kind.fostering()) {
            boolean connected = kind == PlaceKind.CONNECTED_PERSON_FOSTERING;
            if (provider == PlaceProvider.PR1 || (connected && provider == PlaceProvider.PR0)) {
                return connected ? CONNECTED_PERSON : IN_HOUSE_FOSTERING;
            }
            return provider == null ? OTHER : provider.otherPublic() ? OTHER_LA : provider.boughtIn() ? IFA_FOSTERING : OTHER;
        }
        if (kind == PlaceKind.CHILDRENS_HOME) {
            return provider == PlaceProvider.PR1 ? IN_HOUSE_RESIDENTIAL
                    : provider == null ? OTHER
                    : provider.otherPublic() ? OTHER_LA
                    : provider == PlaceProvider.PR4 ? PRIVATE_RESIDENTIAL
                    : provider == PlaceProvider.PR5 ? VOLUNTARY_RESIDENTIAL : OTHER;
        }
        return OTHER;
    }
}
