package org.fostergraph.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * Until the service is ready (and again once it shuts down) every request but the warm-up's and the health probes'
 * is answered 503 and reaches nothing behind the gate; once ready, all pass as before. The readiness is moved here by
 * the same event Spring Boot publishes, and put back after each test.
 */
class ReadinessGateTest extends SeededGraphTest {

    private static final String DOCUMENT = "{\"query\": \"{ constellations(first: 100) { totalCount } }\"}";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private WarmUpPass pass;

    @Autowired
    private StartUpWarmUp warmUp;

    @AfterEach
    void readyAgain() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void whileNotReadyAUsersRequestIsRefusedWithWhenToTryAgain() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        as("fostering").post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(DOCUMENT).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("fostergraph is starting up or shutting down and takes no requests now; "
                        + "try again shortly");
        // Ahead of the security filters: not even a request without credentials gets as far as a 401.
        anonymous().get().uri("/web/dashboard").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void whileNotReadyTheHealthProbesAndTheWarmUpStillPass() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        // The readiness probe itself says it is not ready (its own 503), in the health endpoint's body, not the gate's.
        anonymous().get().uri("/actuator/health").exchange()
                .expectBody().jsonPath("$.status").exists().jsonPath("$.detail").doesNotExist();
        String key = pass.open(warmUp.internalCaller().orElseThrow());
        try {
            anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(WarmUpPass.HEADER, key)
                    .bodyValue(DOCUMENT).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.data.constellations.totalCount").isEqualTo(3);
        }
        finally {
            pass.close();
        }
    }

    @Test
    void onceReadyEveryRequestPasses() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        as("fostering").post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(DOCUMENT).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.data.constellations.totalCount").isEqualTo(3);
        anonymous().get().uri("/web/dashboard").exchange().expectStatus().is3xxRedirection();
    }
}
