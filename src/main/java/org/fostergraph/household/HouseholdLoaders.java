package org.fostergraph.household;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Households and their occupancy, read once per request however many fields ask for them. Fields take
 * {@code DataLoader<String, Household>} or {@code DataLoader<String, Occupancy>}; the request's loader batches the
 * households asked for at one level into one statement and answers a household asked for again from what it read.
 * <ul>
 * <li>Occupancy: a constellation's fidelity, its sleepover beds and its vacancies all derive from its hub's occupancy,
 * and its households' own vacancies from theirs; each used to read it again (four reads of the same hubs in one
 * constellations page).</li>
 * <li>Households: a match's candidates and the households it rules out are households alike, and so are a
 * constellation's hub and its satellites; as two batch mappings each pair was read in two statements.</li>
 * </ul>
 * Within a request the graph does not change under a query (one read transaction per query,
 * api.OneTransactionPerQuery), so what a loader read stays true for the request.
 */
@Component
class HouseholdLoaders {

    HouseholdLoaders(BatchLoaderRegistry registry, HouseholdService households) {
        registry.forTypePair(String.class, Occupancy.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> households.occupancy(ids)));
        registry.forTypePair(String.class, Household.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> households.findByIds(ids)));
    }
}
