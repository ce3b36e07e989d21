package org.fostergraph.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * How a feature tells which council each of its records belongs to, for the {@code @owned(by: …)} arguments naming
 * them: each feature registers one per kind of record it keeps (a bean), so security knows no feature's labels or
 * Cypher. {@link #kind()} is the value of the schema's {@code Owned} enum the lookup answers for.
 */
public interface OwnedRecords {

    /** The schema's {@code Owned} value: CHILD, HOUSEHOLD, … */
    String kind();

    /** As the services' own "there is no … with id" errors say it. */
    String noun();

    /** Whether a history's subject ({@code @owned(by: RECORD)}) may be one of these. */
    boolean historySubject();

    /** The council of each of these records that exists, by id; a record no council has claimed has the empty code. */
    Map<String, String> councilsOf(Collection<String> ids);

    /**
     * Runs a statement that answers {@code id} and {@code council} for the ids bound as {@code $ids}: what most lookups
     * are, a label and where its council is written.
     */
    static Map<String, String> councils(Neo4jClient neo4j, String cypher, Collection<String> ids) {
        Map<String, String> councils = new HashMap<>();
        neo4j.query(cypher).bind(List.copyOf(ids)).to("ids").fetch().all()
                .forEach(row -> councils.put((String) row.get("id"), Objects.requireNonNullElse((String) row.get("council"), "")));
        return councils;
    }
}
