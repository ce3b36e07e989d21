package org.fostergraph.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

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

    /**
     * As {@link #councilsOf(Collection)}, for a query's field, with the request's DataLoaders: a kind whose records the
     * query's fields read through one ({@link #readWhole}) leaves there what the check read, so that the field answering
     * the record it names (household(id:), child(id:)) sends no second statement for it.
     */
    default Map<String, String> councilsOf(Collection<String> ids, DataLoaderRegistry requestLoaders) {
        return councilsOf(ids);
    }

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

    /**
     * Records that a query's fields read whole through the request's DataLoader of their type (registered by type pair,
     * so named as Spring's BatchLoaderRegistry names it: the type's class name), by the same read as that loader's:
     * the check reads them whole instead of their councils alone and, for a query, leaves them in that loader. The
     * query's read transaction holds the graph still (api.OneTransactionPerQuery), so the loader would have read the same
     * records; and a record of another council the check read is refused all the same, by the check and by every guard
     * that answers it.
     */
    static <T extends CouncilOwned> OwnedRecords readWhole(String kind, String noun, boolean historySubject, Class<T> type,
            Function<Collection<String>, Map<String, T>> read) {
        return new WholeRecords<>(kind, noun, historySubject, type, read);
    }

    /** A provider's records: a statement answering {@code id} and {@code council} (there, the provider's id) for {@code $ids}. */
    static OwnedRecords ofProviders(Neo4jClient neo4j, String kind, String noun, String cypher) {
        return new ProviderLookup(new CypherLookup(neo4j, kind, noun, false, cypher));
    }

    /**
     * The owner's code a check answers for a record it found: one no council has claimed answers the empty code, so that it
     * still counts as found (a history's subject is not looked for among the other kinds) and no caller may name it.
     */
    private static String owner(String council) {
        return Objects.requireNonNullElse(council, "");
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
                    .forEach(row -> councils.put((String) row.get("id"), owner((String) row.get("council"))));
            return councils;
        }
    }

    /** Records read whole, by the read their DataLoader makes. */
    record WholeRecords<T extends CouncilOwned>(String kind, String noun, boolean historySubject, Class<T> type,
            Function<Collection<String>, Map<String, T>> read) implements OwnedRecords {

        @Override
        public Map<String, String> councilsOf(Collection<String> ids) {
            return councils(read.apply(ids));
        }

        @Override
        public Map<String, String> councilsOf(Collection<String> ids, DataLoaderRegistry requestLoaders) {
            Map<String, T> records = read.apply(ids);
            DataLoader<String, T> loader = requestLoaders.getDataLoader(type.getName());
            if (loader != null) {
                records.forEach(loader::prime);
            }
            return councils(records);
        }

        private static Map<String, String> councils(Map<String, ? extends CouncilOwned> records) {
            Map<String, String> councils = new HashMap<>();
            records.forEach((id, record) -> councils.put(id, owner(record.council())));
            return councils;
        }
    }
}
