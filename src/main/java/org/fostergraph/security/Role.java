package org.fostergraph.security;

import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/** What a user does; the GraphQL schema's {@code @allow} directive names these, and docs/SECURITY.md explains them. */
public enum Role {
    /** The fostering team: households, constellations, sleepovers; children only as constellation work needs. */
    FOSTERING,
    /** Placement officers: children, matching, referrals and placements. */
    OFFICER,
    /** Commissioners: aggregate reports only. */
    COMMISSIONER,
    /** Administrators: data imports and the read audit. */
    ADMIN,
    /**
     * Keepers of the national reference geography (postcode sectors' centres), which every council's matching and
     * imports read: no council's administrator may change what another council relies on. Belongs to no council and
     * reads no council's records.
     */
    REFERENCE_DATA,
    /**
     * Staff of a provider (an independent fostering agency, a children's home company, a council sharing its vacancies):
     * the referrals sent to their provider and their own homes, nothing of any council's records. Belongs to one
     * provider and no council, and holds no other role.
     */
    PROVIDER;

    /** The roles a user may hold without belonging to any council. */
    static final java.util.Set<Role> NATIONAL = java.util.EnumSet.of(REFERENCE_DATA);

    private static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }

    static Optional<Role> fromAuthority(GrantedAuthority authority) {
        String name = authority.getAuthority();
        if (name == null || !name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return fromName(name.substring(PREFIX.length()));
    }

    static Optional<Role> fromName(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
