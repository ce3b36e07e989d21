package org.fostergraph.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** An API bearer token's caller, by the same claims rule as a page sign-in ({@link CallerClaims}). */
final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CallerClaims claims;

    JwtCallerConverter(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new CallerToken(claims.callerFrom(jwt.getClaims()), jwt);
    }
}
