package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks postcode sectors up in the table the graph holds (the demo area's from the seed, or a council's own). */
@Service
@Transactional(readOnly = true)
public class PostcodeSectorService {

    private final PostcodeSectorRepository sectors;

    PostcodeSectorService(PostcodeSectorRepository sectors) {
        this.sectors = sectors;
    }

    /**
     * The sector as the table holds it, with the caller's council's locality it lies in, or empty when the table does not
     * hold it; a malformed sector is refused.
     */
    public Optional<PostcodeSector> find(Scope scope, String field, String text) {
        String sector = PostcodeSector.normalise(text);
        if (sector == null) {
            throw new InvalidArgumentException(field, text, "not a postcode sector (an outward code, a space and a digit, "
                    + "for example WS2 8)");
        }
        return sectors.findBySectors(List.of(sector), scope.councils()).stream().findFirst();
    }

    /** The sectors the table holds among these (already normalised), by sector, each with its locality in the council. */
    public Map<String, PostcodeSector> findAll(Collection<String> normalisedSectors, String council) {
        if (normalisedSectors.isEmpty()) {
            return Map.of();
        }
        return BatchResults.index(sectors.findBySectors(normalisedSectors, List.of(council)), PostcodeSector::sector);
    }
}
