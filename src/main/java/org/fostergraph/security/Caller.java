package org.fostergraph.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as the rules see them: a name for the audit and history, their roles, the councils
 * whose children and households they may see (a consortium commissioner has several), and for a provider's staff the
 * provider they work for (its referrals and homes). Serializable: a page session holding it is kept in the graph, where
 * any replica reads it.
 */
public record Caller(String name, Set<Role> roles, Set<String> councils, Set<String> providers) implements Serializable {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        councils = Set.copyOf(councils);
        // Null in a page session written before providers existed: a council's user, whose session stays readable.
        providers = providers == null ? Set.of() : Set.copyOf(providers);
    }

    /** A council's user: no provider. */
    public Caller(String name, Set<Role> roles, Set<String> councils) {
        this(name, roles, councils, Set.of());
    }

    /** Spring Security's authorities for the caller's roles ({@code ROLE_OFFICER}, …), whichever way they signed in. */
    List<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    public boolean hasAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public boolean belongsTo(String council) {
        return council != null && councils.contains(council);
    }

    /** Whether the caller works for this provider (by the provider's id). */
    public boolean worksFor(String provider) {
        return provider != null && providers.contains(provider);
    }

    /** Whether the caller is a provider's staff: their changes are made for a provider, not a council. */
    public boolean isProviderStaff() {
        return roles.contains(Role.PROVIDER);
    }


    /**
     * The one council a change is made for. Users who write belong to exactly one; a user of several councils
     * (a consortium commissioner) may read aggregates but never writes.
     */
    public String councilForChanges() {
        if (councils.size() != 1) {
            throw new OneCouncilNeededException(councils);
        }
        return councils.iterator().next();
    }
}
