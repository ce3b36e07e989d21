package org.fostergraph.placement;

import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Placements by id, read once per request however many fields ask for them (the step-down plan's children it moves
 * and those it leaves out both show their current placement). Fields take {@code DataLoader<String, Placement>}.
 */
@Component
class PlacementLoader {

    PlacementLoader(BatchLoaderRegistry registry, PlacementService placements) {
        registry.forTypePair(String.class, Placement.class).registerMappedBatchLoader((ids, environment) ->
                Mono.fromSupplier(() -> BatchResults.index(placements.findByIds(ids), Placement::id)));
    }
}
