package org.fostergraph.security;

import java.io.Serial;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in to the pages through the council's OpenID Connect provider. It keeps the provider's ID token (the
 * sign-out sends it back as {@code id_token_hint}) and the {@link Caller} its claims give. Serializable, because the
 * session that holds it lives in the graph for every replica to read (pagesession.Neo4jSessionRepository).
 */
final class CallerOidcUser extends DefaultOidcUser implements SignedInCaller {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Caller caller;

    CallerOidcUser(Caller caller, OidcUser user) {
        super(caller.authorities(), user.getIdToken(),
                user.getUserInfo());
        this.caller = caller;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    /** The name the audit and the history record: the same as the API's for the same user. */
    @Override
    public String getName() {
        return caller.name();
    }
}
