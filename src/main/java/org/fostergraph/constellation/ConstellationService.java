package org.fostergraph.constellation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.care.Distances;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ConstellationService {

    private final ConstellationRepository constellations;
    private final ConstellationProperties properties;

    ConstellationService(ConstellationRepository constellations, ConstellationProperties properties) {
        this.constellations = constellations;
        this.properties = properties;
    }

    public Connection<Constellation> page(Scope scope, String localityId, PageRequest page) {
        List<Constellation> items = constellations.findPage(scope, localityId, page);
        return Connection.of(page, items, () -> constellations.count(scope, localityId), c -> List.of(c.name(), c.id()));
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
