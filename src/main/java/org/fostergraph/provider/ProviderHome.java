package org.fostergraph.provider;

import org.fostergraph.security.ProviderOwned;

/**
 * One of a provider's homes as its staff see it, with its places today: approved, filled by placements, held for a
 * child whose move is being agreed, out of use for a while, and vacant to offer (derived, never counted by hand).
 *
 * @param council the council whose list the home is on (a provider's home is listed by each council that buys from it)
 */
public record ProviderHome(String id, String provider, String council, String name, String provision, String status,
        int approvedPlaces, int filled, int held, int notAvailable, int vacant) implements ProviderOwned {
}
