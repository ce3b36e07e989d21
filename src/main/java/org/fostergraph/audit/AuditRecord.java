package org.fostergraph.audit;

import java.time.OffsetDateTime;

/** One read of one child's identifiable record: who read it, when, and through which query or mutation field. */
public record AuditRecord(String id, OffsetDateTime at, String by, String childId, String operation, String council) {
}
