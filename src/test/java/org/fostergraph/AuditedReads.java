package org.fostergraph;

/**
 * The read audit as the graph stores it, one row per read: a record holds a request's reads of one council's children,
 * {@code childIds[i]} read through {@code operations[i]}. Tests count reads with it, independently of the audit's own
 * query.
 */
public final class AuditedReads {

    /**
     * Binds {@code a} (the record), {@code childId} and {@code operation}; a test adds its WHERE and RETURN. Records of
     * the shape before (one read in {@code childId}) are left out: only the test of that shape writes one.
     */
    public static final String EACH_READ = """
            MATCH (a:AuditRecord) WHERE a.childIds IS NOT NULL
            UNWIND range(0, size(a.childIds) - 1) AS place
            WITH a, a.childIds[place] AS childId, a.operations[place] AS operation
            """;

    private AuditedReads() {
    }
}
