package org.fostergraph.forecast;

import java.util.Set;

/**
 * Where a child in care lives, for the forecast: the placement types, from the SSDA903 PLACE and
 * PLACE_PROVIDER codes. Internal vs external comes from the provider (PR1 the council's own), not from the
 * placement code alone as in the public demand model.
 */
public enum CareState {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON, IFA, COUNCIL_HOME, PRIVATE_HOME, SUPPORTED_ACCOMMODATION, WITH_PARENTS, OTHER;

    private static final Set<String> CONNECTED = Set.of("U1", "U2", "U3");
    private static final Set<String> FOSTERING = Set.of("U4", "U5", "U6");
    private static final Set<String> RESIDENTIAL = Set.of("K1", "K2", "R1", "S1", "P3");
    private static final Set<String> SUPPORTED = Set.of("H5", "K3", "P2");
    private static final Set<String> BOUGHT_IN = Set.of("PR4", "PR5");

    static CareState of(String placeCode, String providerCode) {
        if (CONNECTED.contains(placeCode)) {
            return BOUGHT_IN.contains(providerCode) ? IFA : CONNECTED_PERSON;
        }
        if (FOSTERING.contains(placeCode)) {
            return BOUGHT_IN.contains(providerCode) ? IFA : IN_HOUSE_FOSTERING;
        }
        if (RESIDENTIAL.contains(placeCode)) {
            return BOUGHT_IN.contains(providerCode) ? PRIVATE_HOME : COUNCIL_HOME;
        }
        if (SUPPORTED.contains(placeCode)) {
            return SUPPORTED_ACCOMMODATION;
        }
        if ("P1".equals(placeCode) || "PR0".equals(providerCode)) {
            return WITH_PARENTS;
        }
        return OTHER;
    }
}
