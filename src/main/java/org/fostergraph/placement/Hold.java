package org.fostergraph.placement;

import java.time.OffsetDateTime;

/**
 * A vacancy held for one child for a limited time, while the placement is agreed. It takes a place like a
 * placement until it expires (by itself, at {@code expiresAt}), is released, or is used by the child's placement.
 */
public record Hold(String id, String householdId, String childId, String reason, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, OffsetDateTime releasedAt, OffsetDateTime usedAt) {

    public boolean activeAt(OffsetDateTime now) {
        return releasedAt == null && usedAt == null && expiresAt.isAfter(now);
    }
}
