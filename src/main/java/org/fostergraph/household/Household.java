package org.fostergraph.household;

import org.fostergraph.care.Provision;
import org.fostergraph.security.CouncilOwned;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.geo.GeoPoint;

/**
 * A home that can care for children: a fostering household (the council's own, connected-person or an
 * agency's) or a children's home. {@code constellationId}/{@code constellationRole} say which Mockingbird
 * constellation it currently belongs to, if any.
 */
public record Household(
        String id,
        String name,
        Provision provision,
        HouseholdStatus status,
        LocalDate statusSince,
        String localityId,
        String postcodeSector,
        GeoPoint location,
        int approvedPlaces,
        Integer ageMin,
        Integer ageMax,
        List<String> approvalTypes,
        Integer bedrooms,
        Provider provider,
        String constellationId,
        ConstellationRole constellationRole,
        List<String> languages,
        String religion,
        List<String> skills,
        Boolean pets,
        String council) implements CouncilOwned {

    public boolean internal() {
        return provision.isInternal();
    }
}
