package org.fostergraph.security;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up's one-time key: its caller only on /graphql, from this machine, with the key, while it is open. */
class WarmUpPassTest {

    private static final Caller WARM_UP = new Caller(StartUpWarmUp.CALLER_NAME, EnumSet.of(Role.FOSTERING), Set.of("DEMO"));

    private final WarmUpPass pass = new WarmUpPass();

    @Test
    void admitsItsCallerWithTheOpenKeyOnTheGraphQlEndpointFromThisMachine() {
        String key = pass.open(WARM_UP);

        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", key))).contains(WARM_UP);
        assertThat(pass.callerOf(request("::1", "/graphql", key))).contains(WARM_UP);
    }

    @Test
    void admitsNothingElse() {
        String key = pass.open(WARM_UP);
        String another = new WarmUpPass().open(WARM_UP);

        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", null))).isEmpty();
        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", another))).isEmpty();
        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", "not base64 !"))).isEmpty();
        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", key.substring(1)))).isEmpty();
        assertThat(pass.callerOf(request("10.0.0.5", "/graphql", key))).isEmpty();
        assertThat(pass.callerOf(request("127.0.0.1", "/api/reports/forecast.csv", key))).isEmpty();
    }

    @Test
    void admitsNothingOnceClosedOrReopened() {
        String first = pass.open(WARM_UP);
        String second = pass.open(WARM_UP);

        assertThat(second).isNotEqualTo(first);
        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", first))).isEmpty();

        pass.close();

        assertThat(pass.callerOf(request("127.0.0.1", "/graphql", second))).isEmpty();
    }

    private static MockHttpServletRequest request(String from, String path, String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(from);
        if (key != null) {
            request.addHeader(WarmUpPass.HEADER, key);
        }
        return request;
    }
}
