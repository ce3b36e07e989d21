package org.fostergraph.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fostergraph.security.Scope;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PostcodeSectorController {

    private final PostcodeSectorService sectors;
    private final LocalityService localities;

    PostcodeSectorController(PostcodeSectorService sectors, LocalityService localities) {
        this.sectors = sectors;
        this.localities = localities;
    }

    @QueryMapping
    PostcodeSector postcodeSector(@ContextValue Scope scope, @Argument String sector) {
        return sectors.find(scope, "sector", sector).orElse(null);
    }

    @BatchMapping
    Map<PostcodeSector, Locality> locality(List<PostcodeSector> of) {
        var ids = of.stream().map(PostcodeSector::localityId).filter(Objects::nonNull).distinct().toList();
        return BatchResults.byKey(of, PostcodeSector::localityId, BatchResults.index(localities.findByIds(ids), Locality::id), null);
    }
}
