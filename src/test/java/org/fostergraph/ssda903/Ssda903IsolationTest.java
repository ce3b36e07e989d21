package org.fostergraph.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 21, finding 4: another council's import of a URN rewrote DEMO's placeholder home and placed its own child in
 * it, and its answer told whether DEMO had a child of a given id. Two councils now import the same return (the same
 * CHILD ids, the same URN) as two councils' records.
 */
class Ssda903IsolationTest extends HandBuiltGraphTest {

    private WebTestClient otherAdmin;

    @BeforeEach
    void twoCouncilsSharingTheGeography() {
        given("""
                CREATE (demo:LocalAuthority {code: 'DEMO', name: 'Test Council'})
                CREATE (n:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(demo)
                CREATE (other:LocalAuthority {code: 'OTHER', name: 'Another council'})
                CREATE (o:Locality {id: 'OTHER-1', name: 'Border', centre: point({latitude: 52.57, longitude: -1.99})})-[:IN]->(other)
                CREATE (s1:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(n)
                CREATE (s1)-[:IN]->(o)
                CREATE (s2:PostcodeSector {sector: 'WS2 8', centre: point({latitude: 52.59, longitude: -2.00})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'WS9 0', centre: point({latitude: 52.55, longitude: -1.95})})
                CREATE (:PostcodeSector {sector: 'DY1 4', centre: point({latitude: 52.51, longitude: -2.08})})
                CREATE (:PostcodeSector {sector: 'B5 4', centre: point({latitude: 52.47, longitude: -1.89})})
                """);
        otherAdmin = anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("other-admin", List.of("ADMIN"), List.of("OTHER")))).build();
    }

    @Test
    void twoCouncilsImportingOneReturnEachGetTheirOwnChildrenAndHomes() {
        String demosAnswer = importAs(as("admin"));
        List<String> demo = councilGraph("DEMO");

        String othersAnswer = importAs(otherAdmin);

        // OTHER's answer is the one DEMO had in a graph without OTHER: it depends on nothing of DEMO's.
        assertThat(othersAnswer).isEqualTo(demosAnswer);
        assertThat(councilGraph("DEMO")).isEqualTo(demo);
        assertThat(count("MATCH (c:Child {council: 'OTHER'}) RETURN count(c)")).isEqualTo(6);
        assertThat(count("MATCH (c:Child {council: 'OTHER', id: 'OTHER:C003', returnId: 'C003'}) RETURN count(c)")).isEqualTo(1);
        // Every OTHER child is placed with OTHER's own homes; the URN's home is one node per council.
        assertThat(count("""
                MATCH (c:Child {council: 'OTHER'})-[:HAD]->(:Placement)-[:WITH]->(h:Household)
                WHERE h.council <> 'OTHER' RETURN count(h)
                """)).isZero();
        assertThat(neo4j.query("MATCH (h:Household {urn: 'SC123456'}) RETURN h.council AS council ORDER BY council")
                .fetchAs(String.class).all()).containsExactly("DEMO", "OTHER");
        assertThat(count("""
                MATCH (h:Household {urn: 'SC123456', council: 'OTHER'})-[:IN]->(l:Locality) RETURN count(l)
                """)).isZero();

        // Each council's export gives back its own return.
        assertThat(export(otherAdmin)).isEqualTo(export(as("admin")));
        // And DEMO importing again changes nothing of either.
        List<String> other = councilGraph("OTHER");
        importAs(as("admin"));
        assertThat(councilGraph("OTHER")).isEqualTo(other);
    }

    @Test
    void aChildIdThatAnotherCouncilUsesIsAnsweredAsIfNobodyDid() {
        given("""
                MATCH (:LocalAuthority {code: 'DEMO'})
                CREATE (:Child {id: 'C001', council: 'DEMO', dateOfBirth: date('2015-03-15'), sex: 'MALE', needs: []})
                """);
        String answer = importAs(otherAdmin);
        assertThat(answer).doesNotContain("another council").contains("\"rejected\":0");
        assertThat(count("MATCH (c:Child {id: 'OTHER:C001', council: 'OTHER'}) RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (c:Child {id: 'C001'})-[:HAD]->() RETURN count(c)")).isZero();
    }

    private String importAs(WebTestClient as) {
        return as.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(Ssda903ImportTest.multipart("header.csv", Ssda903ImportTest.text("header.csv"), "episodes.csv",
                        Ssda903ImportTest.text("episodes.csv")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static String export(WebTestClient as) {
        return as.get().uri("/api/ssda903/episodes.csv").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    /** The council's children, their placements and the homes they are with, every property, in a fixed order. */
    private List<String> councilGraph(String council) {
        return neo4j.query("""
                MATCH (c:Child {council: $council})-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                OPTIONAL MATCH (h)-[:IN]->(l:Locality)
                RETURN properties(c) AS child, properties(p) AS placement, properties(h) AS home, l.id AS locality
                """).bind(council).to("council").fetch().all().stream()
                .map(row -> new TreeMap<>((Map<?, ?>) row.get("child")) + " " + new TreeMap<>((Map<?, ?>) row.get("placement"))
                        + " " + new TreeMap<>((Map<?, ?>) row.get("home")) + " " + row.get("locality"))
                .sorted().toList();
    }
}
