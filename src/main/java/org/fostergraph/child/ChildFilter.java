package org.fostergraph.child;

/** Which children a list holds: from one home locality, and in care today or not (null: either). */
public record ChildFilter(String localityId, Boolean inCare) {
}
