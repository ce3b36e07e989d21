package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The one rule from an identity provider's claims to a caller, as a council configures it. */
class CallerClaimsTest {

    private static final String OFFICERS = "0b6f6e0e-officers";
    private static final String COMMISSIONERS = "71aa-commissioners";

    private final CallerClaims claims = new CallerClaims(new SecurityProperties(List.of(), "roles", "councils", "providers", "groups",
            Map.of(OFFICERS, new SecurityProperties.GroupGrant(List.of(Role.OFFICER), List.of("E08000025")),
                    COMMISSIONERS, new SecurityProperties.GroupGrant(List.of(Role.COMMISSIONER), List.of("E08000025", "E08000026")))));

    @Test
    void rolesAndCouncilsComeFromTheirOwnClaims() {
        assertThat(claims.callerFrom(Map.of("sub", "abc", "preferred_username", "jo@council.gov.uk",
                "roles", List.of("OFFICER", "fostering", "SOMETHING_ELSE"), "councils", List.of("DEMO"))))
                .isEqualTo(new Caller("jo@council.gov.uk", Set.of(Role.OFFICER, Role.FOSTERING), Set.of("DEMO")));
    }

    @Test
    void mappedGroupsAddTheirRolesAndCouncilsAndUnmappedGroupsAddNothing() {
        assertThat(claims.callerFrom(Map.of("sub", "abc", "groups", List.of(OFFICERS, COMMISSIONERS, "unmapped"))))
                .isEqualTo(new Caller("abc", Set.of(Role.OFFICER, Role.COMMISSIONER), Set.of("E08000025", "E08000026")));
        assertThat(claims.callerFrom(Map.of("sub", "abc", "roles", "ADMIN", "councils", "DEMO", "groups", List.of(OFFICERS))))
                .isEqualTo(new Caller("abc", Set.of(Role.ADMIN, Role.OFFICER), Set.of("DEMO", "E08000025")));
    }

    @Test
    void aClaimMayBeOneSpaceOrCommaSeparatedString() {
        assertThat(claims.callerFrom(Map.of("sub", "abc", "roles", "OFFICER FOSTERING", "councils", "A,B")))
                .isEqualTo(new Caller("abc", Set.of(Role.OFFICER, Role.FOSTERING), Set.of("A", "B")));
    }

    @Test
    void aUserWithNoRoleOrNoCouncilIsRefusedUnlessTheirRolesAreNational() {
        assertThatThrownBy(() -> claims.callerFrom(Map.of("sub", "abc", "councils", List.of("DEMO"), "groups", List.of("unmapped"))))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("at least one role (claim 'roles' or a group of 'groups'");
        assertThatThrownBy(() -> claims.callerFrom(Map.of("sub", "abc", "roles", List.of("OFFICER"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(claims.callerFrom(Map.of("sub", "keeper", "roles", List.of("REFERENCE_DATA"))))
                .isEqualTo(new Caller("keeper", Set.of(Role.REFERENCE_DATA), Set.of()));
    }

    @Test
    void aUserIsNamedByTheirUserNameElseTheirSubjectAndNeverNameless() {
        assertThat(claims.callerFrom(Map.of("sub", "abc", "preferred_username", " ", "roles", "OFFICER", "councils", "DEMO")).name())
                .isEqualTo("abc");
        assertThatThrownBy(() -> claims.callerFrom(Map.of("roles", "OFFICER", "councils", "DEMO")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("'sub'");
    }
}
