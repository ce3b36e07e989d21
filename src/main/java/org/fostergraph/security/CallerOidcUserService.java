package org.fostergraph.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A page sign-in through the council's OpenID Connect provider: Spring checks the ID token (signature, issuer,
 * audience, expiry, nonce) and reads the user-info endpoint where the provider has one; the user's roles and councils
 * then come from those claims by the same rule as an API bearer token's ({@link CallerClaims}). A user the rule refuses
 * is not signed in.
 */
final class CallerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final CallerClaims claims;

    CallerOidcUserService(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        return new CallerOidcUser(claims.callerFrom(user.getClaims()), user);
    }
}
