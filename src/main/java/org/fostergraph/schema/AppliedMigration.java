package org.fostergraph.schema;

import java.time.ZonedDateTime;

/** A schema file as recorded in the graph when it was applied. */
public record AppliedMigration(int version, String description, String fileName, String checksum,
        ZonedDateTime appliedAt) {
}
