package org.fostergraph.child;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Children by id, read once per request however many fields ask for them: the step-down plan names children as
 * those it moves, those who move with them and those it leaves out, which as separate batch mappings were read in
 * separate statements. Fields take {@code DataLoader<String, Child>}. Every child answered still passes its field's
 * guard and the read audit, as before.
 */
@Component
class ChildLoader {

    ChildLoader(BatchLoaderRegistry registry, ChildService children) {
        registry.forTypePair(String.class, Child.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> children.findByIds(ids)));
    }
}
