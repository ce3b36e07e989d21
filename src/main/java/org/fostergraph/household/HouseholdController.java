package org.fostergraph.household;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.fostergraph.geo.Locality;
import org.fostergraph.geo.LocalityService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class HouseholdController {

    private final HouseholdService households;
    private final LocalityService localities;

    HouseholdController(HouseholdService households, LocalityService localities) {
        this.households = households;
        this.localities = localities;
    }

    /** Through the request's household loader, where the check of {@code id} left the household it read (HouseholdOwnership). */
    @QueryMapping
    CompletableFuture<Household> household(@Argument String id, DataLoader<String, Household> householdLoader) {
        return householdLoader.load(id);
    }

    @BatchMapping
    Map<Household, Locality> locality(List<Household> of) {
        var ids = of.stream().map(Household::localityId).filter(Objects::nonNull).distinct().toList();
        var byId = BatchResults.index(localities.findByIds(ids), Locality::id);
        return BatchResults.byKey(of, Household::localityId, byId, null);
    }

    @BatchMapping
    Map<Household, List<StatusChange>> statusHistory(List<Household> of) {
        return BatchResults.byKey(of, Household::id, households.statusHistory(of.stream().map(Household::id).toList()),
                List.of());
    }

    /** Through the request's occupancy loader (HouseholdLoaders): a household whose constellation read it costs nothing more. */
    @SchemaMapping
    CompletableFuture<Integer> vacancies(Household household, DataLoader<String, Occupancy> occupancy) {
        return occupancy.load(household.id()).thenApply(found -> found == null ? 0 : found.vacancies());
    }

    @SchemaMapping
    CompletableFuture<Integer> placesNotAvailable(Household household, DataLoader<String, Occupancy> occupancy) {
        return occupancy.load(household.id()).thenApply(found -> found == null ? 0 : found.notAvailable());
    }

    @SchemaMapping
    CompletableFuture<Integer> heldPlaces(Household household, DataLoader<String, Occupancy> occupancy) {
        return occupancy.load(household.id()).thenApply(found -> found == null ? 0 : found.heldPlaces());
    }

    @BatchMapping
    Map<Household, List<Carer>> carers(List<Household> of) {
        return BatchResults.byKey(of, Household::id, households.carers(of.stream().map(Household::id).toList()), List.of());
    }
}
