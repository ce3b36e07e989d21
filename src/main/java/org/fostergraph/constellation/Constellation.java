package org.fostergraph.constellation;

import org.fostergraph.security.CouncilOwned;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Mockingbird constellation: a hub household supporting nearby satellite fostering households. Its
 * locality is the hub's.
 */
public record Constellation(String id, String name, LocalDate launched, String hubId, String localityId,
        List<String> satelliteIds, SocialWorker liaisonWorker, String council) implements CouncilOwned {

    /** The constellation with these satellites added and these removed (a household once, in the order they came). */
    Constellation withSatellites(List<String> added, List<String> removed) {
        List<String> satellites = java.util.stream.Stream.concat(satelliteIds.stream(), added.stream())
                .filter(id -> !removed.contains(id)).distinct().toList();
        return new Constellation(id, name, launched, hubId, localityId, satellites, liaisonWorker, council);
    }

    List<String> memberIds() {
        return Stream.concat(Stream.of(hubId), satelliteIds.stream()).toList();
    }
}
