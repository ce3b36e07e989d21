package org.fostergraph.child;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.fostergraph.security.Scope;
import org.fostergraph.geo.Locality;
import org.fostergraph.geo.LocalityService;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.Household;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChildController {

    private final ChildService children;
    private final LocalityService localities;
    private final PageRequest.Parser pages;

    ChildController(ChildService children, LocalityService localities, PageRequest.Parser pages) {
        this.children = children;
        this.localities = localities;
        this.pages = pages;
    }

    @QueryMapping
    Connection<Child> children(@ContextValue Scope scope, @Argument String localityId, @Argument Boolean inCare,
            @Argument Boolean internal, @Argument Integer first, @Argument String after) {
        return children.page(scope, new ChildFilter(localityId, inCare, internal), pages.parse(first, after, 1));
    }

    /** Through the request's child loader, where the check of {@code id} left the child it read (ChildOwnership). */
    @QueryMapping
    CompletableFuture<Child> child(@Argument String id, DataLoader<String, Child> childLoader) {
        return childLoader.load(id);
    }

    @SchemaMapping
    int ageYears(Child child) {
        return child.ageOn(children.today());
    }

    @BatchMapping
    Map<Child, List<Child>> siblings(List<Child> of) {
        return BatchResults.byKey(of, Child::id, children.siblingsOf(of.stream().map(Child::id).toList()), List.of());
    }

    @BatchMapping
    Map<Child, Locality> homeLocality(List<Child> of) {
        var ids = of.stream().map(Child::homeLocalityId).filter(Objects::nonNull).distinct().toList();
        return BatchResults.byKey(of, Child::homeLocalityId, BatchResults.index(localities.findByIds(ids), Locality::id), null);
    }

    @BatchMapping(typeName = "Household", field = "children")
    Map<Household, List<Child>> childrenOfHousehold(List<Household> of) {
        return BatchResults.byKey(of, Household::id, children.placedIn(of.stream().map(Household::id).toList()), List.of());
    }
}
