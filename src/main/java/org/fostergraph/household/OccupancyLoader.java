package org.fostergraph.household;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Today's occupancy of households, read once per request however many fields ask for it. A constellation's fidelity,
 * its sleepover beds and its vacancies all derive from its hub's occupancy, and its households' own vacancies from
 * theirs: each used to read it again (four reads of the same hubs in one constellations page). Fields take
 * {@code DataLoader<String, Occupancy>}; the request's loader batches the households asked for at one level into one
 * statement and answers a household asked for again from what it read. Within a request the graph does not change
 * under a query (one read transaction per query, api.OneReadTransactionPerQuery), so what it read stays true.
 */
@Component
class OccupancyLoader {

    OccupancyLoader(BatchLoaderRegistry registry, HouseholdService households) {
        registry.forTypePair(String.class, Occupancy.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> households.occupancy(ids)));
    }
}
