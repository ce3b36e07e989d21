package org.fostergraph.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import reactor.core.publisher.Flux;

/**
 * The pages' live updates: the API's subscriptions, for the signed-in page user, as server-sent events that
 * {@code js/live-referral.js} listens to. Each event says only that something changed (counts, never a child's
 * details); the script then fetches the page again and replaces its live parts. Without scripts nothing listens, and
 * the pages are read by reloading them.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class LivePages {

    private static final String REFERRAL = PageDocuments.read("ReferralActivity");
    private static final String PROVIDER = PageDocuments.read("ProviderActivity");

    private final GraphQlGateway graphQl;

    LivePages(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    /** A referral's answers, for its officer's page (the officer's role and council checked by the API). */
    @GetMapping(path = "/web/referrals/{referralId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Map<String, Object>>> referral(HttpServletRequest request, @PathVariable String referralId) {
        return events(graphQl.subscribe(request, REFERRAL, Map.of("id", referralId)));
    }

    /** The referrals sent to the signed-in provider, for the provider's pages. */
    @GetMapping(path = "/web/provider/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Map<String, Object>>> provider(HttpServletRequest request) {
        return events(graphQl.subscribe(request, PROVIDER, Map.of()));
    }

    private static Flux<ServerSentEvent<Map<String, Object>>> events(Flux<Map<String, Object>> answers) {
        return answers.map(answer -> ServerSentEvent.<Map<String, Object>>builder(answer)
                .event(answer.containsKey("errors") ? "refused" : "changed").build());
    }
}
