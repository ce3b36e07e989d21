package org.fostergraph.constellation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.care.Distances;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.household.Occupancy;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ConstellationService {

    private final ConstellationRepository constellations;
    private final HouseholdService households;
    private final ConstellationProperties properties;

    ConstellationService(ConstellationRepository constellations, HouseholdService households,
            ConstellationProperties properties) {
        this.constellations = constellations;
        this.households = households;
        this.properties = properties;
    }

    public Connection<Constellation> page(Scope scope, String localityId, PageRequest page) {
        List<Constellation> items = constellations.findPage(scope, localityId, page);
        return Connection.of(page, items, constellations.count(scope, localityId), c -> List.of(c.name(), c.id()));
    }

    public Optional<Constellation> findById(String id) {
        return constellations.findByIds(List.of(id)).stream().findFirst();
    }

    public Map<String, Constellation> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : BatchResults.index(constellations.findByIds(ids), Constellation::id);
    }

    public Map<String, List<ConstellationEvent>> events(Collection<String> constellationIds) {
        return constellationIds.isEmpty() ? Map.of() : constellations.events(constellationIds);
    }

    public Map<String, List<Sleepover>> sleepovers(Collection<String> constellationIds, LocalDate endingAfter) {
        return constellationIds.isEmpty() ? Map.of() : constellations.sleepovers(constellationIds, endingAfter);
    }

    /** Fidelity of each constellation, by constellation id. */
    public Map<String, Fidelity> fidelity(Collection<Constellation> of) {
        Map<String, Occupancy> hubs = households.occupancy(of.stream().map(Constellation::hubId).toList());
        Map<String, Fidelity> result = new LinkedHashMap<>();
        of.forEach(c -> result.put(c.id(), FidelityRules.check(c, hubs.get(c.hubId()))));
        return result;
    }

    /** Of each hub's two sleepover beds, how many placements leave free, by constellation id. */
    public Map<String, Integer> sleepoverBedsFree(Collection<Constellation> of) {
        Map<String, Occupancy> hubs = households.occupancy(of.stream().map(Constellation::hubId).toList());
        Map<String, Integer> result = new LinkedHashMap<>();
        of.forEach(c -> result.put(c.id(), hubs.get(c.hubId()).sleepoverBedsFree()));
        return result;
    }

    /** Places free for a new placement across the hub and satellites of each constellation, by id. */
    public Map<String, Integer> vacancies(Collection<Constellation> of) {
        Map<String, Occupancy> members = households.occupancy(
                of.stream().flatMap(c -> c.memberIds().stream()).distinct().toList());
        Map<String, Integer> result = new LinkedHashMap<>();
        of.forEach(c -> result.put(c.id(), c.memberIds().stream()
                .map(members::get).mapToInt(occupancy -> occupancy == null ? 0 : occupancy.vacancies()).sum()));
        return result;
    }

    /** Approved in-house households within the growth radius of each hub and in no constellation, nearest first. */
    public Map<String, List<GrowthCandidate>> growthCandidates(Collection<String> constellationIds) {
        return constellationIds.isEmpty() ? Map.of() : BatchResults.group(
                constellations.growthCandidates(constellationIds, properties.growthRadiusMiles() * Distances.METRES_PER_MILE),
                GrowthCandidate::constellationId, candidate -> candidate);
    }

    /** Ids of the caller's localities where no constellation has its hub, by locality name. */
    public List<String> localitiesWithoutConstellation(Scope scope) {
        return constellations.localitiesWithoutConstellation(scope);
    }
}
