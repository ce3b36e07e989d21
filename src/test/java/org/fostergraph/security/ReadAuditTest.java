package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fostergraph.AuditedReads;
import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.OtherCouncil;
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
        long before = count(AuditedReads.EACH_READ + "RETURN count(*)");

        officer.document("{ child(id: \"K1\") { id dateOfBirth } }").execute().errors().verify();
        fostering.document("{ household(id: \"HUB\") { children { id ageYears } } }").execute().errors().verify();
        // Reading households without their children reads no child.
        fostering.document("{ household(id: \"HH-B\") { name } }").execute().errors().verify();

        assertThat(count(AuditedReads.EACH_READ + "RETURN count(*)") - before).isEqualTo(3);
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

        assertThat(count(AuditedReads.EACH_READ + "WHERE a.by = 'audit-beside-a-failure' RETURN count(*)")).isEqualTo(1);
        assertThat(count(AuditedReads.EACH_READ + "WHERE a.by = 'audit-beside-a-failure' AND childId = 'K4' "
                + "AND operation = 'Query.child' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void aRequestsReadsAreOneRecordForEachCouncilWhoseChildrenItRead() {
        given(OtherCouncil.CYPHER);
        var bothCouncils = graphQlOver(bearer("audit-two-councils", "OFFICER", "DEMO", "OTHER"));

        bothCouncils.document("{ k1: child(id: \"K1\") { id } k2: child(id: \"K2\") { id } x1: child(id: \"X1\") { id } }")
                .execute().errors().verify();

        assertThat(count("MATCH (a:AuditRecord {by: 'audit-two-councils'}) RETURN count(a)")).isEqualTo(2);
        assertThat(count("MATCH (a:AuditRecord {by: 'audit-two-councils', council: 'DEMO'}) "
                + "WHERE a.childIds = ['K1', 'K2'] AND a.operations = ['Query.child', 'Query.child'] RETURN count(a)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:AuditRecord {by: 'audit-two-councils', council: 'OTHER'}) "
                + "WHERE a.childIds = ['X1'] AND a.operations = ['Query.child'] RETURN count(a)")).isEqualTo(1);
        String demoRecord = neo4j.query("MATCH (a:AuditRecord {by: 'audit-two-councils', council: 'DEMO'}) RETURN a.id")
                .fetchAs(String.class).one().orElseThrow();
        graphQlAs("admin").document("{ childReads(by: \"audit-two-councils\") { id childId operation } }").execute()
                .errors().verify()
                .path("childReads[*].childId").entityList(String.class).containsExactly("K1", "K2")
                .path("childReads[*].id").entityList(String.class).containsExactly(demoRecord + ".1", demoRecord + ".2");
        graphQlOver(bearer("other-admin", "ADMIN", "OTHER"))
                .document("{ childReads(by: \"audit-two-councils\") { childId } }")
                .execute().errors().verify()
                .path("childReads[*].childId").entityList(String.class).containsExactly("X1");
    }

    @Test
    void aRecordWrittenOneReadToARecordBeforeIsReadBesideTheNewerOnes() {
        // How the audit was kept before a request's reads were one record: it can never be rewritten, so it stays.
        given("""
                CREATE (:AuditRecord {id: 'AUD-OLD-SHAPE', at: datetime('2026-11-01T09:00:00Z'), by: 'audit-both-shapes',
                        childId: 'K3', operation: 'Query.children', council: 'DEMO'})
                """);
        graphQlOver(bearer("audit-both-shapes", "OFFICER")).document("{ child(id: \"K3\") { id } }").execute().errors()
                .verify();

        graphQlAs("admin").document("{ childReads(by: \"audit-both-shapes\") { id at childId operation } }").execute()
                .errors().verify()
                .path("childReads[*].childId").entityList(String.class).containsExactly("K3", "K3")
                .path("childReads[*].operation").entityList(String.class).containsExactly("Query.child", "Query.children")
                .path("childReads[*].at").entityList(String.class)
                .containsExactly("2026-11-24T00:00:00.000Z", "2026-11-01T09:00:00.000Z")
                .path("childReads[1].id").entity(String.class).isEqualTo("AUD-OLD-SHAPE");
        graphQlAs("admin").document("{ childReads(childId: \"K3\", by: \"audit-both-shapes\", "
                + "to: \"2026-11-02T00:00:00Z\") { id } }").execute().errors().verify()
                .path("childReads[*].id").entityList(String.class).containsExactly("AUD-OLD-SHAPE");
        graphQlAs("admin").document("{ childReads(childId: \"K1\", by: \"audit-both-shapes\") { id } }").execute()
                .errors().verify().path("childReads").entityList(Object.class).hasSize(0);
    }

    private org.springframework.test.web.reactive.server.WebTestClient bearer(String user, String role, String... councils) {
        return anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token(user, List.of(role), councils.length == 0 ? List.of("DEMO") : List.of(councils)))).build();
    }

    @Test
    void theAuditCannotBeChangedOrDeleted() {
        graphQlAs("officer").document("{ child(id: \"K2\") { id } }").execute().errors().verify();
        long records = count("MATCH (a:AuditRecord) RETURN count(a)");

        assertThatThrownBy(() -> given("MATCH (a:AuditRecord) WHERE 'K2' IN a.childIds SET a.by = 'someone else'"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (a:AuditRecord) WHERE 'K2' IN a.childIds DETACH DELETE a"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (a:AuditRecord) WHERE 'K2' IN a.childIds REMOVE a:AuditRecord"))
                .hasMessageContaining("The read audit is append-only");
        assertThatThrownBy(() -> given("MATCH (c:Child {id: 'K3'}) SET c:AuditRecord"))
                .hasMessageContaining("The read audit is append-only");

        assertThat(count("MATCH (a:AuditRecord) RETURN count(a)")).isEqualTo(records);
        assertThat(count(AuditedReads.EACH_READ + "WHERE childId = 'K2' AND a.by = 'officer' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadTheAuditAndOnlyOfTheirCouncils() {
        graphQlAs("officer").document("{ child(id: \"K4\") { id } }").execute().errors().verify();
        for (String user : List.of("fostering", "officer", "commissioner")) {
            graphQlAs(user).document("{ childReads { id } }").execute()
                    .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
        }
        graphQlOver(bearer("other-admin", "ADMIN", "OTHER"))
                .document("{ childReads(childId: \"K4\") { id } }").execute().errors().verify()
                .path("childReads").entityList(Object.class).hasSize(0);
    }
}
