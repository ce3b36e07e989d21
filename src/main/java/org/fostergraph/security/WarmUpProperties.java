package org.fostergraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the service warms itself up as it starts ({@link StartUpWarmUp}, then {@link HttpWarmUp}).
 *
 * @param seconds at most this long through the GraphQL handler, before the web server starts (0: none, as in the tests)
 * @param rounds at most this many rounds of the warm-up's reads through the handler
 * @param httpSeconds then at most this long over HTTP, once the web server has started (0: none)
 * @param httpRequests at most this many requests over HTTP
 */
@ConfigurationProperties("fostergraph.warm-up")
record WarmUpProperties(@DefaultValue("30") int seconds, @DefaultValue("3000") int rounds,
        @DefaultValue("10") int httpSeconds, @DefaultValue("10000") int httpRequests) {
}
