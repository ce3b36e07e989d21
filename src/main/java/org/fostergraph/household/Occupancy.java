package org.fostergraph.household;

/**
 * What a household's beds are doing on a day, from which vacancies are derived (never counted by hand).
 *
 * @param openPlacements placements open on the day (started, not ended)
 * @param heldPlaces places held for a child and not yet expired, released or used
 * @param sleepovers sleepovers and short breaks at the hub that night
 * @param hub whether the household is the hub of a Mockingbird constellation
 */
public record Occupancy(String householdId, HouseholdStatus status, int approvedPlaces, int openPlacements,
        int heldPlaces, int sleepovers, boolean hub) {

    /**
     * A hub keeps two beds free for planned and emergency sleepovers (The Fostering Network's model; councils
     * such as Surrey require two spare beds at the hub). Its approved places include those two beds.
     */
    public static final int HUB_SLEEPOVER_BEDS = 2;

    /** Beds neither filled by a placement nor held; only an approved household can offer any. */
    public int freeBeds() {
        return status == HouseholdStatus.APPROVED ? Math.max(0, approvedPlaces - openPlacements - heldPlaces) : 0;
    }

    /** Places that may be offered for a new placement or hold: a hub never offers its sleepover beds. */
    public int vacancies() {
        return hub ? Math.max(0, freeBeds() - HUB_SLEEPOVER_BEDS) : freeBeds();
    }

    /** Of the hub's two sleepover beds, how many placements and holds leave free (the fidelity measure). */
    public int sleepoverBedsKept() {
        return hub ? Math.min(HUB_SLEEPOVER_BEDS, freeBeds()) : 0;
    }

    /** Sleepover beds free that night: those kept free, less the sleepovers using them. */
    public int sleepoverBedsFree() {
        return Math.max(0, sleepoverBedsKept() - sleepovers);
    }
}
