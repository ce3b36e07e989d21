package org.fostergraph.constellation;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Constellations by id, once per request: constellation(id:) answers from here the constellation its {@code @owned}
 * check already read (ConstellationOwnership, security.OwnedRecords#readWhole), so the check is the field's read. Fields
 * take {@code DataLoader<String, Constellation>}.
 */
@Component
class ConstellationLoader {

    ConstellationLoader(BatchLoaderRegistry registry, ConstellationService constellations) {
        registry.forTypePair(String.class, Constellation.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> constellations.findByIds(ids)));
    }
}
