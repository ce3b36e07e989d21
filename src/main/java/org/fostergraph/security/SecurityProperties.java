package org.fostergraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param localUsers users signing in over HTTP Basic with their name as password; the local profile only
 * @param rolesClaim the JWT claim listing a user's roles (FOSTERING, OFFICER, COMMISSIONER, ADMIN)
 * @param councilsClaim the JWT claim listing the codes of the councils a user works for
 */
@ConfigurationProperties("fostergraph.security")
public record SecurityProperties(List<LocalUser> localUsers, @DefaultValue("roles") String rolesClaim,
        @DefaultValue("councils") String councilsClaim) {

    public SecurityProperties {
        localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
    }

    public record LocalUser(String name, List<Role> roles, List<String> councils) {
    }
}
