package org.fostergraph.security;

import java.io.IOException;
import java.net.URI;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The second half of the start-up warm-up: once the web server listens, and before the service says it is ready
 * (readiness follows the application's start), it sends the warm-up document's reads to itself over HTTP on the
 * loopback address for {@code fostergraph.warm-up.http-seconds}. Why, after {@link StartUpWarmUp} has already warmed
 * the GraphQL handler: a request also passes through the servlet container, the security filters, the GraphQL HTTP
 * handler and the JSON reader and writer, which the in-process warm-up never reaches; cold, they added about 3 ms to
 * every request for the first few thousand after a start (docs/PERFORMANCE.md). The requests sign in with a one-time
 * {@link WarmUpPass}, as the warm-up's own caller, which reads no child's record.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class HttpWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HttpWarmUp.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * Each read with a real answer once, then the smallest request 48 times: its cost is all the layers this stage warms
     * (the reads were warmed in process). Warm, the reports take about 33 ms over HTTP and the constellations 16 ms, the
     * smallest 1.3 ms; when they were two requests in six, they took nine tenths of the stage's ten seconds and the
     * smallest was asked about 450 times, too few for the JIT (docs/PERFORMANCE.md).
     */
    static final List<String> OPERATIONS = Stream.concat(Stream.of("WarmUpReports", "WarmUpConstellations"),
            Collections.nCopies(48, "WarmUpPing").stream()).toList();

    private final ApplicationContext context;
    private final StartUpWarmUp inProcess;
    private final WarmUpPass pass;
    private final JsonMapper json;
    private final Duration budget;
    private final int mostRequests;
    private volatile boolean running;

    HttpWarmUp(ApplicationContext context, StartUpWarmUp inProcess, WarmUpPass pass, JsonMapper json,
            WarmUpProperties properties) {
        this.context = context;
        this.inProcess = inProcess;
        this.pass = pass;
        this.json = json;
        this.budget = Duration.ofSeconds(properties.httpSeconds());
        this.mostRequests = properties.httpRequests();
    }

    /** Just after the web server has started: the requests need it listening. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;
    }

    @Override
    public void start() {
        running = true;
        WebServer server = context instanceof WebServerApplicationContext web ? web.getWebServer() : null;
        if (budget.isZero() || budget.isNegative() || mostRequests < 1 || server == null || server.getPort() <= 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            int requests = inProcess.internalCaller()
                    .map(caller -> warmUp(server.getPort(), caller, mostRequests, started + budget.toNanos()))
                    .orElse(0);
            log.info("Warmed up HTTP in {} ms: {} requests", (System.nanoTime() - started) / 1_000_000, requests);
        }
        catch (RuntimeException failed) {
            // As the in-process warm-up: it only makes the first requests quicker and must not stop the service starting.
            log.warn("The HTTP warm-up stopped after {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    failed.getMessage());
        }
    }

    /** Sends the warm-up's requests to {@code port} until the deadline or {@code most} requests; answers how many. */
    int warmUp(int port, Caller caller, int most, long deadlineNanos) {
        String key = pass.open(caller);
        try {
            URI graphQl = URI.create("http://127.0.0.1:" + port + WarmUpPass.PATH);
            List<byte[]> bodies = OPERATIONS.stream()
                    .map(operation -> json.writeValueAsBytes(Map.of("query", StartUpWarmUp.DOCUMENT, "operationName", operation)))
                    .toList();
            int requests = 0;
            while (requests < most && System.nanoTime() < deadlineNanos) {
                ask(graphQl, key, bodies.get(requests % bodies.size()));
                requests++;
            }
            return requests;
        }
        finally {
            pass.close();
        }
    }

    /**
     * One request through {@code HttpURLConnection} with its length fixed: the JDK's {@code HttpClient} managed only 303
     * requests in 10 s here (33 ms each, most likely its header and body sent apart, the body waiting for the server's
     * delayed acknowledgement), this 681 (docs/PERFORMANCE.md).
     */
    private void ask(URI graphQl, String key, byte[] body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) graphQl.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty(WarmUpPass.HEADER, key);
            try (var out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            byte[] answer;
            try (var in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            if (status != 200 || json.readTree(answer).has("errors")) {
                throw new IllegalStateException("The HTTP warm-up's request was refused: HTTP " + status);
            }
        }
        catch (IOException failed) {
            throw new IllegalStateException("The HTTP warm-up could not reach the service: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
