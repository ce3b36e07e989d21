package org.fostergraph.geo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** A council loads its own postcode-sector table through {@code POST /api/postcode-sectors}. */
class PostcodeSectorTableTest extends HandBuiltGraphTest {

    @BeforeEach
    void council() {
        given("""
                CREATE (a:LocalAuthority {code: 'DEMO', name: 'Test Council'})
                CREATE (:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(a)
                """);
    }

    @Test
    void loadsSectorsWithTheirLocalitiesAndCreatesANamedNewLocalityAtTheirMean() throws Exception {
        PostcodeSectorTable.Summary summary = upload("sectors.csv",
                new ClassPathResource("geo/sectors.csv").getContentAsString(StandardCharsets.UTF_8));

        assertThat(summary).isEqualTo(new PostcodeSectorTable.Summary("sectors.csv", 4, 4, 0, 1, 0, List.of()));
        assertThat(neo4j.query("""
                MATCH (s:PostcodeSector) OPTIONAL MATCH (s)-[:IN]->(l:Locality)
                RETURN s.sector + ' ' + s.centre.y + ',' + s.centre.x + ' ' + coalesce(l.id, 'outside') AS line ORDER BY line
                """).fetchAs(String.class).all()).containsExactly(
                "DY1 4 52.51,-2.08 outside", "WS1 1 52.58,-1.98 LOC-N", "WS3 3 52.62,-2.0 DEMO-E", "WS4 1 52.6,-1.94 DEMO-E");
        graphQl.document("{ postcodeSector(sector: \"WS4 1\") { locality { id name centre { latitude longitude } } } }").execute()
                .path("postcodeSector.locality.name").entity(String.class).isEqualTo("East")
                .path("postcodeSector.locality.centre.latitude").entity(Double.class).isEqualTo(52.61)
                .path("postcodeSector.locality.centre.longitude").entity(Double.class).isEqualTo(-1.97);
        assertThat(count("MATCH (:Locality {id: 'DEMO-E'})-[:IN]->(:LocalAuthority {code: 'DEMO'}) RETURN count(*)")).isEqualTo(1);

        PostcodeSectorTable.Summary again = upload("sectors.csv", "sector,latitude,longitude\nWS1 1,52.581,-1.981\n");
        assertThat(again).isEqualTo(new PostcodeSectorTable.Summary("sectors.csv", 1, 0, 1, 0, 0, List.of()));
        assertThat(count("MATCH (s:PostcodeSector {sector: 'WS1 1'}) WHERE s.centre.y = 52.581 AND NOT (s)-[:IN]->() RETURN count(s)"))
                .isEqualTo(1);
    }

    @Test
    void aFileWithAnyBadRowLoadsNothingAndNamesEachProblem() {
        String broken = """
                sector,latitude,longitude,localityId
                WS1 1,52.58,-1.98,LOC-N
                Walsall,52.58,-1.98,LOC-N
                WS2 8,north,-1.98,LOC-N
                WS9 0,52.55,-1.95,LOC-X
                ws11,52.50,-1.90,
                """;
        http.post().uri("/api/postcode-sectors").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(body("broken.csv", broken)).exchange()
                .expectStatus().isBadRequest()
                .expectBody(PostcodeSectorTable.Summary.class).value(summary -> assertThat(summary.problems()).containsExactly(
                        new PostcodeSectorTable.Problem("broken.csv", 3, "sector", "Walsall", "is not a postcode sector (for example WS2 8)"),
                        new PostcodeSectorTable.Problem("broken.csv", 4, "latitude", "north", "is not a latitude in degrees, -90 to 90"),
                        new PostcodeSectorTable.Problem("broken.csv", 5, "localityId", "LOC-X",
                                "is not one of your council's localities; give localityName to create it"),
                        new PostcodeSectorTable.Problem("broken.csv", 6, "sector", "WS1 1", "repeats the sector of row 2")));
        assertThat(count("MATCH (s:PostcodeSector) RETURN count(s)")).isZero();
    }

    /** Issue 21, finding 11: a file of bad rows answered every one of them (34.8 MB). */
    @Test
    void aFileOfManyBadRowsListsTheFirstThousandAndCountsThemAll() {
        String bad = "sector,latitude,longitude\n" + "nowhere,1,1\n".repeat(5_000);
        http.post().uri("/api/postcode-sectors").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(body("bad.csv", bad)).exchange()
                .expectStatus().isBadRequest()
                .expectBody(PostcodeSectorTable.Summary.class).value(summary -> {
                    assertThat(summary.problemCount()).isEqualTo(5_000);
                    assertThat(summary.problems()).hasSize(1_000);
                    assertThat(summary.problems().get(999).row()).isEqualTo(1_001);
                });
    }

    private PostcodeSectorTable.Summary upload(String name, String csv) {
        return http.post().uri("/api/postcode-sectors").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(body(name, csv)).exchange()
                .expectStatus().isOk()
                .expectBody(PostcodeSectorTable.Summary.class).returnResult().getResponseBody();
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> body(String name, String csv) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("sectors", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8))).filename(name);
        return body.build();
    }
}
