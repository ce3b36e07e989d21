package org.fostergraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the service warms itself up before it takes requests ({@link StartUpWarmUp}).
 *
 * @param seconds at most this long (0: no warm-up, as in the tests)
 * @param rounds at most this many rounds of the warm-up's reads
 */
@ConfigurationProperties("fostergraph.warm-up")
record WarmUpProperties(@DefaultValue("30") int seconds, @DefaultValue("3000") int rounds) {
}
