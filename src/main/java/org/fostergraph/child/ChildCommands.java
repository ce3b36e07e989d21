package org.fostergraph.child;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Sex;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.history.ClientKeyed;

/** Placement officers' changes to a child's record, as the GraphQL inputs carry them. */
final class ChildCommands {

    private ChildCommands() {
    }

    /** Needs that matching reads (carer skills and approval types answer them). */
    enum Need {
        DISABILITY, EDUCATION_SUPPORT, THERAPEUTIC, MEDICAL, EMOTIONAL_BEHAVIOURAL, COMMUNICATION, PARENT_AND_CHILD
    }

    /** Where the child's home and school are; everything left out is cleared. */
    record Locations(String homeLocalityId, String homePostcodeSector, GeoPoint homeLocation, String schoolName,
            GeoPoint schoolLocation) {
    }

    record RegisterChild(LocalDate dateOfBirth, Sex sex, List<Need> needs, String homeLocalityId,
            String homePostcodeSector, GeoPoint homeLocation, String schoolName, GeoPoint schoolLocation,
            String clientKey) implements ClientKeyed {

        Locations locations() {
            return new Locations(homeLocalityId, homePostcodeSector, homeLocation, schoolName, schoolLocation);
        }
    }

    record SetChildLocations(String childId, String homeLocalityId, String homePostcodeSector, GeoPoint homeLocation,
            String schoolName, GeoPoint schoolLocation, String clientKey) implements ClientKeyed {

        Locations locations() {
            return new Locations(homeLocalityId, homePostcodeSector, homeLocation, schoolName, schoolLocation);
        }
    }

    record RecordChildNeeds(String childId, List<Need> needs, String clientKey) implements ClientKeyed {
    }

    record LinkSiblings(String childId, String siblingId, String clientKey) implements ClientKeyed {
    }

    static List<String> needNames(List<Need> needs) {
        return needs == null ? List.of() : needs.stream().map(Enum::name).distinct().sorted().toList();
    }
}
