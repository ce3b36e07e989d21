package org.fostergraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 21, finding 3: another council's administrator moved DEMO's sector and unlinked its locality, and DEMO's
 * matching then found nothing. Centres are national reference data (the REFERENCE_DATA role keeps them); which locality
 * a sector lies in is each council's own.
 */
class PostcodeSectorIsolationTest extends HandBuiltGraphTest {

    private WebTestClient otherAdmin;

    @BeforeEach
    void twoCouncilsSharingASector() {
        given("""
                CREATE (demo:LocalAuthority {code: 'DEMO', name: 'Test Council'})
                CREATE (n:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(demo)
                CREATE (:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(n)
                CREATE (other:LocalAuthority {code: 'OTHER', name: 'Another council'})
                CREATE (:Locality {id: 'OTHER-1', name: 'Border', centre: point({latitude: 52.57, longitude: -1.99})})-[:IN]->(other)
                """);
        otherAdmin = anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("other-admin", List.of("ADMIN"), List.of("OTHER")))).build();
    }

    @Test
    void anotherCouncilsAdministratorCannotMoveASectorOrTouchDemosLink() {
        String moved = upload(otherAdmin, "sector,latitude,longitude,localityId\nWS1 1,53.0,-1.0,OTHER-1\n", 400);
        assertThat(moved).contains("moves the sector's centre, which is national reference data");
        String unknownSector = upload(otherAdmin, "sector,localityId\nB99 9,OTHER-1\n", 400);
        assertThat(unknownSector).contains("is not in the national postcode-sector table");

        // OTHER links the sector to its own locality: DEMO's link stays, and each council sees its own.
        upload(otherAdmin, "sector,latitude,longitude,localityId\nWS1 1,52.58,-1.98,OTHER-1\n", 200);
        assertThat(demoSector()).isEqualTo("52.58,-1.98 [LOC-N, OTHER-1]");
        graphQl.document("{ postcodeSector(sector: \"WS1 1\") { locality { id } } }").execute()
                .path("postcodeSector.locality.id").entity(String.class).isEqualTo("LOC-N");
        graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("other-officer", List.of("OFFICER"), List.of("OTHER")))).build())
                .document("{ postcodeSector(sector: \"WS1 1\") { locality { id } } }").execute()
                .path("postcodeSector.locality.id").entity(String.class).isEqualTo("OTHER-1");

        // Unlinking removes OTHER's link only.
        upload(otherAdmin, "sector\nWS1 1\n", 200);
        assertThat(demoSector()).isEqualTo("52.58,-1.98 [LOC-N]");
    }

    @Test
    void aLocalityOfAnotherCouncilReadsExactlyAsOneNobodyHolds() {
        String demos = upload(otherAdmin, "sector,localityId\nWS1 1,LOC-N\n", 400);
        String nobodys = upload(otherAdmin, "sector,localityId\nWS1 1,LOC-Q\n", 400);
        assertThat(demos).isEqualTo(nobodys.replace("LOC-Q", "LOC-N"));
        String createDemos = upload(otherAdmin, "sector,localityId,localityName\nWS1 1,LOC-N,Mine now\n", 400);
        String createNobodys = upload(otherAdmin, "sector,localityId,localityName\nWS1 1,LOC-Q,Mine now\n", 400);
        assertThat(createDemos).isEqualTo(createNobodys.replace("LOC-Q", "LOC-N")).contains("a new locality's id begins with OTHER-");
        assertThat(demoSector()).isEqualTo("52.58,-1.98 [LOC-N]");
        assertThat(count("MATCH (l:Locality {id: 'LOC-N'})-[:IN]->(:LocalAuthority {code: 'DEMO'}) RETURN count(l)")).isEqualTo(1);
    }

    @Test
    void theKeepersOfTheReferenceGeographyMoveCentresAndLinkNoLocality() {
        WebTestClient reference = as("reference");
        upload(reference, "sector,latitude,longitude\nWS1 1,52.581,-1.982\nB99 9,52.4,-1.9\n", 200);
        assertThat(demoSector()).isEqualTo("52.581,-1.982 [LOC-N]");
        assertThat(upload(reference, "sector,latitude,longitude,localityId\nB99 9,52.4,-1.9,LOC-N\n", 400))
                .contains("links a sector to a council's locality, which a council's administrator does");
    }

    private String demoSector() {
        return neo4j.query("""
                MATCH (s:PostcodeSector {sector: 'WS1 1'})
                RETURN toString(s.centre.y) + ',' + toString(s.centre.x) + ' ' + '[' + reduce(ids = '', id IN COLLECT { MATCH (s)-[:IN]->(l:Locality) RETURN l.id ORDER BY l.id } | ids + CASE ids WHEN '' THEN '' ELSE ', ' END + id) + ']' AS line
                """).fetchAs(String.class).one().orElseThrow();
    }

    private static String upload(WebTestClient as, String csv, int status) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("sectors", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8))).filename("sectors.csv");
        return new String(as.post().uri("/api/postcode-sectors").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build())
                .exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }
}
