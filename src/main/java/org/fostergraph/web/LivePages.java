package org.fostergraph.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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

    /** An event of {@code ReferralActivity.graphql}: how a referral's answers stand. */
    record ReferralEvent(ReferralCounts referralActivity) {
    }

    record ReferralCounts(String status, Integer awaiting, Integer offers, Integer declined, Integer expired,
            Integer vacanciesThatFit) {
    }

    /** An event of {@code ProviderActivity.graphql}: how the referrals sent to the provider stand. */
    record ProviderEvent(ProviderCounts providerActivity) {
    }

    record ProviderCounts(Integer waiting, Integer sent, Integer settled) {
    }

    private final GraphQlGateway graphQl;
    private final Duration heartbeat;

    /**
     * @param heartbeat how often a stream with nothing new sends a comment: a browser that has gone is noticed at the next
     *        one, and its subscription (reading the graph every few seconds) ends
     */
    LivePages(GraphQlGateway graphQl, @Value("${fostergraph.pages.live-heartbeat:PT5S}") Duration heartbeat) {
        this.graphQl = graphQl;
        this.heartbeat = heartbeat;
    }

    /** A referral's answers, for its officer's page (the officer's role and council checked by the API). */
    @GetMapping(path = "/web/referrals/{referralId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Object>> referral(HttpServletRequest request, @PathVariable String referralId) {
        return events(graphQl.subscribe(request, REFERRAL, Map.of("id", referralId), ReferralEvent.class));
    }

    /** The referrals sent to the signed-in provider, for the provider's pages. */
    @GetMapping(path = "/web/provider/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Object>> provider(HttpServletRequest request) {
        return events(graphQl.subscribe(request, PROVIDER, Map.of(), ProviderEvent.class));
    }

    /**
     * Each answer as a "changed" event with its counts, or a "refused" one with the errors (the stream then ends), with a
     * heartbeat comment between them until the stream ends.
     */
    private <T> Flux<ServerSentEvent<Object>> events(Flux<GraphQlGateway.Answer<T>> answers) {
        Flux<ServerSentEvent<Object>> changes = answers.map(answer -> answer.ok()
                ? ServerSentEvent.<Object>builder(answer.data()).event("changed").build()
                : ServerSentEvent.<Object>builder(answer.refusals()).event("refused").build());
        return changes.publish(shared -> Flux.merge(shared, Flux.interval(heartbeat)
                .map(tick -> ServerSentEvent.<Object>builder().comment("still listening").build())
                .takeUntilOther(shared.then(Mono.just(true)))));
    }
}
