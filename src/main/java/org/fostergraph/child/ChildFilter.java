package org.fostergraph.child;

/**
 * Which children a list holds: from one home locality, in care today or not, and placed today with the council's own
 * provision ({@code internal}: true) or another's (false); null for any of them means either.
 */
public record ChildFilter(String localityId, Boolean inCare, Boolean internal) {
}
