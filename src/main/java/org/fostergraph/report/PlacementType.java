package org.fostergraph.report;

import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.PlaceProvider;

/** The placement types commissioners report by, from the SSDA903 PLACE and PLACE_PROVIDER codes. */
enum PlacementType {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON_FOSTERING, IFA_FOSTERING, COUNCIL_CHILDRENS_HOME, PRIVATE_CHILDRENS_HOME, OTHER;

    static PlacementType of(String placeCode, String providerCode) {
        PlaceKind kind = PlaceKind.of(placeCode);
        PlaceProvider provider = PlaceProvider.of(providerCode).orElse(null);
        boolean boughtIn = provider != null && provider.boughtIn();
        return switch (kind) {
            case CONNECTED_PERSON_FOSTERING -> boughtIn ? IFA_FOSTERING : CONNECTED_PERSON_FOSTERING;
            case FOSTERING -> provider == PlaceProvider.PR1 ? IN_HOUSE_FOSTERING : boughtIn ? IFA_FOSTERING : OTHER;
            case CHILDRENS_HOME -> provider == PlaceProvider.PR1 ? COUNCIL_CHILDRENS_HOME : boughtIn ? PRIVATE_CHILDRENS_HOME : OTHER;
            default -> OTHER;
        };
    }
}
