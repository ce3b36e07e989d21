package org.fostergraph.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who a signed-in user is, whichever way they signed in: the local profile's users, or the claims of a token from the
 * council's identity provider (an API bearer token, or the ID token of a page sign-in).
 *
 * @param localUsers users signing in over HTTP Basic with their name as password; the local profile only
 * @param rolesClaim the claim listing a user's roles (FOSTERING, OFFICER, COMMISSIONER, ADMIN, REFERENCE_DATA); Entra
 *        ID sends an application's app roles here
 * @param councilsClaim the claim listing the codes of the councils a user works for
 * @param providersClaim the claim naming the provider (its fostergraph id) a PROVIDER user works for
 * @param groupsClaim the claim listing the groups a user is in; Entra ID sends their object ids here
 * @param groups what each group grants, by the id the provider sends: roles and councils, added to those the role and
 *        council claims give
 */
@ConfigurationProperties("fostergraph.security")
public record SecurityProperties(List<LocalUser> localUsers, @DefaultValue("roles") String rolesClaim,
        @DefaultValue("councils") String councilsClaim, @DefaultValue("providers") String providersClaim,
        @DefaultValue("groups") String groupsClaim, Map<String, GroupGrant> groups) {

    public SecurityProperties {
        localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /** A local user; {@code providers} only for a PROVIDER user. */
    public record LocalUser(String name, List<Role> roles, List<String> councils, List<String> providers) {

        public LocalUser {
            councils = councils == null ? List.of() : List.copyOf(councils);
            providers = providers == null ? List.of() : List.copyOf(providers);
        }
    }

    /** The roles and councils one of the identity provider's groups gives its members. */
    public record GroupGrant(List<Role> roles, List<String> councils) {

        public GroupGrant {
            roles = roles == null ? List.of() : List.copyOf(roles);
            councils = councils == null ? List.of() : List.copyOf(councils);
        }
    }
}
