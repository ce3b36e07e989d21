package org.fostergraph.household;

/**
 * What a household's beds are doing today, from which vacancies are derived (never counted by hand).
 *
 * @param openPlacements placements that have started and not ended
 * @param hub whether the household is the hub of a Mockingbird constellation
 */
public record Occupancy(String householdId, HouseholdStatus status, int approvedPlaces, int openPlacements,
        boolean hub) {

    /**
     * A hub keeps two beds free for planned and emergency sleepovers (The Fostering Network's model; councils
     * such as Surrey require two spare beds at the hub). Its approved places include those two beds.
     */
    public static final int HUB_SLEEPOVER_BEDS = 2;

    /** Beds not filled by a placement; only an approved household can offer any. */
    public int freeBeds() {
        return status == HouseholdStatus.APPROVED ? Math.max(0, approvedPlaces - openPlacements) : 0;
    }

    /** Places that may be offered for a new placement: a hub never offers its sleepover beds. */
    public int vacancies() {
        return hub ? Math.max(0, freeBeds() - HUB_SLEEPOVER_BEDS) : freeBeds();
    }

    /** Of the hub's two sleepover beds, how many are not taken by placements. */
    public int sleepoverBedsFree() {
        return hub ? Math.min(HUB_SLEEPOVER_BEDS, freeBeds()) : 0;
    }
}
