package org.fostergraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a bearer token's roles and councils from the claims configured in {@link SecurityProperties}. A token with
 * no known role or no council is refused: such a user could see nothing, and a missing claim is a misconfigured
 * identity provider that should be noticed, not silently served.
 */
final class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties properties;

    JwtCallerConverter(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : claim(jwt, properties.rolesClaim())) {
            Role.fromName(name).ifPresent(roles::add);
        }
        List<String> councils = claim(jwt, properties.councilsClaim());
        boolean nationalOnly = !roles.isEmpty() && Role.NATIONAL.containsAll(roles);
        if (roles.isEmpty() || (councils.isEmpty() && !nationalOnly)) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The token must carry at least one role in '" + properties.rolesClaim()
                            + "' and one council in '" + properties.councilsClaim() + "' (only a national role such as "
                            + "REFERENCE_DATA belongs to none)", null));
        }
        // The decoder refuses a token without a subject (SecurityConfiguration.requiredClaims); checked again here so
        // that no caller is ever nameless, whichever decoder a deployment configures.
        String name = jwt.getClaimAsString("preferred_username");
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        if (name == null || name.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The token must name its user in 'sub'", null));
        }
        return new CallerToken(new Caller(name, roles, Set.copyOf(councils)), jwt);
    }

    private static List<String> claim(Jwt jwt, String name) {
        Object value = jwt.getClaims().get(name);
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
