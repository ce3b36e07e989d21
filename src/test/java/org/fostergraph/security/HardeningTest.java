package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.nimbusds.jwt.JWTClaimsSet;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 21, finding 11: the smaller faults found by trying the service as an attacker would. */
class HardeningTest extends ChangeTest {

    private static final String HEADER_COLUMNS = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private static final String EPISODES_COLUMNS = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void aTokenWithoutAnExpiryOrASubjectIsRefused() {
        var claims = new JWTClaimsSet.Builder().subject("officer-jwt").claim("roles", List.of("OFFICER"))
                .claim("councils", List.of("DEMO")).issueTime(Date.from(Instant.now()));
        bearer(TestTokens.signed(claims.build())).post().uri("/graphql").bodyValue(Map.of("query", "{ localities { id } }"))
                .exchange().expectStatus().isUnauthorized();
        var noSubject = new JWTClaimsSet.Builder().claim("roles", List.of("OFFICER")).claim("councils", List.of("DEMO"))
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        bearer(TestTokens.signed(noSubject.build())).post().uri("/graphql").bodyValue(Map.of("query", "{ localities { id } }"))
                .exchange().expectStatus().isUnauthorized();
        // The same token with both answers.
        bearer(TestTokens.signed(claims.expirationTime(Date.from(Instant.now().plusSeconds(600))).build())).post().uri("/graphql")
                .bodyValue(Map.of("query", "{ localities { id } }")).exchange().expectStatus().isOk();
    }

    @Test
    void aUserOfTwoCouncilsIsToldWhyTheyCannotMakeAChange() {
        List<String> before = graphState();
        String token = TestTokens.token("consortium-officer", List.of("OFFICER", "ADMIN"), List.of("DEMO", "OTHER"));
        graphQlOver(bearer(token)).document("""
                mutation { startPlacement(input: {childId: "K1", householdId: "HH-B", start: "2026-11-24", placeCode: "U4",
                           providerCode: "PR1", weeklyCost: 400}) { id } }
                """).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "ONE_COUNCIL_NEEDED");
                    assertThat(errors.get(0).getMessage()).isEqualTo("A change is made for one council, and this sign-in is "
                            + "for 2 (DEMO, OTHER); sign in for the council whose records you are changing");
                });
        MultipartBodyBuilder files = new MultipartBodyBuilder();
        files.part("header", new ByteArrayResource("CHILD,SEX,DOB\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "header.csv";
            }
        });
        files.part("episodes", new ByteArrayResource("x".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "episodes.csv";
            }
        });
        bearer(token).post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(files.build()).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ONE_COUNCIL_NEEDED");
        bearer(token).get().uri("/api/ssda903/episodes.csv").exchange().expectStatus().isForbidden();
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void freeTextIsBoundedAndHoldsNoControlOrDirectionCharacters() {
        Map<String, Object> hold = Map.of("householdId", "HH-B", "childId", "K1", "hours", 24);
        var tooLong = expectRefused("holdVacancy", with(hold, "reason", "x".repeat(2001)), "INVALID_ARGUMENT", "reason",
                "'2001 characters'");
        assertThat(tooLong.getMessage()).isEqualTo("reason: text is at most 2000 characters (got '2001 characters')");
        expectRefused("holdVacancy", with(hold, "reason", "Introductions\u0000Thursday"), "INVALID_ARGUMENT", "reason", "'U+0000'");
        expectRefused("holdVacancy", with(hold, "reason", "Meet \u202Eyadsruht"), "INVALID_ARGUMENT", "reason", "'U+202E'");
        expectRefused("setHouseholdAttributes", Map.of("householdId", "HH-B", "languages",
                IntStream.range(0, 201).mapToObj(i -> "Language " + i).toList()), "INVALID_ARGUMENT", "languages",
                "'more than 200 items'");
        expectRefused("setHouseholdAttributes", Map.of("householdId", "HH-B", "religion", "r".repeat(5000)),
                "INVALID_ARGUMENT", "religion", "'5000 characters'");
        // Tabs and new lines are text; the hold is made.
        graphQl.documentName("holdVacancy").variable("input", with(hold, "reason", "Introductions:\n\tThursday"))
                .execute().path("holdVacancy.reason").entity(String.class).isEqualTo("Introductions:\n\tThursday");
    }

    @Test
    void anErrorNeverRepeatsAWholeValue() {
        var refused = expectRefused("startPlacement", Map.of("childId", "K1", "householdId", "HH-B", "start", "2026-11-24",
                "placeCode", "U".repeat(1500), "providerCode", "PR1", "weeklyCost", 400), "INVALID_ARGUMENT", "placeCode",
                "'" + "U".repeat(60) + "… (1500 characters)'");
        assertThat(refused.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void filesThatAreNotUtf8OrNotCsvAreRefusedInWordsNotClassNames() {
        byte[] latin1Header = (HEADER_COLUMNS + "C1,1,01/01/2015,WBRI,,,\nCaf\u00e9,1,01/01/2015,WBRI,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(importReturn(latin1Header, EPISODES_COLUMNS.getBytes(StandardCharsets.UTF_8)))
                .contains("is not UTF-8 text").contains("CSV UTF-8").doesNotContain("\uFFFD");
        String broken = importReturn((HEADER_COLUMNS + "\"C1\"x,1,01/01/2015,WBRI,,,\n").getBytes(StandardCharsets.UTF_8),
                EPISODES_COLUMNS.getBytes(StandardCharsets.UTF_8));
        assertThat(broken).contains("could not be read as a CSV file").doesNotContain("org.apache").doesNotContain("Exception");
    }

    @Test
    void aProblemInAReturnRepeatsNoMoreThanTheStartOfItsCell() {
        String hugeCell = "9".repeat(100_000);
        String answer = importReturn((HEADER_COLUMNS + "C1," + hugeCell + ",01/01/2015,WBRI,,,\n").getBytes(StandardCharsets.UTF_8),
                (EPISODES_COLUMNS + "C1,01/04/2024,S,C2,N1,U4,PR1,,,,WS1 1,WS1 1,XXXXXXX\n").getBytes(StandardCharsets.UTF_8));
        assertThat(answer).contains("(100000 characters)").hasSizeLessThan(5_000);
    }

    @Test
    void healthTellsAnyoneWhetherItIsUpAndOnlyAnAdministratorWhatItRunsOn() {
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
        anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        as("officer").get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components").doesNotExist();
        as("admin").get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.neo4j.details.edition").isEqualTo("community");
    }

    @Test
    void thePagesRunNoInlineScriptCannotBeFramedAndLocallyNeverAskForHttps() {
        anonymous().get().uri("/login").header("X-Forwarded-Proto", "https").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theSessionCookieIsNeverSentByAnotherSite() {
        anonymous().get().uri("/login").exchange().expectStatus().isOk()
                .expectHeader().value("Set-Cookie", cookie -> assertThat(cookie).contains("SESSION=").contains("SameSite=Lax")
                        .contains("HttpOnly"));
    }

    private WebTestClient bearer(String token) {
        return anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    private String importReturn(byte[] header, byte[] episodes) {
        MultipartBodyBuilder files = new MultipartBodyBuilder();
        files.part("header", new ByteArrayResource(header) {
            @Override
            public String getFilename() {
                return "header.csv";
            }
        });
        files.part("episodes", new ByteArrayResource(episodes) {
            @Override
            public String getFilename() {
                return "episodes.csv";
            }
        });
        return new String(as("admin").post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(files.build()).exchange().expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }

}
