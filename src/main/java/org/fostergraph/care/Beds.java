package org.fostergraph.care;

/**
 * The vacancy rule, the one place it is written: what a household's approved places are doing, and so how many it can
 * offer. Vacancies are always derived from this, never a counter kept by hand.
 *
 * <p>A Mockingbird hub keeps {@value #HUB_SLEEPOVER_BEDS} beds free for planned and emergency sleepovers (The Fostering
 * Network's model; councils such as Surrey require two spare beds at the hub). Its approved places include those beds,
 * and it never offers them for a placement or a hold.
 *
 * @param approved whether the household is approved now (only an approved household offers a bed)
 * @param approvedPlaces its approved places, a hub's sleepover beds included
 * @param filled placements open on the day
 * @param held places held for a child and not yet expired, released or used
 * @param notAvailable approved places the household cannot offer that day ({@link PlacesNotAvailable})
 * @param hub whether it is the hub of a constellation
 */
public record Beds(boolean approved, int approvedPlaces, int filled, int held, int notAvailable, boolean hub) {

    public static final int HUB_SLEEPOVER_BEDS = 2;

    /** A household with every approved place available. */
    public Beds(boolean approved, int approvedPlaces, int filled, int held, boolean hub) {
        this(approved, approvedPlaces, filled, held, 0, hub);
    }

    /** Beds neither filled by a placement, held, nor out of use for a while; none unless approved. */
    public int free() {
        return approved ? Math.max(0, approvedPlaces - filled - held - notAvailable) : 0;
    }

    /**
     * Ofsted's vacant places: approved and not filled (held and not-available places among them); none unless approved.
     */
    public int vacant() {
        return approved ? Math.max(0, approvedPlaces - filled) : 0;
    }

    /** Places that may be offered for a new placement or hold: a hub never offers its sleepover beds. */
    public int vacancies() {
        return hub ? Math.max(0, free() - HUB_SLEEPOVER_BEDS) : free();
    }

    /** Of a hub's sleepover beds, how many its placements and holds leave free (the fidelity measure). */
    public int sleepoverBedsKept() {
        return hub ? Math.min(HUB_SLEEPOVER_BEDS, free()) : 0;
    }

    /** The places that can be filled by placements: a hub's less its sleepover beds. */
    public static int placesForPlacements(int approvedPlaces, boolean hub) {
        return hub ? approvedPlaces - HUB_SLEEPOVER_BEDS : approvedPlaces;
    }

    /** The sleepover beds a household keeps: a hub's two, nobody else's. */
    public static int sleepoverBeds(boolean hub) {
        return hub ? HUB_SLEEPOVER_BEDS : 0;
    }
}
