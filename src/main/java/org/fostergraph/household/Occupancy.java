package org.fostergraph.household;

import org.fostergraph.care.Beds;

/**
 * What a household's beds are doing on a day, from which vacancies are derived (never counted by hand).
 *
 * @param openPlacements placements open on the day (started, not ended)
 * @param heldPlaces places held for a child and not yet expired, released or used
 * @param sleepovers sleepovers and short breaks at the hub that night
 * @param hub whether the household is the hub of a Mockingbird constellation
 * @param notAvailable approved places out of use that day ({@link org.fostergraph.care.PlacesNotAvailable})
 */
public record Occupancy(String householdId, HouseholdStatus status, int approvedPlaces, int openPlacements,
        int heldPlaces, int sleepovers, boolean hub, int notAvailable) {

    /** A household with every approved place available. */
    public Occupancy(String householdId, HouseholdStatus status, int approvedPlaces, int openPlacements, int heldPlaces,
            int sleepovers, boolean hub) {
        this(householdId, status, approvedPlaces, openPlacements, heldPlaces, sleepovers, hub, 0);
    }

    /** A hub's sleepover beds ({@link Beds}). */
    public static final int HUB_SLEEPOVER_BEDS = Beds.HUB_SLEEPOVER_BEDS;

    /** The household's beds as the vacancy rule ({@link Beds}) reads them. */
    public Beds beds() {
        return new Beds(status == HouseholdStatus.APPROVED, approvedPlaces, openPlacements, heldPlaces, notAvailable, hub);
    }

    /** Beds neither filled by a placement nor held; only an approved household can offer any. */
    public int freeBeds() {
        return beds().free();
    }

    /** Places that may be offered for a new placement or hold: a hub never offers its sleepover beds. */
    public int vacancies() {
        return beds().vacancies();
    }

    /** Of the hub's two sleepover beds, how many placements and holds leave free (the fidelity measure). */
    public int sleepoverBedsKept() {
        return beds().sleepoverBedsKept();
    }

    /** Sleepover beds free that night: those kept free, less the sleepovers using them. */
    public int sleepoverBedsFree() {
        return Math.max(0, sleepoverBedsKept() - sleepovers);
    }
}
