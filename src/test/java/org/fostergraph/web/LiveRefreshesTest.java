package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A form's one-time message goes to the page the browser opens after the redirect, not to the live script's background
 * fetch of the same page that can reach the server first (the race that left the officer's page without "Sent referral
 * …" on a loaded machine).
 */
class LiveRefreshesTest {

    private static final String PAGE = "/web/referrals/REF-015";

    private final FlashMapManager flash = new LiveRefreshes().flashMapManager();
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aBackgroundFetchLeavesTheMessageForTheBrowsersOwnRequest() {
        sendTheFormThatRedirectsTo(PAGE);

        MockHttpServletRequest background = get(PAGE);
        background.addHeader(LiveRefreshes.HEADER, "1");
        assertThat(retrieve(background)).isNull();

        assertThat(retrieve(get(PAGE))).containsExactly(Map.entry("done", "Sent referral REF-015 to 1 provider."));
        assertThat(retrieve(get(PAGE))).as("given once").isNull();
    }

    @Test
    void withoutTheHeaderTheFirstRequestForThePageTakesItAsSpringDoes() {
        sendTheFormThatRedirectsTo(PAGE);

        assertThat(retrieve(get(PAGE))).containsExactly(Map.entry("done", "Sent referral REF-015 to 1 provider."));
    }

    @Test
    void theLiveScriptSendsTheHeader() throws IOException {
        try (InputStream script = new ClassPathResource("static/js/live-referral.js").getInputStream()) {
            assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).contains("'" + LiveRefreshes.HEADER + "': '1'");
        }
    }

    private void sendTheFormThatRedirectsTo(String page) {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", page + "/send");
        post.setSession(session);
        FlashMap message = new FlashMap();
        message.put("done", "Sent referral REF-015 to 1 provider.");
        message.setTargetRequestPath(page);
        flash.saveOutputFlashMap(message, post, new MockHttpServletResponse());
    }

    /** The messages the request is given, as a plain map (a FlashMap is also Comparable, which confuses assertThat). */
    private Map<String, Object> retrieve(MockHttpServletRequest request) {
        return flash.retrieveAndUpdate(request, new MockHttpServletResponse());
    }

    private MockHttpServletRequest get(String page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", page);
        request.setSession(session);
        return request;
    }
}
