package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.SmallCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read of a child's record leaves an audit record (who, when, which child, through what), administrators can
 * query them, and nothing, the application included, can change or remove one.
 */
class ReadAuditTest extends HandBuiltGraphTest {

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void eachChildReadIsRecordedWithWhoWhenAndThroughWhat() {
        // Users of this test alone: the audit outlives every test of the context, and other tests read as the local users.
        var officer = graphQlOver(bearer("audit-officer", "OFFICER"));
        var fostering = graphQlOver(bearer("audit-fostering", "FOSTERING"));
        long before = count("MATCH (a:AuditRecord) RETURN count(a)");

        officer.document("{ child(id: \"K1\") { id dateOfBirth } }").execute().errors().verify();
        fostering.document("{ household(id: \"HUB\") { children { id ageYears } } }").execute().errors().verify();
        // Reading households without their children reads no child.
        fostering.document("{ household(id: \"HH-B\") { name } }").execute().errors().verify();

        assertThat(count("MATCH (a:AuditRecord) RETURN count(a)") - before).isEqualTo(3);
        graphQlAs("admin").document("{ childReads(childId: \"K1\", by: \"audit-officer\") { by childId operation at } }").execute()
                .errors().verify()
                .path("childReads[*].by").entityList(String.class).containsExactly("audit-officer")
                .path("childReads[0].operation").entity(String.class).isEqualTo("Query.child")
                .path("childReads[0].at").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z");
        graphQlAs("admin").document("{ childReads(by: \"audit-fostering\") { childId operation } }").execute().errors().verify()
                .path("childReads[*].childId").entityList(String.class).contains("H1", "H2").hasSize(2)
                .path("childReads[*].operation").entityList(String.class).containsExactly("Query.household", "Query.household");
    }

    @Test
    void aChildShownBesideAFieldThatFailedIsRecordedToo() {
        // The failed field's service marks the query's transaction for rollback, which takes with it whatever was written
        // in it: the audit of the child shown beside it must then be written on its own.
        var officer = graphQlOver(bearer("audit-beside-a-failure", "OFFICER"));

        officer.document("{ child(id: \"K4\") { id } postcodeSector(sector: \"not a sector\") { sector } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(
                        error.getMessage()).startsWith("sector: not a postcode sector")))
                .path("child.id").entity(String.class).isEqualTo("K4");

        assertThat(count("MATCH (a:AuditRecord {by: 'audit-beside-a-failure'}) RETURN count(a)")).isEqualTo(1);
        assertThat(count("MATCH (a:AuditRecord {by: 'audit-beside-a-failure', childId: 'K4', operation: 'Query.child'}) "
                + "RETURN count(a)")).isEqualTo(1);
    }

    private org.springframework.test.web.reactive.server.WebTestClient bearer(String user, String role) {
        return anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token(user, List.of(role), List.of("DEMO")))).build();
    }

    @Test
    void theAuditCannotBeChangedOrDeleted() {
        graphQlAs("officer").document("{ child(id: \"K2\") { id } }").execute().errors().verify();
        long records = count("MATCH (a:AuditRecord) RETURN count(a)");

        assertThatThrownBy(() -> given("MATCH (a:AuditRecord {childId: 'K2'}) SET a.by = 'someone else'"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (a:AuditRecord {childId: 'K2'}) DETACH DELETE a"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (a:AuditRecord {childId: 'K2'}) REMOVE a:AuditRecord"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (c:Child {id: 'K3'}) SET c:AuditRecord"))
                .hasMessageContaining("The read audit is append-only");

        assertThat(count("MATCH (a:AuditRecord) RETURN count(a)")).isEqualTo(records);
        assertThat(count("MATCH (a:AuditRecord {childId: 'K2', by: 'officer'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadTheAuditAndOnlyOfTheirCouncils() {
        graphQlAs("officer").document("{ child(id: \"K4\") { id } }").execute().errors().verify();
        for (String user : List.of("fostering", "officer", "commissioner")) {
            graphQlAs(user).document("{ childReads { id } }").execute()
                    .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
        }
        String otherAdmin = TestTokens.token("other-admin", List.of("ADMIN"), List.of("OTHER"));
        graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(otherAdmin)).build())
                .document("{ childReads(childId: \"K4\") { id } }").execute().errors().verify()
                .path("childReads").entityList(Object.class).hasSize(0);
    }
}
