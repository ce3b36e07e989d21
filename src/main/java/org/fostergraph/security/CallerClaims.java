package org.fostergraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * The one rule that turns an identity provider's claims into a {@link Caller}, for API bearer tokens and page sign-in
 * alike: roles from the roles claim, councils from the councils claim, and both from the groups the provider says the
 * user is in ({@link SecurityProperties#groups()}; Entra ID names groups by object id, not by anything a council could
 * put in a claim of its own). A user with no known role, or with no council unless their roles are all national, is
 * refused: such a user could see nothing, and a missing claim is a misconfigured identity provider that should be
 * noticed, not silently served.
 */
final class CallerClaims {

    /** The claims that name a user, in order of preference: a readable name for the audit, else the stable subject. */
    private static final List<String> NAME_CLAIMS = List.of("preferred_username", "sub");

    private final SecurityProperties properties;

    CallerClaims(SecurityProperties properties) {
        this.properties = properties;
    }

    Caller callerFrom(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : values(claims, properties.rolesClaim())) {
            Role.fromName(name).ifPresent(roles::add);
        }
        Set<String> councils = new LinkedHashSet<>(values(claims, properties.councilsClaim()));
        for (String group : values(claims, properties.groupsClaim())) {
            SecurityProperties.GroupGrant grant = properties.groups().get(group);
            if (grant != null) {
                roles.addAll(grant.roles());
                councils.addAll(grant.councils());
            }
        }
        Set<String> providers = new LinkedHashSet<>(values(claims, properties.providersClaim()));
        if (roles.contains(Role.PROVIDER) || !providers.isEmpty()) {
            // A provider's staff see referrals sent to their provider; a council role or a second provider beside it
            // would let one user act on both sides of a referral.
            if (!roles.equals(Set.of(Role.PROVIDER)) || !councils.isEmpty() || providers.size() != 1) {
                throw refused("A PROVIDER user holds that role alone, works for exactly one provider (claim '"
                        + properties.providersClaim() + "') and belongs to no council");
            }
        }
        boolean nationalOnly = !roles.isEmpty() && Role.NATIONAL.containsAll(roles);
        if (roles.isEmpty() || (councils.isEmpty() && !nationalOnly && providers.isEmpty())) {
            throw refused("The identity provider must give the user at least one role (claim '" + properties.rolesClaim()
                    + "' or a group of '" + properties.groupsClaim() + "' mapped in fostergraph.security.groups) and one "
                    + "council (claim '" + properties.councilsClaim() + "' or a mapped group); only a national role such "
                    + "as REFERENCE_DATA belongs to none");
        }
        // Spring's decoders refuse a token without a subject (SecurityConfiguration.requiredClaims, OpenID Connect
        // itself); checked again here so that no caller is ever nameless, whichever decoder a deployment configures.
        String name = NAME_CLAIMS.stream().map(claims::get).filter(value -> value instanceof String text && !text.isBlank())
                .map(String.class::cast).findFirst()
                .orElseThrow(() -> refused("The identity provider must name the user in 'sub'"));
        return new Caller(name, roles, councils, providers);
    }

    private static OAuth2AuthenticationException refused(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }

    private static List<String> values(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> values.add(String.valueOf(item)));
        }
        else if (value instanceof String text && !text.isBlank()) {
            values.addAll(List.of(text.trim().split("[\\s,]+")));
        }
        return values;
    }
}
