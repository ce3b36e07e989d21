package org.fostergraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.fostergraph.FostergraphApplication;
import org.fostergraph.benchmark.StatementRecorder.Statement;
import org.fostergraph.benchmark.Timings.Stats;
import org.fostergraph.neo4j.StoreLayout;
import org.fostergraph.seed.NationalGraphGenerator;
import org.fostergraph.seed.NationalGraphLoader;
import org.fostergraph.seed.NationalGraphShape;
import org.fostergraph.ssda903.SyntheticReturn;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * The national-scale benchmark ({@code ./mvnw -Pbenchmark verify}, docs/PERFORMANCE.md). Starts the service with the
 * in-process Neo4j on {@code benchmark.data}, generates the national graph there when the folder does not hold it yet,
 * then for each operation measures GraphQL over HTTP (1 and 8 clients, after a warm-up) against the same Cypher
 * statements replayed through a plain driver (the floor; from one client, a request and its replay in turn), counts the
 * statements per request, imports a 100,000-episode
 * SSDA903 return, and finally runs the service in a second JVM with a 1 GiB heap against the same database, out of
 * process, to watch its heap. Writes {@code benchmark.output}/national.json and national.md, and the table into
 * docs/PERFORMANCE.md between its benchmark markers.
 */
public final class NationalBenchmark {

    private static final String DOCUMENTS = "graphql-test/";
    static final String IMPORT_COUNCIL = "BENCH";
    private static final String MARKER_START = "<!-- national-benchmark:start -->";
    private static final String MARKER_END = "<!-- national-benchmark:end -->";

    record Options(Path data, Path output, double scale, Duration warmUp, Duration measure, String pageCache,
            boolean outOfProcess, boolean updateDocs, List<String> operations, boolean importReturn) {

        static Options fromSystemProperties() {
            return new Options(Path.of(System.getProperty("benchmark.data", "data/benchmark-national")).toAbsolutePath(),
                    Path.of(System.getProperty("benchmark.output", "target/benchmark")).toAbsolutePath(),
                    Double.parseDouble(System.getProperty("benchmark.scale", "1.0")),
                    Duration.ofSeconds(Long.parseLong(System.getProperty("benchmark.warm-up-seconds", "15"))),
                    Duration.ofSeconds(Long.parseLong(System.getProperty("benchmark.seconds", "10"))),
                    System.getProperty("benchmark.page-cache", "1GB"),
                    Boolean.parseBoolean(System.getProperty("benchmark.out-of-process", "true")),
                    Boolean.parseBoolean(System.getProperty("benchmark.update-docs", "true")),
                    List.of(System.getProperty("benchmark.operations", "").split(",")).stream().map(String::strip)
                            .filter(name -> !name.isEmpty()).toList(),
                    Boolean.parseBoolean(System.getProperty("benchmark.import", "true")));
        }

        /** A run limited to some operations (for working on one of them) measures those only. */
        boolean measures(Workload workload) {
            return operations.isEmpty() || operations.contains(workload.name());
        }

        boolean isFullRun() {
            return operations.isEmpty() && importReturn && outOfProcess;
        }
    }

    /** One operation: who asks, the document, the inputs it cycles through, and whether an input can be used once only. */
    record Workload(String name, String description, String user, String document, List<Map<String, Object>> inputs,
            boolean usesInputOnce) {
    }

    record RoundTrips(int min, int max, List<Integer> perInput, List<Integer> answerBytes) {
    }

    record Result(String name, String description, RoundTrips roundTrips, Stats graphQlOneClient, Stats floorOneClient,
            Stats graphQlEightClients, Stats floorEightClients, Double ratioP50OneClient, Double ratioP50EightClients,
            Stats outOfProcessEightClients) {
    }

    record ImportRun(String run, double seconds, String summary) {
    }

    record Memory(String shape, String maxHeap, double peakUsedMiB, double peakAfterGcMiB) {
    }

    record Report(String date, String commit, String machine, String java, String heapSettings, String graph,
            double loadSeconds, double storeMiB, List<Result> operations, List<ImportRun> ssda903Import,
            List<Memory> memory) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.fromSystemProperties();
        NationalGraphShape shape = options.scale() == 1.0 ? NationalGraphShape.england()
                : NationalGraphShape.england().scaled(options.scale());
        NationalGraphGenerator generator = new NationalGraphGenerator(shape);
        String council = generator.largestCouncil();
        int boltPort = freePort();
        StatementRecorder recorder = new StatementRecorder();
        List<String> service = serviceArguments(shape, council, generator.councilCodes());
        List<String> inProcess = new ArrayList<>(service);
        inProcess.addAll(List.of("--server.port=0", "--fostergraph.in-process-neo4j.directory=" + options.data(),
                "--fostergraph.in-process-neo4j.bolt-port=" + boltPort,
                "--fostergraph.in-process-neo4j.page-cache=" + options.pageCache()));
        log("Starting the service with the in-process Neo4j in " + options.data());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FostergraphApplication.class)
                .initializers(applicationContext -> applicationContext.getBeanFactory().addBeanPostProcessor(recorder))
                .run(inProcess.toArray(String[]::new));
        int exitCode = 0;
        try (Driver floor = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
            double loadSeconds = graph(context.getBean(NationalGraphLoader.class), generator, options);
            double storeMiB = directorySize(options.data()) / 1024.0 / 1024.0;
            resetEarlierRuns(floor, shape.referenceDate());
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            GraphQlHttp http = new GraphQlHttp(URI.create("http://127.0.0.1:" + port));
            List<Workload> workloads = workloads(floor, council, shape.referenceDate()).stream().filter(options::measures).toList();
            HeapWatch heap = HeapWatch.inThisJvm();
            List<Result> results = new ArrayList<>();
            for (Workload workload : workloads) {
                results.add(measure(workload, http, recorder, floor, options));
            }
            List<ImportRun> imports = options.importReturn() ? importReturn(http, options) : List.of();
            Memory inProcessMemory = heap.stop("service and Neo4j in one JVM (the default)", Runtime.getRuntime().maxMemory());
            List<Memory> memory = new ArrayList<>(List.of(inProcessMemory));
            if (options.outOfProcess()) {
                resetEarlierRuns(floor, shape.referenceDate());
                memory.add(outOfProcess(service, boltPort, options, floor, council, shape.referenceDate(), results));
            }
            Report report = new Report(ZonedDateTime.now().toLocalDate().toString(), commit(), machine(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    "benchmark JVM " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(argument -> argument.startsWith("-X")).toList() + ", Neo4j page cache " + options.pageCache(),
                    describe(shape), loadSeconds, Math.round(storeMiB * 10) / 10.0, results, imports, memory);
            write(report, options);
        }
        catch (RuntimeException failed) {
            failed.printStackTrace();
            exitCode = 1;
        }
        finally {
            context.close();
        }
        System.exit(exitCode);
    }

    // ---------------------------------------------------------------- the graph

    private static double graph(NationalGraphLoader loader, NationalGraphGenerator generator, Options options) {
        NationalGraphShape shape = generator.shape();
        var marker = loader.marker();
        if (marker.isPresent()) {
            var found = marker.get();
            if (found.generatorVersion() != NationalGraphGenerator.VERSION || found.seed() != shape.seed() || found.councils() != shape.councils() || found.childrenInCare() != shape.childrenInCare()) {
                throw new IllegalStateException(options.data() + " holds another generated graph (" + found
                        + "); delete the folder or set -Dbenchmark.data to another one");
            }
            if (found.relationshipGroupingThreshold() != StoreLayout.RELATIONSHIP_GROUPING_THRESHOLD) {
                // The same graph in another store layout reads differently: its households' relationships in one chain.
                throw new IllegalStateException(options.data() + " was loaded with relationships grouped from "
                        + found.relationshipGroupingThreshold() + " on a node where the database now groups them from "
                        + StoreLayout.RELATIONSHIP_GROUPING_THRESHOLD + "; delete the folder to load it again");
            }
            log("Using the national graph already in " + options.data() + " (loaded in " + found.loadSeconds() + " s)");
            return found.loadSeconds();
        }
        log("Generating and loading the national graph: " + describe(shape));
        return loader.load(generator).took().toMillis() / 1000.0;
    }

    private static String describe(NationalGraphShape shape) {
        return shape.councils() + " councils, " + shape.childrenInCare() + " children in care, " + shape.fosteringHouseholds()
                + " fostering households, " + shape.childrensHomes() + " children's homes, " + shape.constellations()
                + " constellations, " + shape.years() + " years of placements to " + shape.referenceDate() + " (seed "
                + shape.seed() + ")";
    }

    /**
     * Undoes what an earlier run changed, so that every run measures the same work: the placements the mutation made
     * for children awaiting one, and the council the SSDA903 import created.
     */
    private static void resetEarlierRuns(Driver driver, LocalDate today) {
        try (Session session = driver.session()) {
            session.run("""
                    MATCH (r:Referral {placementType: 'SHORT_TERM'})-[:FOR]->(c:Child)-[:HAD]->(p:Placement)
                    DETACH DELETE p
                    """).consume();
            session.run("""
                    MATCH (c:Child {council: $council})
                    CALL (c) { OPTIONAL MATCH (c)-[:HAD]->(p:Placement) DETACH DELETE p, c } IN TRANSACTIONS OF 2000 ROWS
                    """, Map.of("council", IMPORT_COUNCIL)).consume();
            session.run("""
                    MATCH (h:Household {council: $council})
                    CALL (h) { DETACH DELETE h } IN TRANSACTIONS OF 5000 ROWS
                    """, Map.of("council", IMPORT_COUNCIL)).consume();
        }
    }

    // ---------------------------------------------------------------- the operations

    private static List<Workload> workloads(Driver driver, String council, LocalDate today) {
        List<Map<String, Object>> constellations = ids(driver, """
                MATCH (c:Constellation {council: $council}) RETURN c.id AS id ORDER BY c.id
                """, council, today).stream().map(id -> Map.<String, Object>of("id", id)).toList();
        List<Map<String, Object>> localities = ids(driver, """
                MATCH (:Household)-[:HUB_OF]->(:Constellation {council: $council}), (l:Locality)-[:IN]->(:LocalAuthority {code: $council})
                WHERE EXISTS { (l)<-[:IN]-(:Household)-[:HUB_OF]->(:Constellation) }
                RETURN DISTINCT l.id AS id ORDER BY id
                """, council, today).stream().map(id -> Map.<String, Object>of("localityId", id, "first", 20)).toList();
        List<String> inCare = ids(driver, """
                MATCH (c:Child {council: $council})-[:HAD]->(p:Placement)
                WHERE p.start <= $today AND p.end IS NULL
                RETURN DISTINCT c.id AS id ORDER BY id
                """, council, today);
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            children.add(Map.of("childId", inCare.get(i * inCare.size() / 20)));
        }
        List<String> sectors = ids(driver, """
                MATCH (s:PostcodeSector)-[:IN]->(:Locality)-[:IN]->(:LocalAuthority {code: $council})
                RETURN s.sector AS id ORDER BY id
                """, council, today);
        List<Map<String, Object>> referrals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            referrals.add(Map.of("referral", Map.of(
                    "children", List.of(Map.of("age", 9, "sex", "FEMALE"), Map.of("age", 7, "sex", "MALE"),
                            Map.of("age", 4, "sex", "FEMALE")),
                    "homePostcodeSector", sectors.get(i * sectors.size() / 10),
                    "schoolPostcodeSector", sectors.get((i * sectors.size() / 10 + 1) % sectors.size()),
                    "urgency", "PLANNED")));
        }
        // Issue 28: a referral's broadcast, the providers whose homes pass every hard rule for its children (within the
        // default 30 miles, across every provider the council buys from).
        List<Map<String, Object>> openReferrals = ids(driver, """
                MATCH (r:Referral {council: $council})-[:FOR]->(c:Child) WHERE r.closed IS NULL AND c.homeLocation IS NOT NULL
                RETURN DISTINCT r.id AS id ORDER BY id LIMIT 20
                """, council, today).stream().map(id -> Map.<String, Object>of("referralId", id)).toList();
        Map<String, Object> mix = Map.of("groupBy", List.of("PLACEMENT_TYPE", "AGE_BAND"));
        Map<String, Object> trend = Map.of("from", today.minusMonths(24).toString(), "to", today.toString());
        return List.of(
                new Workload("constellation", "one constellation's structure (hub, satellites, children, beds, fidelity)",
                        "bench-fostering", document("constellation"), constellations, false),
                new Workload("constellationsInLocality", "every constellation of a locality, with the same structure",
                        "bench-fostering", document("constellationStructure"), localities, false),
                new Workload("matchesForChild", "ranked, explained matches for a child in care (30 miles)",
                        "bench-officer", document("matchesForChild"), children, false),
                new Workload("matchesForReferral", "matches for a referred sibling group of three",
                        "bench-officer", document("matchesForReferral"), referrals, false),
                new Workload("providersForReferral", "the providers a referral would be sent to (every external home that fits)",
                        "bench-officer", document("providersForReferral"), openReferrals, false),
                new Workload("stepDownOpportunities", "step-down opportunities of the whole council, first 20",
                        "bench-officer", document("stepDown"), List.of(Map.of("first", 20)), false),
                new Workload("placementMixCouncil", "placementMix of one council by placement type and age band",
                        "bench-commissioner", document("placementMix"), List.of(mix), false),
                new Workload("placementMixNational", "placementMix of all councils by placement type and age band",
                        "bench-national", document("placementMix"), List.of(mix), false),
                new Workload("placementMixTrend", "the council's internal/external trend over 24 month ends",
                        "bench-commissioner", document("placementMixTrend"), List.of(trend), false),
                new Workload("sufficiency", "the council's sufficiency by locality and age band",
                        "bench-commissioner", document("sufficiency"), List.of(Map.of()), false),
                new Workload("startPlacement", "placing a child awaiting a placement with an in-house carer",
                        "per-council officer", document("startPlacement"), placementsToStart(driver, today), true));
    }

    /**
     * Children awaiting a placement in every council, each paired with a different approved in-house carer of their
     * council with a free bed and terms for any age, so that every request is a placement the rules accept.
     */
    private static List<Map<String, Object>> placementsToStart(Driver driver, LocalDate today) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (r:Referral {placementType: 'SHORT_TERM'})-[:FOR]->(c:Child)
                    WHERE NOT EXISTS { (c)-[:HAD]->(:Placement) }
                    WITH c.council AS council, collect(c.id) AS children
                    CALL (council) {
                        MATCH (h:Household {council: council, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                        WHERE h.ageMin = 0 AND h.ageMax = 18 AND h.statusSince <= $today
                          AND NOT EXISTS { (h)-[:HUB_OF]->() }
                          AND h.approvedPlaces > COUNT { (h)<-[:WITH]-(p:Placement) WHERE p.end IS NULL OR p.end > $today }
                        RETURN collect(h.id) AS homes
                    }
                    UNWIND range(0, size(children) - 1) AS i
                    WITH council, i, children[i] AS child, homes[i] AS home WHERE home IS NOT NULL
                    RETURN council, child, home ORDER BY i, council
                    """, Map.of("today", today)).list(row -> Map.<String, Object>of(
                    "user", "officer-" + row.get("council").asString(),
                    "input", Map.of("childId", row.get("child").asString(), "householdId", row.get("home").asString(),
                            "start", today.toString(), "placeCode", "U6", "providerCode", "PR1", "weeklyCost", 396.0))));
        }
    }

    private static List<String> ids(Driver driver, String cypher, String council, LocalDate today) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, Map.of("council", council, "today", today))
                    .list(row -> row.get("id").asString()));
        }
    }

    private static String document(String name) {
        try (var in = NationalBenchmark.class.getClassLoader().getResourceAsStream(DOCUMENTS + name + ".graphql")) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- measuring

    /**
     * Each captured answer as a file ({@code benchmark.output}/answers/operation-n.json), so that two commits' answers
     * can be compared whole, not by their sizes alone.
     */
    private static void keepAnswer(Options options, Workload workload, int input, String answer) {
        try {
            Path answers = Files.createDirectories(options.output().resolve("answers"));
            Files.writeString(answers.resolve(workload.name() + "-" + input + ".json"), answer);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Result measure(Workload workload, GraphQlHttp http, StatementRecorder recorder, Driver floor, Options options) {
        log("Measuring " + workload.name() + " (" + workload.inputs().size() + " inputs)");
        AtomicLong next = new AtomicLong();
        // The statements of one request for each input: the round trips, and the work the floor replays. Every input, so
        // that the floor replays the same requests the GraphQL phases send in turn; it replayed the first five of a
        // matching's twenty, which happen to cost about what the twenty do (docs/PERFORMANCE.md), but need not.
        List<List<Statement>> captured = new ArrayList<>();
        List<Integer> answerBytes = new ArrayList<>();
        int capture = workload.usesInputOnce() ? 1 : workload.inputs().size();
        for (int i = 0; i < capture; i++) {
            int input = (int) next.getAndIncrement();
            String[] answer = new String[1];
            captured.add(recorder.record(() -> answer[0] = call(http, workload, input).toString()));
            answerBytes.add(answer[0].getBytes(StandardCharsets.UTF_8).length);
            keepAnswer(options, workload, i, answer[0]);
        }
        List<Integer> perInput = captured.stream().map(List::size).toList();
        RoundTrips roundTrips = new RoundTrips(perInput.stream().min(Integer::compare).orElse(0),
                perInput.stream().max(Integer::compare).orElse(0), perInput, answerBytes);
        int available = workload.inputs().size();
        IntConsumer graphQl = n -> {
            long input = next.getAndIncrement();
            if (workload.usesInputOnce() && input >= available) {
                throw new IllegalStateException("No more inputs for " + workload.name());
            }
            call(http, workload, (int) input);
        };
        // A mutation's inputs are shared by the warm-up, the two measured phases and the out-of-process run.
        int perPhase = workload.usesInputOnce() ? (available - 1) / 4 : Integer.MAX_VALUE;
        IntConsumer replay = n -> replay(floor, captured.get(n % captured.size()));
        warmUp(options, perPhase, graphQl, 8);
        // The mutation's floor replays one captured placement: from eight clients at once it would only deadlock on it.
        warmUp(options, Integer.MAX_VALUE, replay, workload.usesInputOnce() ? 1 : 8);
        // From one client, a request and its floor in turn: the ratio is read under the same conditions on both sides.
        Timings.Pair oneClient = Timings.alternate(options.measure(), 10, perPhase, graphQl, replay);
        Stats one = oneClient.first();
        Stats floorOne = oneClient.second();
        Stats eight = Timings.run(8, options.measure(), 16, perPhase, graphQl);
        // The mutation's floor replays one captured placement: eight clients replaying it at once would only deadlock
        // on the same child and household, which measures nothing the service does.
        Stats floorEight = workload.usesInputOnce() ? null : Timings.run(8, options.measure(), 16, Integer.MAX_VALUE, replay);
        log(String.format("  %s: round trips %s; GraphQL p50 %.1f ms (8 clients %.1f ms, %.1f/s); floor p50 %.1f ms",
                workload.name(), perInput, one.p50(), eight.p50(), eight.throughput(), floorOne.p50()));
        return new Result(workload.name(), workload.description(), roundTrips, one, floorOne, eight, floorEight,
                ratio(one.p50(), floorOne.p50()), floorEight == null ? null : ratio(eight.p50(), floorEight.p50()), null);
    }

    /**
     * Runs the work from {@code clients} at once for the warm-up time, then from one for a second: what is measured is
     * the service in its steady state, its code compiled. From one client a few seconds were a hundred requests of an
     * operation, and the first operations measured then ran mostly in the interpreter (a constellation took 60 ms a
     * request, then 11 ms once a few thousand requests had run).
     */
    private static void warmUp(Options options, int limit, IntConsumer work, int clients) {
        Timings.run(clients, options.warmUp(), 2 * clients, limit, work);
        Timings.run(1, Duration.ofSeconds(1), 3, limit, work);
    }

    @SuppressWarnings("unchecked")
    private static JsonNode call(GraphQlHttp http, Workload workload, int input) {
        Map<String, Object> chosen = workload.inputs().get(input % workload.inputs().size());
        if (workload.usesInputOnce()) {
            return http.execute((String) chosen.get("user"), workload.document(), Map.of("input", chosen.get("input")));
        }
        return http.execute(workload.user(), workload.document(), chosen);
    }

    /**
     * The request's statements through a plain driver in one transaction, every record fetched; a request that writes
     * is rolled back, so the floor repeats the same work without changing the graph (and without the commit's flush,
     * which makes the floor for the mutation a little low).
     */
    private static void replay(Driver driver, List<Statement> statements) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            boolean writes = false;
            for (Statement statement : statements) {
                tx.run(statement.text(), statement.withFreshIds()).list();
                writes |= statement.writes();
            }
            if (writes) {
                tx.rollback();
            }
            else {
                tx.commit();
            }
        }
    }

    private static Double ratio(double graphQl, double floor) {
        return floor <= 0 ? null : Math.round(graphQl / floor * 100) / 100.0;
    }

    // ---------------------------------------------------------------- SSDA903 import

    /** A fictional return of 100,000 episodes posted twice: the first import creates everything, the second nothing. */
    private static List<ImportRun> importReturn(GraphQlHttp http, Options options) throws IOException {
        Path folder = options.output().resolve("ssda903-100000");
        if (!Files.isRegularFile(folder.resolve("episodes.csv"))) {
            Files.createDirectories(folder);
            SyntheticReturn.write(100_000, folder);
        }
        RestClient client = RestClient.builder().baseUrl(http.base().toString()).build();
        List<ImportRun> runs = new ArrayList<>();
        for (String run : List.of("first import (everything created)", "same return again (nothing changed)")) {
            log("SSDA903 import: " + run);
            MultipartBodyBuilder parts = new MultipartBodyBuilder();
            parts.part("header", new FileSystemResource(folder.resolve("header.csv")));
            parts.part("episodes", new FileSystemResource(folder.resolve("episodes.csv")));
            long started = System.nanoTime();
            String summary = client.post().uri("/api/ssda903").header("Authorization", GraphQlHttp.basic("bench-admin"))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build()).retrieve().body(String.class);
            double seconds = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
            var json = GraphQlHttp.JSON.readTree(summary);
            runs.add(new ImportRun(run, seconds, "children " + json.get("children") + ", placements " + json.get("placements")));
            log("  " + seconds + " s: " + runs.get(runs.size() - 1).summary());
        }
        return runs;
    }

    // ---------------------------------------------------------------- the service in a JVM of its own

    /**
     * Runs the service in a second JVM with a 1 GiB heap against this JVM's Neo4j over Bolt (the database out of
     * process, as in a deployment), drives every operation from 8 clients, and samples its heap through the actuator.
     */
    private static Memory outOfProcess(List<String> service, int boltPort, Options options, Driver driver, String council,
            LocalDate today, List<Result> results) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), FostergraphApplication.class.getName()));
        command.addAll(service);
        command.addAll(List.of("--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--server.port=" + port,
                "--management.endpoints.web.exposure.include=health,info,metrics"));
        Files.createDirectories(options.output());
        Path logFile = options.output().resolve("out-of-process-service.log");
        log("Starting the service in its own JVM (-Xmx1g) against the database over Bolt; log in " + logFile);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            GraphQlHttp http = new GraphQlHttp(URI.create("http://127.0.0.1:" + port));
            waitUntilUp(http, process);
            HeapWatch heap = HeapWatch.overHttp(http);
            List<Workload> workloads = workloads(driver, council, today).stream().filter(options::measures).toList();
            for (int i = 0; i < workloads.size(); i++) {
                Workload workload = workloads.get(i);
                AtomicLong next = new AtomicLong();
                int perPhase = workload.usesInputOnce() ? workload.inputs().size() / 3 : Integer.MAX_VALUE;
                IntConsumer graphQl = n -> call(http, workload, (int) next.getAndIncrement());
                warmUp(options, perPhase, graphQl, 8);
                Stats eight = Timings.run(8, options.measure(), 16, perPhase, graphQl);
                log(String.format("  out of process, %s: 8 clients p50 %.1f ms, %.1f/s", workload.name(), eight.p50(), eight.throughput()));
                Result measured = results.get(i);
                results.set(i, new Result(measured.name(), measured.description(), measured.roundTrips(), measured.graphQlOneClient(),
                        measured.floorOneClient(), measured.graphQlEightClients(), measured.floorEightClients(),
                        measured.ratioP50OneClient(), measured.ratioP50EightClients(), eight));
            }
            return heap.stop("service alone, Neo4j out of process", 1024L * 1024 * 1024);
        }
        finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void waitUntilUp(GraphQlHttp http, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The out-of-process service stopped; see its log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(http.base().resolve("/actuator/health")).GET().build());
                if (response.statusCode() == 200) {
                    return;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The out-of-process service did not start within 3 minutes");
    }

    /** Samples heap use every 100 ms: the peak in use, and the peak left after a collection (what the service keeps). */
    private static final class HeapWatch {
        private final Thread thread;
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private volatile boolean running = true;

        private HeapWatch(LongSupplier used, LongSupplier afterGc) {
            thread = new Thread(() -> {
                while (running) {
                    peakUsed.accumulateAndGet(used.getAsLong(), Math::max);
                    peakAfterGc.accumulateAndGet(afterGc.getAsLong(), Math::max);
                    try {
                        Thread.sleep(100);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        static HeapWatch inThisJvm() {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            return new HeapWatch(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    () -> heap.stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed()).sum());
        }

        /** Heap in use, and the old generation's live data after the last collection (Micrometer's JVM GC metrics). */
        static HeapWatch overHttp(GraphQlHttp http) {
            Map<String, Long> last = new ConcurrentHashMap<>();
            return new HeapWatch(() -> metric(http, "jvm.memory.used?tag=area:heap", last),
                    () -> metric(http, "jvm.gc.live.data.size", last));
        }

        private static long metric(GraphQlHttp http, String path, Map<String, Long> last) {
            try {
                var response = http.send(HttpRequest.newBuilder(http.base().resolve("/actuator/metrics/" + path))
                        .header("Authorization", GraphQlHttp.basic("bench-admin")).GET().build());
                long value = (long) GraphQlHttp.JSON.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
                last.put(path, value);
                return value;
            }
            catch (RuntimeException unavailable) {
                return last.getOrDefault(path, 0L);
            }
        }

        Memory stop(String shape, long maxHeap) {
            running = false;
            thread.interrupt();
            return new Memory(shape, (maxHeap / 1024 / 1024) + " MiB", Math.round(peakUsed.get() / 1024.0 / 1024.0 * 10) / 10.0,
                    Math.round(peakAfterGc.get() / 1024.0 / 1024.0 * 10) / 10.0);
        }
    }

    // ---------------------------------------------------------------- configuration and output

    /**
     * The service's command line: the local profile (HTTP Basic), no demo council, the clock on the graph's day, and
     * users for the benchmark: one per role for the largest council, a commissioner of every council, an administrator
     * for the SSDA903 import's own council, and an officer for each council (the mutation places children everywhere).
     */
    private static List<String> serviceArguments(NationalGraphShape shape, String council, List<String> councils) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=local", "--fostergraph.seed.mode=never",
                "--fostergraph.today=" + shape.referenceDate(), "--logging.level.root=WARN",
                "--logging.level.org.fostergraph=WARN", "--spring.main.banner-mode=off",
                // Neo4j's notices (a property no node has yet, such as a former satellite's end) would be logged per request.
                "--logging.level.org.springframework.data.neo4j.cypher=ERROR"));
        List<String[]> users = new ArrayList<>();
        users.add(new String[] {"bench-fostering", "FOSTERING", council});
        users.add(new String[] {"bench-officer", "OFFICER", council});
        users.add(new String[] {"bench-commissioner", "COMMISSIONER", council});
        users.add(new String[] {"bench-admin", "ADMIN", IMPORT_COUNCIL});
        councils.forEach(code -> users.add(new String[] {"officer-" + code, "OFFICER", code}));
        for (int i = 0; i < users.size(); i++) {
            String[] user = users.get(i);
            arguments.add("--fostergraph.security.local-users[" + i + "].name=" + user[0]);
            arguments.add("--fostergraph.security.local-users[" + i + "].roles[0]=" + user[1]);
            arguments.add("--fostergraph.security.local-users[" + i + "].councils[0]=" + user[2]);
        }
        int national = users.size();
        arguments.add("--fostergraph.security.local-users[" + national + "].name=bench-national");
        arguments.add("--fostergraph.security.local-users[" + national + "].roles[0]=COMMISSIONER");
        for (int c = 0; c < councils.size(); c++) {
            arguments.add("--fostergraph.security.local-users[" + national + "].councils[" + c + "]=" + councils.get(c));
        }
        return arguments;
    }

    private static void write(Report report, Options options) throws IOException {
        Files.createDirectories(options.output());
        Path json = options.output().resolve("national.json");
        Files.writeString(json, GraphQlHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        String table = BenchmarkTable.markdown(report);
        Files.writeString(options.output().resolve("national.md"), table);
        log("Results in " + json + " and national.md");
        System.out.println(table);
        Path docs = Path.of("docs/PERFORMANCE.md");
        if (options.updateDocs() && options.isFullRun() && Files.isRegularFile(docs)) {
            String text = Files.readString(docs);
            int start = text.indexOf(MARKER_START);
            int end = text.indexOf(MARKER_END);
            if (start >= 0 && end > start) {
                Files.writeString(docs, text.substring(0, start + MARKER_START.length()) + "\n" + table
                        + text.substring(end));
                log("docs/PERFORMANCE.md updated");
            }
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String described = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? described : "unknown";
        }
        catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024) + " GiB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    private static long directorySize(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        catch (IOException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void log(String message) {
        System.out.println("[benchmark " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }

    private NationalBenchmark() {
    }
}
