package org.fostergraph.ssda903;

import java.util.Set;

import org.fostergraph.household.Provision;

/** The kind of home an SSDA903 placement is with, from its PLACE and PLACE_PROVIDER codes. */
final class Ssda903Provisions {

    private static final Set<String> CONNECTED = Set.of("U1", "U2", "U3");
    private static final Set<String> FOSTERING = Set.of("U4", "U5", "U6");
    private static final Set<String> CHILDRENS_HOME = Set.of("K1", "K2", "R1");
    private static final Set<String> SUPPORTED = Set.of("H5", "K3", "P2");
    private static final Set<String> OTHER_PUBLIC = Set.of("PR2", "PR3");
    private static final Set<String> BOUGHT_IN = Set.of("PR4", "PR5");

    private Ssda903Provisions() {
    }

    static Provision of(String place, String provider) {
        if ("P1".equals(place)) {
            return Provision.PARENTS;
        }
        if (SUPPORTED.contains(place)) {
            return Provision.SUPPORTED_ACCOMMODATION;
        }
        boolean connected = CONNECTED.contains(place);
        if (connected || FOSTERING.contains(place)) {
            return "PR1".equals(provider) || (connected && "PR0".equals(provider))
                    ? (connected ? Provision.CONNECTED_PERSON : Provision.IN_HOUSE_FOSTERING)
                    : OTHER_PUBLIC.contains(provider) ? Provision.OTHER_LA
                    : BOUGHT_IN.contains(provider) ? Provision.IFA_FOSTERING : Provision.OTHER;
        }
        if (CHILDRENS_HOME.contains(place)) {
            return "PR1".equals(provider) ? Provision.IN_HOUSE_RESIDENTIAL
                    : OTHER_PUBLIC.contains(provider) ? Provision.OTHER_LA
                    : "PR4".equals(provider) ? Provision.PRIVATE_RESIDENTIAL
                    : "PR5".equals(provider) ? Provision.VOLUNTARY_RESIDENTIAL : Provision.OTHER;
        }
        return Provision.OTHER;
    }

    /** A placeholder home's name: what it is, and where, never who is placed there. */
    static String placeholderName(Provision provision, String urn, String sector) {
        String kind = switch (provision) {
            case IN_HOUSE_FOSTERING -> "Council foster carers";
            case CONNECTED_PERSON -> "Connected-person carers";
            case IN_HOUSE_RESIDENTIAL -> "Council children's home";
            case IFA_FOSTERING -> "Agency foster carers";
            case PRIVATE_RESIDENTIAL -> "Private children's home";
            case VOLUNTARY_RESIDENTIAL -> "Voluntary children's home";
            case OTHER_LA -> "Another council's provision";
            case SUPPORTED_ACCOMMODATION -> "Supported accommodation";
            case PARENTS -> "With parents";
            case OTHER -> "Other placement";
        };
        return kind + (urn == null ? "" : " " + urn) + (sector == null ? "" : " in " + sector) + " (from SSDA903)";
    }
}
