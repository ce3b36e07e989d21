package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.OtherCouncil;
import org.fostergraph.SmallCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Two councils in one graph: the test users' (the {@link SmallCouncil}, code DEMO) and another (OTHER) with child X1
 * in its own household HX. X1 also has a placement in DEMO's household HH-A, so that a DEMO user could reach X1 by
 * walking from that household if only the root fields were guarded. OTHER's officer signs in with a bearer token.
 */
class CouncilScopingTest extends HandBuiltGraphTest {

    private HttpGraphQlTester otherOfficer;

    @BeforeEach
    void twoCouncils() {
        given(SmallCouncil.CYPHER);
        given(OtherCouncil.CYPHER);
        given("""
                MATCH (x1:Child {id: 'X1'}), (a:Household {id: 'HH-A'})
                CREATE (x1)-[:HAD]->(:Placement {id: 'PL-X1', start: date('2026-02-01'), placeCode: 'U4', providerCode: 'PR1',
                        weeklyCost: 420.0})-[:WITH]->(a)
                """);
        otherOfficer = graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("other-officer", List.of("OFFICER"), List.of("OTHER")))).build());
    }

    @Test
    void anotherCouncilsChildByIdIsAnsweredAsIfItDidNotExist() {
        graphQl.document("{ child(id: \"X1\") { id } }").execute().errors().verify().path("child").valueIsNull();
        graphQl.document("{ child(id: \"NOPE\") { id } }").execute().errors().verify().path("child").valueIsNull();

        String other = refusal("{ matchesForChild(childId: \"X1\") { candidates { score } } }");
        String missing = refusal("{ matchesForChild(childId: \"NOPE\") { candidates { score } } }");
        assertThat(other).isEqualTo("NOT_FOUND childId: there is no child with id 'X1'");
        assertThat(missing).isEqualTo(other.replace("X1", "NOPE"));

        assertThat(refusal("{ whyNot(childId: \"K1\", householdId: \"HX\") { eligible } }"))
                .isEqualTo("NOT_FOUND householdId: there is no household with id 'HX'");
        assertThat(refusal("{ matchesForChild(childId: \"K1\", options: {siblingIds: [\"X1\"]}) { candidates { score } } }"))
                .isEqualTo("NOT_FOUND siblingIds: there is no child with id 'X1'");
    }

    @Test
    void aChangeNamingAnotherCouncilsChildChangesNothing() {
        long placements = count("MATCH (p:Placement) RETURN count(p)");
        graphQl.document("""
                mutation { startPlacement(input: {childId: "X1", householdId: "HH-B", start: "2026-11-20", placeCode: "U4",
                           providerCode: "PR1", weeklyCost: 400}) { id } }
                """).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).isEqualTo("childId: there is no child with id 'X1'");
        });
        graphQl.document("mutation { endPlacement(input: {placementId: \"PL-X1\", end: \"2026-11-20\", reasonCode: \"E13\"}) { id } }")
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("placementId: there is no placement with id 'PL-X1'"));
        assertThat(count("MATCH (p:Placement) RETURN count(p)")).isEqualTo(placements);
        assertThat(count("MATCH (p:Placement {id: 'PL-X1'}) WHERE p.end IS NULL RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aNestedFieldNeverHandsOverAnotherCouncilsChild() {
        // HH-A holds K0 (DEMO) and X1 (OTHER); DEMO's officer sees K0 only.
        graphQl.document("{ household(id: \"HH-A\") { children { id } } }").execute().errors().verify()
                .path("household.children[*].id").entityList(String.class).containsExactly("K0");
        // and OTHER's officer cannot open DEMO's household at all.
        otherOfficer.document("{ household(id: \"HH-A\") { id } }").execute().errors().verify().path("household").valueIsNull();
    }

    @Test
    void eachCouncilsOfficerMatchesOnlyAmongTheirOwnHouseholds() {
        otherOfficer.document("{ child(id: \"X1\") { id } }").execute().errors().verify()
                .path("child.id").entity(String.class).isEqualTo("X1");
        otherOfficer.document("{ child(id: \"K1\") { id } }").execute().errors().verify().path("child").valueIsNull();
        // HX is OTHER's only household: DEMO's homes at the same spot are not offered.
        otherOfficer.document("{ matchesForChild(childId: \"X1\", options: {includeExternal: true}) { candidates { household { id } } "
                + "excluded { household { id } } } }").execute().errors().verify()
                .path("matchesForChild.candidates[*].household.id").entityList(String.class).containsExactly("HX")
                .path("matchesForChild.excluded").entityList(Object.class).hasSize(0);
    }

    @Test
    void eachCommissionerCountsTheirOwnCouncilsAndAConsortiumCountsAllOfThem() {
        HttpGraphQlTester otherCommissioner = commissionerOf(List.of("OTHER"));
        HttpGraphQlTester demoCommissioner = commissionerOf(List.of("DEMO"));
        HttpGraphQlTester consortium = commissionerOf(List.of("DEMO", "OTHER"));
        String mix = "{ placementMix(asOf: \"2026-10-31\") { total internal weeklyCostInternal } }";
        long demoInCare = count("""
                MATCH (c:Child {council: 'DEMO'})-[:HAD]->(p:Placement)
                WHERE p.start <= date('2026-10-31') AND (p.end IS NULL OR p.end > date('2026-10-31'))
                RETURN count(DISTINCT c)
                """);
        assertThat(demoInCare).isGreaterThan(0);
        // X1 is OTHER's one child in care, with a DEMO carer at £420 a week: OTHER's children are OTHER's to count.
        otherCommissioner.document(mix).execute().errors().verify()
                .path("placementMix.total").entity(Long.class).isEqualTo(1L)
                .path("placementMix.internal").entity(Long.class).isEqualTo(1L)
                .path("placementMix.weeklyCostInternal").entity(Double.class).isEqualTo(420.0);
        demoCommissioner.document(mix).execute().errors().verify()
                .path("placementMix.total").entity(Long.class).isEqualTo(demoInCare);
        consortium.document(mix).execute().errors().verify()
                .path("placementMix.total").entity(Long.class).isEqualTo(demoInCare + 1);
        otherCommissioner.document("{ sufficiency(asOf: \"2026-10-31\") { localities { name supply { approvedPlaces } } } }")
                .execute().errors().verify()
                .path("sufficiency.localities[*].name").entityList(String.class).containsExactly("Elsewhere")
                .path("sufficiency.localities[0].supply.approvedPlaces").entity(Integer.class).isEqualTo(2);
        consortium.document("{ sufficiency(asOf: \"2026-10-31\") { localities { name } } }").execute().errors().verify()
                .path("sufficiency.localities[*].name").entityList(String.class).containsExactly("Elsewhere", "Northtown");
    }

    private HttpGraphQlTester commissionerOf(List<String> councils) {
        return graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("commissioner-of-" + String.join("-", councils), List.of("COMMISSIONER"), councils))).build());
    }

    @Test
    void aTokenWithoutACouncilOrRoleIsRefused() {
        anonymous().post().uri("/graphql").headers(headers -> headers.setBearerAuth(TestTokens.token("nobody", List.of("OFFICER"), List.of())))
                .bodyValue(Map.of("query", "{ localities { id } }")).exchange().expectStatus().isUnauthorized();
        anonymous().post().uri("/graphql").headers(headers -> headers.setBearerAuth(TestTokens.token("nobody", List.of("JANITOR"), List.of("DEMO"))))
                .bodyValue(Map.of("query", "{ localities { id } }")).exchange().expectStatus().isUnauthorized();
        anonymous().post().uri("/graphql").headers(headers -> headers.setBearerAuth("not.a.token"))
                .bodyValue(Map.of("query", "{ localities { id } }")).exchange().expectStatus().isUnauthorized();
    }

    private String refusal(String document) {
        String[] refusal = new String[1];
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            refusal[0] = errors.get(0).getErrorType() + " " + errors.get(0).getMessage();
        });
        return refusal[0];
    }
}
