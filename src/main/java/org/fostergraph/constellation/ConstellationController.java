package org.fostergraph.constellation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fostergraph.security.Scope;
import org.fostergraph.geo.Locality;
import org.fostergraph.geo.LocalityService;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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

    @QueryMapping
    Constellation constellation(@Argument String id) {
        return constellations.findById(id).orElse(null);
    }

    @BatchMapping
    Map<Constellation, Locality> locality(List<Constellation> of) {
        var ids = of.stream().map(Constellation::localityId).filter(Objects::nonNull).distinct().toList();
        return BatchResults.byKey(of, Constellation::localityId, BatchResults.index(localities.findByIds(ids), Locality::id), null);
    }

    @BatchMapping
    Map<Constellation, Household> hub(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::hubId,
                households.findByIds(of.stream().map(Constellation::hubId).toList()), null);
    }

    @BatchMapping
    Map<Constellation, List<Household>> satellites(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id,
                households.satellitesOf(of.stream().map(Constellation::id).toList()), List.of());
    }

    @BatchMapping
    Map<Constellation, Fidelity> fidelity(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id, constellations.fidelity(of), null);
    }

    @BatchMapping
    Map<Constellation, Integer> sleepoverBedsFree(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id, constellations.sleepoverBedsFree(of), 0);
    }

    @BatchMapping
    Map<Constellation, Integer> vacancies(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id, constellations.vacancies(of), 0);
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
