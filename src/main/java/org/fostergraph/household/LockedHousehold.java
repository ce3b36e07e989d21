package org.fostergraph.household;

/** A household locked by the current write transaction, with its occupancy counted after the lock. */
public record LockedHousehold(Household household, Occupancy occupancy) {
}
