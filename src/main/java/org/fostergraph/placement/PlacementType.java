package org.fostergraph.placement;

import java.util.EnumSet;
import java.util.Set;

import org.fostergraph.household.Provision;

/** Which kinds of home an SSDA903 PLACE code can be with. */
enum PlacementType {

    CONNECTED_PERSON_FOSTERING(Set.of("U1", "U2", "U3"), EnumSet.of(Provision.CONNECTED_PERSON, Provision.OTHER_LA)),
    FOSTERING(Set.of("U4", "U5", "U6"),
            EnumSet.of(Provision.IN_HOUSE_FOSTERING, Provision.IFA_FOSTERING, Provision.OTHER_LA)),
    CHILDRENS_HOME(Set.of("K1", "K2", "R1"), EnumSet.of(Provision.IN_HOUSE_RESIDENTIAL, Provision.PRIVATE_RESIDENTIAL,
            Provision.VOLUNTARY_RESIDENTIAL, Provision.OTHER_LA)),
    SUPPORTED(Set.of("H5", "K3", "P2"), EnumSet.of(Provision.SUPPORTED_ACCOMMODATION)),
    /** Adoption, hospital, custody, temporary and other codes: fostergraph does not model those homes' kinds. */
    OTHER(Set.of(), EnumSet.allOf(Provision.class));

    private final Set<String> placeCodes;
    private final Set<Provision> provisions;

    PlacementType(Set<String> placeCodes, Set<Provision> provisions) {
        this.placeCodes = placeCodes;
        this.provisions = provisions;
    }

    static PlacementType of(String placeCode) {
        for (PlacementType type : values()) {
            if (type.placeCodes.contains(placeCode)) {
                return type;
            }
        }
        return OTHER;
    }

    boolean fits(Provision provision) {
        return provisions.contains(provision);
    }

    String describe() {
        return name().toLowerCase().replace('_', ' ');
    }
}
