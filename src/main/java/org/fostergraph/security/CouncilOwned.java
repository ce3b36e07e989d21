package org.fostergraph.security;

/**
 * A record that belongs to one council: its children, households, constellations and referrals. The GraphQL
 * layer never hands one to a user of another council, whichever path the query took to it.
 */
public interface CouncilOwned {

    String id();

    /** The code of the council the record belongs to; null for a record no council has claimed (nobody sees it). */
    String council();
}
