package org.fostergraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Before the web server takes its first request, the service asks itself the fostering team's and the commissioner's
 * reads ({@code warm-up/warm-up.graphql}) for {@code fostergraph.warm-up.seconds}, through the same GraphQL handler an
 * API client reaches (field rules, council scope, one read transaction). Why: the JVM compiles a method to fast code
 * only after it has run thousands of times, and Neo4j plans each statement the first time it sees it; measured on the
 * demo council (docs/PERFORMANCE.md), the constellations query took 65 ms for the first 30 requests after a start,
 * 18 ms by the 500th and 8 ms by the 3,000th. Without this, the first officers after every deployment wait for that.
 * <p>
 * The warm-up reads no real child's record (so nothing is audited) and writes nothing; its answers are thrown away. It
 * reads as an internal caller of every council in the graph, inside this process only. The reads that show children
 * are asked each round too, of a council made up for that round and rolled back with it ({@link MadeUpCouncil}).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class StartUpWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StartUpWarmUp.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String DOCUMENT = read("warm-up/warm-up.graphql");
    static final String CALLER_NAME = "fostergraph-start-up";

    private final WebGraphQlHandler graphQl;
    private final Neo4jClient neo4j;
    private final MadeUpCouncil madeUpCouncil;
    private final Duration budget;
    private final int mostRounds;
    private volatile boolean running;

    StartUpWarmUp(WebGraphQlHandler graphQl, Neo4jClient neo4j, MadeUpCouncil madeUpCouncil, WarmUpProperties properties) {
        this.graphQl = graphQl;
        this.neo4j = neo4j;
        this.madeUpCouncil = madeUpCouncil;
        this.budget = Duration.ofSeconds(properties.seconds());
        this.mostRounds = properties.rounds();
    }

    /** Just before the web server starts: requests wait for a warm service instead of warming it. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        running = true;
        if (budget.isZero() || budget.isNegative() || mostRounds < 1) {
            return;
        }
        long started = System.nanoTime();
        try {
            int[] rounds = warmUp(mostRounds, started + budget.toNanos());
            log.info("Warmed up the GraphQL API in {} ms: {} rounds, {} requests", (System.nanoTime() - started) / 1_000_000,
                    rounds[0], rounds[1]);
        }
        catch (RuntimeException failed) {
            // A warm-up only makes the first requests quicker: whatever stops it must not stop the service starting.
            log.warn("The start-up warm-up stopped after {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    failed.getMessage());
        }
    }

    /** Runs rounds of the warm-up's reads until the deadline or {@code most} rounds; answers [rounds, requests]. */
    int[] warmUp(int most, long deadlineNanos) {
        Caller internal = internalCaller().orElse(null);
        if (internal == null) {
            return new int[] {0, 0};
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = signedIn(internal);
        SecurityContextHolder.setContext(context);
        int rounds = 0;
        int requests = 0;
        boolean askMadeUpCouncil = true;
        try {
            while (rounds < most && System.nanoTime() < deadlineNanos) {
                WebGraphQlResponse constellations = ask("WarmUpConstellations", Map.of());
                List<String> households = hubsAndSatellites(constellations);
                requests++;
                // A few of the households, differently each round, so the household read sees more than one shape.
                for (int i = 0; i < Math.min(3, households.size()); i++) {
                    ask("WarmUpHousehold", Map.of("id", households.get((rounds * 3 + i) % households.size())));
                    requests++;
                }
                ask("WarmUpReports", Map.of());
                requests++;
                if (askMadeUpCouncil) {
                    try {
                        requests += askAboutMadeUpChildren(rounds, context);
                    }
                    catch (RuntimeException failed) {
                        // Its transaction is rolled back; the rest of the warm-up still makes the other reads quicker.
                        log.warn("The start-up warm-up's made-up council stopped after {} rounds: {}", rounds, failed.getMessage());
                        askMadeUpCouncil = false;
                    }
                }
                rounds++;
            }
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
        return new int[] {rounds, requests};
    }

    /**
     * The reads that show children, asked of a council made up for this round ({@link MadeUpCouncil}) as its caller,
     * then the warm-up's caller ({@code context}) back on the thread; answers how many requests.
     */
    int askAboutMadeUpChildren(int round, SecurityContext context) {
        return madeUpCouncil.readRolledBack((caller, households) -> {
            SecurityContextHolder.setContext(signedIn(caller));
            try {
                ask(MadeUpCouncil.DOCUMENT, "MadeUpConstellations", Map.of());
                ask(MadeUpCouncil.DOCUMENT, "MadeUpHousehold", Map.of("id", households.get(1 + round % (households.size() - 1))));
                ask(MadeUpCouncil.DOCUMENT, "MadeUpChildren", Map.of());
                return 3;
            }
            finally {
                SecurityContextHolder.setContext(context);
            }
        });
    }

    /** A security context with {@code caller} signed in, for the warm-up's reads on this thread. */
    private static SecurityContext signedIn(Caller caller) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerToken(caller, null));
        return context;
    }

    /** The warm-up's caller: the fostering team and the commissioner of every council in the graph; none when it holds none. */
    Optional<Caller> internalCaller() {
        Set<String> councils = new LinkedHashSet<>(neo4j.query("MATCH (a:LocalAuthority) RETURN a.code AS code ORDER BY code")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString()).all());
        return councils.isEmpty() ? Optional.empty()
                : Optional.of(new Caller(CALLER_NAME, EnumSet.of(Role.FOSTERING, Role.COMMISSIONER), councils));
    }

    /** One operation of the warm-up document; a refusal (the warm-up no longer warms anything) is thrown, and logged by start. */
    WebGraphQlResponse ask(String operation, Map<String, Object> variables) {
        return ask(DOCUMENT, operation, variables);
    }

    /** One operation of a warm-up document, as {@link #ask(String, Map)}. */
    WebGraphQlResponse ask(String document, String operation, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("operationName", operation);
        body.put("variables", variables);
        WebGraphQlResponse response = graphQl.handleRequest(new WebGraphQlRequest(URI.create("http://localhost/graphql"),
                new HttpHeaders(), null, Map.of(), body, UUID.randomUUID().toString(), Locale.UK)).block(TIMEOUT);
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("The start-up warm-up's " + operation + " was refused: "
                    + (response == null ? "no answer" : response.getErrors()));
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    private static List<String> hubsAndSatellites(WebGraphQlResponse constellations) {
        Map<String, Object> data = constellations.getData();
        Map<String, Object> connection = (Map<String, Object>) data.get("constellations");
        return ((List<Map<String, Object>>) connection.get("edges")).stream()
                .map(edge -> (Map<String, Object>) edge.get("node"))
                .flatMap(node -> Stream.concat(Stream.of((Map<String, Object>) node.get("hub")),
                        ((List<Map<String, Object>>) node.get("satellites")).stream()))
                .map(household -> (String) household.get("id"))
                .toList();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A resource of the warm-up, as text. */
    static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
