package org.fostergraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes requests only once the service says it is ready. The web server listens from the start of the HTTP warm-up
 * ({@link HttpWarmUp}), up to {@code fostergraph.warm-up.http-seconds} before the service is ready, and again while it
 * shuts down: a request that came in those seconds used to be served cold, sharing the cores with the warm-up (about
 * twice as slow as once warm, docs/PERFORMANCE.md), and slowed the warm-up in turn. Now it is answered 503 with
 * {@code Retry-After}, as a load balancer that follows readiness would answer it; only the warm-up's own requests and
 * the health probes (which report the readiness) pass. The readiness is Spring Boot's own ({@link ApplicationAvailability}),
 * the same the readiness probe reports.
 * <p>
 * A filter of the servlet container (a bean), ahead of everything else: a refused request reaches no security
 * filter, session or handler.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadinessGate extends OncePerRequestFilter {

    private static final int RETRY_AFTER_SECONDS = 5;
    private static final byte[] NOT_READY = """
            {"type":"about:blank","title":"Service Unavailable","status":503,\
            "detail":"fostergraph is starting up or shutting down and takes no requests now; try again shortly"}\
            """.getBytes(StandardCharsets.UTF_8);

    private final ApplicationAvailability availability;
    private final WarmUpPass warmUp;

    ReadinessGate(ApplicationAvailability availability, WarmUpPass warmUp) {
        this.availability = availability;
        this.warmUp = warmUp;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Refusing until Spring Boot says it accepts traffic (after the runners), and again once it is shutting down.
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || HealthProbes.isProbe(request) || warmUp.callerOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(NOT_READY.length);
        response.getOutputStream().write(NOT_READY);
    }
}
