package org.fostergraph.household;

import org.fostergraph.care.Provision;
import java.time.LocalDate;
import java.util.List;

import org.fostergraph.geo.GeoPoint;
import org.fostergraph.history.ClientKeyed;

/** The fostering team's changes to households, as the GraphQL inputs carry them. */
public final class HouseholdCommands {

    private HouseholdCommands() {
    }

    record RegisterHousehold(String name, Provision provision, LocalDate enquiryDate, String localityId,
            String postcodeSector, GeoPoint location, String providerId, String clientKey) implements ClientKeyed {
    }

    record ChangeHouseholdStatus(String householdId, HouseholdStatus status, LocalDate date, String reason,
            String clientKey) implements ClientKeyed {
    }

    record SetTermsOfApproval(String householdId, Integer approvedPlaces, Integer ageMin, Integer ageMax,
            List<ApprovalType> approvalTypes, Integer bedrooms, String clientKey) implements ClientKeyed {
    }

    record SetHouseholdAttributes(String householdId, List<String> languages, String religion, List<String> skills,
            Boolean pets, String clientKey) implements ClientKeyed {
    }

    /** Places out of use from {@code from} until the day before {@code until}, with the reason. */
    public record MarkPlacesNotAvailable(String householdId, Integer places, String reason, String detail, LocalDate from,
            LocalDate until, String clientKey) implements ClientKeyed {
    }

    enum ApprovalType {
        SHORT_TERM, LONG_TERM, EMERGENCY, RESPITE, PARENT_AND_CHILD, DISABILITY, CONNECTED_PERSON, RESIDENTIAL,
        SUPPORTED_ACCOMMODATION
    }
}
