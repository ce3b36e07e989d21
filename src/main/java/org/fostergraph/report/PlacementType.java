package org.fostergraph.report;

import java.util.Set;

/** The placement types commissioners report by, from the SSDA903 PLACE and PLACE_PROVIDER codes. */
enum PlacementType {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON_FOSTERING, IFA_FOSTERING, COUNCIL_CHILDRENS_HOME, PRIVATE_CHILDRENS_HOME, OTHER;

    private static final Set<String> CONNECTED = Set.of("U1", "U2", "U3");
    private static final Set<String> FOSTERING = Set.of("U4", "U5", "U6");
    private static final Set<String> CHILDRENS_HOME = Set.of("K1", "K2", "R1");
    private static final Set<String> BOUGHT_IN = Set.of("PR4", "PR5");

    static PlacementType of(String placeCode, String providerCode) {
        if (CONNECTED.contains(placeCode)) {
            return BOUGHT_IN.contains(providerCode) ? IFA_FOSTERING : CONNECTED_PERSON_FOSTERING;
        }
        if (FOSTERING.contains(placeCode)) {
            return "PR1".equals(providerCode) ? IN_HOUSE_FOSTERING : BOUGHT_IN.contains(providerCode) ? IFA_FOSTERING : OTHER;
        }
        if (CHILDRENS_HOME.contains(placeCode)) {
            return "PR1".equals(providerCode) ? COUNCIL_CHILDRENS_HOME
                    : BOUGHT_IN.contains(providerCode) ? PRIVATE_CHILDRENS_HOME : OTHER;
        }
        return OTHER;
    }
}
