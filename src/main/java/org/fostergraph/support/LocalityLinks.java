package org.fostergraph.support;

/** The Cypher that bulk loads share to point a node's link at the locality a row names. */
public final class LocalityLinks {

    private LocalityLinks() {
    }

    /**
     * A unit subquery for an {@code UNWIND $rows AS row} statement: when {@code condition} holds, it replaces
     * {@code node}'s {@code relationship} to a locality with one to the locality whose id is {@code localityId}
     * (none when the row names none, or one the graph does not hold). It keeps the outer rows as they are.
     */
    public static String replace(String node, String relationship, String localityId, String condition) {
        return """
                CALL (%1$s, row) {
                    WITH %1$s, row WHERE %4$s
                    OPTIONAL MATCH (%1$s)-[old:%2$s]->(:Locality)
                    DELETE old
                    WITH DISTINCT %1$s, row
                    MATCH (l:Locality {id: %3$s})
                    MERGE (%1$s)-[:%2$s]->(l)
                }
                """.formatted(node, relationship, localityId, condition);
    }
}
