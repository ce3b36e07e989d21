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

    /**
     * The council of each of these records that exists, by id; a record no council has claimed has the empty code. For a
     * kind {@link #ownedByProviders()}, the provider's id instead.
     */
    Map<String, String> councilsOf(Collection<String> ids);

    /** Whether these records are a provider's (a referral as sent to it, its homes), named by a provider's staff. */
    default boolean ownedByProviders() {
        return false;
    }

    /** Whether the caller may name the record whose owner (a council's code, or a provider's id) is this. */
    default boolean mayName(Caller caller, String owner) {
        return ownedByProviders() ? caller.worksFor(owner) : caller.belongsTo(owner);
    }

    /**
     * The lookup most kinds are: a statement answering {@code id} and {@code council} for the ids bound as
     * {@code $ids} (a label, and where its council is written).
     */
    static OwnedRecords byCypher(Neo4jClient neo4j, String kind, String noun, boolean historySubject, String cypher) {
        return new CypherLookup(neo4j, kind, noun, historySubject, cypher);
    }

    /** A provider's records: a statement answering {@code id} and {@code council} (there, the provider's id) for {@code $ids}. */
    static OwnedRecords ofProviders(Neo4jClient neo4j, String kind, String noun, String cypher) {
        return new ProviderLookup(new CypherLookup(neo4j, kind, noun, false, cypher));
    }

    /** A provider's records, looked up by one Cypher statement. */
    record ProviderLookup(CypherLookup lookup) implements OwnedRecords {

        @Override
        public String kind() {
            return lookup.kind();
        }

        @Override
        public String noun() {
            return lookup.noun();
        }

        @Override
        public boolean historySubject() {
            return false;
        }

        @Override
        public Map<String, String> councilsOf(Collection<String> ids) {
            return lookup.councilsOf(ids);
        }

        @Override
        public boolean ownedByProviders() {
            return true;
        }
    }

    /** A lookup by one Cypher statement. */
    record CypherLookup(Neo4jClient neo4j, String kind, String noun, boolean historySubject, String cypher) implements OwnedRecords {

        @Override
        public Map<String, String> councilsOf(Collection<String> ids) {
            Map<String, String> councils = new HashMap<>();
            neo4j.query(cypher).bind(List.copyOf(ids)).to("ids").fetch().all()
                    .forEach(row -> councils.put((String) row.get("id"), Objects.requireNonNullElse((String) row.get("council"), "")));
            return councils;
        }
    }
}
