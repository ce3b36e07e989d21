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

    List<String> memberIds() {
        return Stream.concat(Stream.of(hubId), satelliteIds.stream()).toList();
    }
}
