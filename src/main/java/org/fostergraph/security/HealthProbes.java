package org.fostergraph.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The health probes' paths, Spring Boot's health endpoint and its groups (liveness, readiness): open to anyone, since
 * they tell nothing of any council (SecurityConfiguration), and answered while the service is not yet ready, since they
 * are what reports that (ReadinessGate).
 */
final class HealthProbes {

    private static final String PATH = "/actuator/health";

    private HealthProbes() {
    }

    /** As Spring Security's request matchers take them (a new array each time: an array's elements can be changed). */
    static String[] patterns() {
        return new String[] {PATH, PATH + "/**"};
    }

    static boolean isProbe(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }
}
