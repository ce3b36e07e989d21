package org.fostergraph.constellation;

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
import org.fostergraph.household.HouseholdService;
import org.fostergraph.household.Occupancy;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConstellationController {

    private final ConstellationService constellations;
    private final HouseholdService households;
    private final LocalityService localities;
    private final PageRequest.Parser pages;

    ConstellationController(ConstellationService constellations, HouseholdService households,
            LocalityService localities, PageRequest.Parser pages) {
        this.constellations = constellations;
        this.households = households;
        this.localities = localities;
        this.pages = pages;
    }

    @QueryMapping
    Connection<Constellation> constellations(@ContextValue Scope scope, @Argument String localityId, @Argument Integer first,
            @Argument String after) {
        return constellations.page(scope, localityId, pages.parse(first, after, 2));
    }

    /** Through the request's constellation loader, where the check of {@code id} left the constellation it read (ConstellationOwnership). */
    @QueryMapping
    CompletableFuture<Constellation> constellation(@Argument String id, DataLoader<String, Constellation> constellationLoader) {
        return constellationLoader.load(id);
    }

    @BatchMapping
    Map<Constellation, Locality> locality(List<Constellation> of) {
        var ids = of.stream().map(Constellation::localityId).filter(Objects::nonNull).distinct().toList();
        return BatchResults.byKey(of, Constellation::localityId, BatchResults.index(localities.findByIds(ids), Locality::id), null);
    }

    // A constellation's hub and satellites are households like any other, read through the request's household loader
    // (household.HouseholdLoaders): the hubs and satellites of one page go in one statement, which two batch mappings
    // sent as two. The constellation already holds its satellites' ids in name order.

    @SchemaMapping
    CompletableFuture<Household> hub(Constellation constellation, DataLoader<String, Household> loader) {
        return loader.load(constellation.hubId());
    }

    @SchemaMapping
    CompletableFuture<List<Household>> satellites(Constellation constellation, DataLoader<String, Household> loader) {
        return loader.loadMany(constellation.satelliteIds())
                .thenApply(satellites -> satellites.stream().filter(Objects::nonNull).toList());
    }

    // Fidelity, sleepover beds and vacancies derive from the hub's and members' occupancy, read once per request for
    // all three and for the households' own vacancies (household.HouseholdLoaders).

    @SchemaMapping
    CompletableFuture<Fidelity> fidelity(Constellation constellation, DataLoader<String, Occupancy> occupancy) {
        return occupancy.load(constellation.hubId()).thenApply(hub -> FidelityRules.check(constellation, hub));
    }

    /** The same rules on the constellation as it would be: a preview, which changes nothing. */
    @SchemaMapping
    CompletableFuture<Fidelity> fidelityIf(Constellation constellation, @Argument List<String> add, @Argument List<String> remove,
            DataLoader<String, Occupancy> occupancy) {
        Constellation after = constellation.withSatellites(add == null ? List.of() : add, remove == null ? List.of() : remove);
        return occupancy.load(constellation.hubId()).thenApply(hub -> FidelityRules.check(after, hub));
    }

    /** Of the hub's two sleepover beds, how many placements leave free. */
    @SchemaMapping
    CompletableFuture<Integer> sleepoverBedsFree(Constellation constellation, DataLoader<String, Occupancy> occupancy) {
        return occupancy.load(constellation.hubId()).thenApply(Occupancy::sleepoverBedsFree);
    }

    /** Places free for a new placement across the hub and satellites. */
    @SchemaMapping
    CompletableFuture<Integer> vacancies(Constellation constellation, DataLoader<String, Occupancy> occupancy) {
        return occupancy.loadMany(constellation.memberIds()).thenApply(members -> members.stream()
                .mapToInt(member -> member == null ? 0 : member.vacancies()).sum());
    }

    @BatchMapping(typeName = "Household", field = "constellation")
    Map<Household, Constellation> constellationOfHousehold(List<Household> of) {
        var ids = of.stream().map(Household::constellationId).filter(Objects::nonNull).distinct().toList();
        return BatchResults.byKey(of, Household::constellationId, constellations.findByIds(ids), null);
    }

    @QueryMapping
    List<Locality> localitiesWithoutConstellation(@ContextValue Scope scope) {
        List<String> ids = constellations.localitiesWithoutConstellation(scope);
        Map<String, Locality> byId = BatchResults.index(localities.findByIds(ids), Locality::id);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @BatchMapping
    Map<Constellation, List<GrowthCandidate>> growthCandidates(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id,
                constellations.growthCandidates(of.stream().map(Constellation::id).toList()), List.of());
    }

    @BatchMapping(typeName = "GrowthCandidate", field = "household")
    Map<GrowthCandidate, Household> householdOfCandidate(List<GrowthCandidate> of) {
        return BatchResults.byKey(of, GrowthCandidate::householdId,
                households.findByIds(of.stream().map(GrowthCandidate::householdId).distinct().toList()), null);
    }
}
