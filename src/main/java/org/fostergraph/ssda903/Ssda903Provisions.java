package org.fostergraph.ssda903;

import org.fostergraph.care.Provision;

/** How an imported placement's home is named when the return knows it only by its kind, URN and sector. */
final class Ssda903Provisions {

    private Ssda903Provisions() {
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
