package org.fostergraph.geo;

import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LocalityController {

    private final LocalityService localities;

    LocalityController(LocalityService localities) {
        this.localities = localities;
    }

    @QueryMapping
    List<Locality> localities(@ContextValue Scope scope) {
        return localities.findAll(scope);
    }

    @BatchMapping
    Map<Locality, List<Locality>> neighbours(List<Locality> of) {
        Map<String, List<Locality>> byId = localities.neighboursOf(of.stream().map(Locality::id).toList());
        return BatchResults.byKey(of, Locality::id, byId, List.of());
    }
}
