package org.fostergraph.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local user: the {@link UserDetails} Spring Security checks the password of, carrying the user's councils. */
record CallerPrincipal(Caller caller, String password) implements UserDetails, SignedInCaller {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return caller.authorities();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return caller.name();
    }

    @Override
    public String toString() {
        // Never the password hash.
        return "CallerPrincipal[" + caller + "]";
    }
}
