package org.fostergraph.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.SmallCouncil;
import org.fostergraph.security.TestTokens;
import org.fostergraph.ssda903.Ssda903Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import graphql.schema.GraphQLFieldDefinition;

/**
 * Issue 21's permanent suite: two councils in one graph, and council DEMO's every role trying every operation the
 * service has (every query and mutation of the schema, every REST endpoint and page of the controllers) against council
 * OTHER's records: reading them, writing them, squatting OTHER's client keys and probing OTHER's ids, URNs and
 * postcode sectors.
 *
 * <p>It holds two things for every attempt. OTHER's graph is byte-for-byte the same afterwards (a dump of OTHER's nodes
 * and of every relationship that touches one, before and after). And DEMO's answer is exactly the answer it gets when
 * OTHER does not exist at all: the attacks run twice, first in a graph that holds DEMO alone (so every id of OTHER's is
 * an id that does not exist), then with OTHER present, and the two runs' answers must be equal. An operation the suite
 * does not try fails it ({@link #everyOperationOfTheServiceIsAttacked}), so a new operation cannot go untried.
 */
class TwoCouncilAttackTest extends HandBuiltGraphTest {

    /** DEMO's roles, each signed in for the API with a bearer token and for the pages with a form (the local users). */
    private static final List<String> ROLES = List.of("FOSTERING", "OFFICER", "COMMISSIONER", "ADMIN");

    /** A key DEMO uses first, for a change of its own, which OTHER then uses for a change of OTHER's. */
    private static final String SQUATTED_KEY = TwoCouncilAttackTestKeys.SQUATTED;

    @Autowired
    private GraphQlSource graphQlSource;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    @Test
    void everyOperationOfTheServiceIsAttacked() {
        Set<String> operations = new TreeSet<>();
        for (var type : List.of(graphQlSource.schema().getQueryType(), graphQlSource.schema().getMutationType())) {
            type.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName)
                    .forEach(field -> operations.add(type.getName() + "." + field));
        }
        operations.addAll(restOperations());
        assertThat(Attacks.all().keySet()).as("the operations the suite attacks").isEqualTo(operations);
    }

    @Test
    void noRoleOfOneCouncilCanReadChangeSquatOrDetectAnotherCouncilsRecords() {
        // First run: DEMO alone. Every id of OTHER's names nothing.
        buildDemo();
        Map<String, String> alone = attack("a1");

        // Second run, from the same start: OTHER is there too, with records under the ids the attacks name.
        emptyTheGraph();
        buildDemo();
        buildOther();
        List<String> others = dumpOfOther();
        long othersAuditBefore = count("MATCH (a:AuditRecord {council: 'OTHER'}) RETURN count(a)");
        Map<String, String> beside = attack("a2");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(dumpOfOther()).as("OTHER's graph after every attack").containsExactlyElementsOf(others);
        softly.assertThat(count("MATCH (a:AuditRecord {council: 'OTHER'}) WHERE a.by STARTS WITH 'a2-' OR a.by IN "
                + "['fostering', 'officer', 'commissioner', 'admin'] RETURN count(a)")).as("reads of OTHER's children by DEMO")
                .isZero();
        softly.assertThat(count("MATCH (a:AuditRecord {council: 'OTHER'}) RETURN count(a)")).isEqualTo(othersAuditBefore);
        List<String> differences = new ArrayList<>();
        alone.forEach((attempt, answer) -> {
            if (!answer.equals(beside.get(attempt))) {
                differences.add(attempt + "\n  alone:  " + answer + "\n  beside: " + beside.get(attempt));
            }
        });
        softly.assertThat(differences).as("answers that tell DEMO something of OTHER's").isEmpty();
        softly.assertThat(beside.keySet()).isEqualTo(alone.keySet());
        softly.assertAll();

        // A key DEMO used first is still OTHER's to use: squatting it changed nothing of OTHER's.
        String placement = asOther("OFFICER").graphQl("""
                mutation { startPlacement(input: {childId: "B-K2", householdId: "B-HH2", start: "2026-11-24", placeCode: "U4",
                           providerCode: "PR1", weeklyCost: 400, clientKey: "%s"}) { id child { id } } }
                """.formatted(SQUATTED_KEY));
        assertThat(placement).contains("\"child\":{\"id\":\"B-K2\"}").doesNotContain("errors");
    }

    /** Every attack as every role of DEMO's, answers by attempt; {@code run} tells apart the two runs' user names. */
    private Map<String, String> attack(String run) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (String role : ROLES) {
            sessions.put(role, new Session(role, run));
        }
        Attacks.all().forEach((operation, attempts) -> {
            for (String role : ROLES) {
                Session as = sessions.get(role);
                for (int i = 0; i < attempts.size(); i++) {
                    answers.put(operation + " #" + (i + 1) + " as " + role, normalised(attempts.get(i).send(as), run));
                }
            }
        });
        return answers;
    }

    private void buildDemo() {
        given(SmallCouncil.CYPHER);
        given("""
                MATCH (l:Locality {id: 'L1'})
                CREATE (:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(l)
                CREATE (:PostcodeSector {sector: 'WS2 8', centre: point({latitude: 52.59, longitude: -2.00})})-[:IN]->(l)
                CREATE (:PostcodeSector {sector: 'WS9 0', centre: point({latitude: 52.55, longitude: -1.95})})
                CREATE (:PostcodeSector {sector: 'DY1 4', centre: point({latitude: 52.51, longitude: -2.08})})
                CREATE (:PostcodeSector {sector: 'B5 4', centre: point({latitude: 52.47, longitude: -1.89})})
                CREATE (:SocialWorker {id: 'A-SW', name: 'Liaison of DEMO', council: 'DEMO'})
                WITH 1 AS one
                MATCH (c:Child) SET c.homeLocation = point({latitude: 52.61, longitude: -2.01}), c.homePostcodeSector = 'WS1 1'
                """);
    }

    /** OTHER's records, with changes made through the API under client keys DEMO will send, and its own return. */
    private void buildOther() {
        given(CouncilB.CYPHER);
        assertNoErrors(asOther("OFFICER").graphQl("""
                mutation { startPlacement(input: {childId: "B-K3", householdId: "B-HH2", start: "2026-11-24", placeCode: "U4",
                           providerCode: "PR1", weeklyCost: 400, clientKey: "shared-key-1"}) { id } }
                """));
        assertNoErrors(asOther("OFFICER").graphQl("""
                mutation { holdVacancy(input: {householdId: "B-HUB", childId: "B-K2", hours: 24,
                           reason: "OTHER's own reason", clientKey: "shared-key-2"}) { id } }
                """));
        assertNoErrors(asOther("FOSTERING").graphQl("""
                mutation { setHouseholdAttributes(input: {householdId: "B-HH1", languages: ["Welsh"], clientKey: "shared-key-3"}) { id } }
                """));
        String imported = asOther("ADMIN").importReturn(Ssda903Fixtures.header(), Ssda903Fixtures.episodes());
        assertThat(imported).contains("\"rejected\":0");
    }

    private static void assertNoErrors(String answer) {
        assertThat(answer).doesNotContain("\"errors\"");
    }

    /**
     * OTHER's records and everything that touches them: each node OTHER owns (its council's code on it, its localities and
     * the council itself) with every property, each node one relationship away with every property (placements' homes,
     * holds, changes in the history, the postcode sectors its localities hold), and every relationship with an end at a
     * node OTHER owns, in a fixed order.
     */
    private List<String> dumpOfOther() {
        String owned = """
                MATCH (n) WHERE n.council = 'OTHER' OR (n:LocalAuthority AND n.code = 'OTHER')
                   OR (n:Locality AND EXISTS { (n)-[:IN]->(:LocalAuthority {code: 'OTHER'}) })
                """;
        List<String> lines = new ArrayList<>();
        neo4j.query(owned + "RETURN n AS node").fetch().all()
                .forEach(row -> lines.add("owned " + describe((org.neo4j.driver.types.Node) row.get("node"))));
        neo4j.query(owned + "MATCH (n)--(m) WHERE NOT m:AuditRecord RETURN DISTINCT m AS node").fetch().all()
                .forEach(row -> lines.add("beside " + describe((org.neo4j.driver.types.Node) row.get("node"))));
        neo4j.query(owned + """
                MATCH (a)-[r]->(b) WHERE (a = n OR b = n) AND NOT a:AuditRecord AND NOT b:AuditRecord
                RETURN DISTINCT coalesce(a.id, a.code, a.sector) AS from, type(r) AS type, coalesce(b.id, b.code, b.sector) AS to,
                       properties(r) AS properties
                """).fetch().all().forEach(row -> lines.add("edge " + row.get("from") + " -" + row.get("type") + "-> " + row.get("to")
                        + " " + new TreeMap<>((Map<?, ?>) row.get("properties"))));
        return lines.stream().sorted().toList();
    }

    private static String describe(org.neo4j.driver.types.Node node) {
        return new TreeSet<>((java.util.Collection<String>) node.labels()) + " " + new TreeMap<>(node.asMap());
    }

    private Set<String> restOperations() {
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            Set<String> patterns = mapping.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    operations.add(method + " " + pattern);
                }
            }
        }
        return operations;
    }

    private static final Pattern GENERATED_ID = Pattern.compile("\\b[A-Z]{2,5}-[0-9A-F]{12}\\b");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"[^\"]+\"");
    private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\"\\s+value=\")[^\"]+(\")|(content=\")[A-Za-z0-9_-]{40,}(\")");

    /** The answer with what differs between any two runs taken out: ids the service generates, CSRF tokens, run names. */
    private static String normalised(String answer, String run) {
        String text = GENERATED_ID.matcher(answer).replaceAll("<generated>");
        text = UUID.matcher(text).replaceAll("<uuid>");
        text = CSRF.matcher(text).replaceAll("$1<csrf>$2$3<csrf>$4");
        text = TIMESTAMP.matcher(text).replaceAll("\"timestamp\":\"<now>\"");
        return text.replace(run + "-", "run-");
    }

    /** One role of DEMO's signed in, for the API by bearer token and for the pages by form. */
    final class Session implements Attacks.Caller {

        private final String role;
        private final String run;
        private final WebTestClient api;
        private WebTestClient pages;
        private String csrf;

        Session(String role, String run) {
            this.role = role;
            this.run = run;
            String user = run + "-" + role.toLowerCase();
            this.api = anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                    TestTokens.token(user, List.of(role), List.of("DEMO")))).build();
        }

        /** The document, with {@code "run-"} in it naming this run's users (for the read audit, which outlives a run). */
        @Override
        public String graphQl(String document) {
            return text(api.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", document.replace("\"run-", "\"" + run + "-"))).exchange()
                    .returnResult(byte[].class).getResponseBodyContent(), "");
        }

        @Override
        public String rest(HttpMethod method, String uri) {
            EntityExchangeResult<byte[]> result = api.method(method).uri(uri).exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        @Override
        public String postJson(String uri, String json) {
            EntityExchangeResult<byte[]> result = api.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                    .exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        @Override
        public String importReturn(String header, String episodes) {
            EntityExchangeResult<byte[]> result = api.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                    .bodyValue(Ssda903Fixtures.multipart(header, episodes)).exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        @Override
        public String uploadPostcodes(String csv) {
            EntityExchangeResult<byte[]> result = api.post().uri("/api/postcodes").contentType(MediaType.parseMediaType("text/csv"))
                    .bodyValue(csv).exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        @Override
        public String uploadSectors(String csv) {
            var body = new org.springframework.http.client.MultipartBodyBuilder();
            body.part("sectors", new org.springframework.core.io.ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)))
                    .filename("sectors.csv");
            EntityExchangeResult<byte[]> result = api.post().uri("/api/postcode-sectors").contentType(MediaType.MULTIPART_FORM_DATA)
                    .bodyValue(body.build()).exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        @Override
        public String page(HttpMethod method, String uri, Map<String, String> form) {
            WebTestClient session = pages();
            EntityExchangeResult<byte[]> result;
            if (method == HttpMethod.POST) {
                var data = BodyInserters.fromFormData("_csrf", csrf);
                for (var field : form.entrySet()) {
                    data = data.with(field.getKey(), field.getValue());
                }
                result = session.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(data).exchange()
                        .expectBody().returnResult();
            }
            else {
                result = session.get().uri(uri).exchange().expectBody().returnResult();
            }
            String location = result.getResponseHeaders().getLocation() == null ? "" : " -> " + result.getResponseHeaders().getLocation();
            String answer = result.getStatus().value() + location + " " + text(result.getResponseBodyContent(), "");
            if (result.getStatus().is3xxRedirection() && result.getResponseHeaders().getLocation() != null
                    && result.getResponseHeaders().getLocation().getPath().startsWith("/web")) {
                // What the page says after the redirect (the API's error or the confirmation).
                EntityExchangeResult<byte[]> next = session.get().uri(result.getResponseHeaders().getLocation()).exchange()
                        .expectBody().returnResult();
                answer += " then " + next.getStatus().value() + " " + text(next.getResponseBodyContent(), "");
            }
            return answer;
        }

        @Override
        public String pageJson(String uri, String json) {
            EntityExchangeResult<byte[]> result = pages().post().uri(uri).header("X-CSRF-TOKEN", csrf)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange().expectBody().returnResult();
            return result.getStatus().value() + " " + text(result.getResponseBodyContent(), "");
        }

        /** The role's local user signed in with the pages' form, keeping the session cookie. */
        private WebTestClient pages() {
            if (pages != null) {
                return pages;
            }
            String user = role.toLowerCase();
            WebTestClient browser = anonymous();
            EntityExchangeResult<byte[]> form = browser.get().uri("/login").exchange().expectBody().returnResult();
            String session = cookie(form.getResponseCookies().getFirst("SESSION"));
            String token = csrfOf(text(form.getResponseBodyContent(), ""));
            EntityExchangeResult<byte[]> signedIn = browser.post().uri("/login").cookie("SESSION", session)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("username", user).with("password", user).with("_csrf", token))
                    .exchange().expectBody().returnResult();
            String signedInSession = cookie(signedIn.getResponseCookies().getFirst("SESSION"));
            pages = browser.mutate().defaultCookie("SESSION", signedInSession != null ? signedInSession : session).build();
            csrf = csrfOf(text(pages.get().uri("/web").exchange().expectBody().returnResult().getResponseBodyContent(), ""));
            return pages;
        }
    }

    private Attacks.Caller asOther(String role) {
        WebTestClient api = anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("b-" + role.toLowerCase(), List.of(role), List.of("OTHER")))).build();
        return new Attacks.Caller() {
            @Override
            public String graphQl(String document) {
                return text(api.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("query", document)).exchange().returnResult(byte[].class).getResponseBodyContent(), "");
            }

            @Override
            public String importReturn(String header, String episodes) {
                return text(api.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                        .bodyValue(Ssda903Fixtures.multipart(header, episodes)).exchange().expectBody().returnResult()
                        .getResponseBodyContent(), "");
            }
        };
    }

    private static String cookie(ResponseCookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String text(byte[] body, String empty) {
        return body == null ? empty : new String(body, StandardCharsets.UTF_8);
    }
}
