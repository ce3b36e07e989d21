package org.fostergraph.forecast;

import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.PlaceProvider;

/**
 * Where a child in care lives, for the forecast: the placement types, from the SSDA903 PLACE and
 * PLACE_PROVIDER codes. Internal vs external comes from the provider (PR1 the council's own), not from the
 * placement code alone as in the public demand model.
 */
public enum CareState {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON, IFA, COUNCIL_HOME, PRIVATE_HOME, SUPPORTED_ACCOMMODATION, WITH_PARENTS, OTHER;

    /**
     * A placement's care state. Another council's or another public body's placement (PR2, PR3) is external, as the
     * placement mix counts it: its foster and children's home placements are OTHER, not the council's own.
     */
    static CareState of(String placeCode, String providerCode) {
        PlaceKind kind = PlaceKind.of(placeCode);
        PlaceProvider provider = PlaceProvider.of(providerCode).orElse(null);
        boolean boughtIn = provider != null && provider.boughtIn();
        boolean otherPublic = provider != null && provider.otherPublic();
        switch (kind) {
            case CONNECTED_PERSON_FOSTERING:
                return boughtIn ? IFA : CONNECTED_PERSON;
            case FOSTERING:
                return boughtIn ? IFA : otherPublic ? OTHER : IN_HOUSE_FOSTERING;
            case CHILDRENS_HOME, RESIDENTIAL_SCHOOL, RESIDENTIAL_EMPLOYMENT:
                return boughtIn ? PRIVATE_HOME : otherPublic ? OTHER : COUNCIL_HOME;
            case SUPPORTED_ACCOMMODATION:
                return SUPPORTED_ACCOMMODATION;
            default:
                return kind == PlaceKind.WITH_PARENTS || provider == PlaceProvider.PR0 ? WITH_PARENTS : OTHER;
        }
    }
}
