package org.fostergraph.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A user signed in with a JWT bearer token, read into a {@link Caller}. */
final class CallerToken extends AbstractAuthenticationToken {

    private final transient Caller caller;
    private final transient Jwt jwt;

    CallerToken(Caller caller, Jwt jwt) {
        super(caller.authorities());
        this.caller = caller;
        this.jwt = jwt;
        setAuthenticated(true);
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return jwt;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
