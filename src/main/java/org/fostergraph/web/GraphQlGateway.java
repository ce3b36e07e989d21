package org.fostergraph.web;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The pages ask the GraphQL API, in-process, exactly what an API client would: the same field rules, council scope,
 * disclosure control, request limits and read audit apply, and the pages hold no business rule of their own.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class GraphQlGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Reads answers into the pages' records; a field the document asks and the record lacks is a mistake to catch. */
    private static final JsonMapper ANSWERS = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final WebGraphQlHandler graphQl;

    GraphQlGateway(WebGraphQlHandler graphQl) {
        this.graphQl = graphQl;
    }

    /** Sends the document and reads the answer's data into {@code type}, a record of the fields the document asks. */
    <T> Answer<T> execute(HttpServletRequest request, String document, Map<String, Object> variables, Class<T> type) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        WebGraphQlResponse response = handle(request, body);
        return answer(response.getData(), response.getErrors().stream().map(Refusal::of).distinct().toList(), type);
    }

    /**
     * Starts a subscription and answers its events, each read into {@code type} as {@link #execute} reads an answer; a
     * subscription refused at the start (a role, an id) is one answer with the refusals and no data.
     */
    @SuppressWarnings("unchecked")
    <T> reactor.core.publisher.Flux<Answer<T>> subscribe(HttpServletRequest request, String document, Map<String, Object> variables,
            Class<T> type) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        WebGraphQlResponse response = handle(request, body);
        if (response.getExecutionResult().getData() instanceof org.reactivestreams.Publisher<?> events) {
            return reactor.core.publisher.Flux.from((org.reactivestreams.Publisher<graphql.ExecutionResult>) events)
                    .map(event -> answer(event.getData(), event.getErrors().stream()
                            .map(error -> new Refusal(error.getMessage(), null)).distinct().toList(), type));
        }
        return reactor.core.publisher.Flux.just(answer(null, response.getErrors().stream().map(Refusal::of).distinct().toList(),
                type));
    }

    private static <T> Answer<T> answer(Map<String, Object> data, List<Refusal> refusals, Class<T> type) {
        return new Answer<>(ANSWERS.convertValue(data == null ? Map.of() : data, type), refusals);
    }

    /** A request as a GraphQL client sends it ({@code query}, {@code variables}, {@code operationName}), answered whole. */
    Map<String, Object> raw(HttpServletRequest request, Map<String, Object> body) {
        return handle(request, body).toMap();
    }

    private WebGraphQlResponse handle(HttpServletRequest request, Map<String, Object> body) {
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(URI.create(request.getRequestURL().toString()),
                new HttpHeaders(), null, Map.of(), body, UUID.randomUUID().toString(), Locale.UK);
        WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block(TIMEOUT);
        if (response == null) {
            throw new IllegalStateException("The GraphQL API gave no answer");
        }
        return response;
    }

    /**
     * One page of rows filtered by home locality ({@code $localityId}, {@code $after}) and the page's own filters, its
     * rows, paging (previous and next) and the problems (those found before, then the API's) put on the model beside
     * the locality filter. Answers what the API answered.
     */
    <T extends Api.LocalityPage<?>> T localityPage(HttpServletRequest request, String document, Class<T> type, LocalityPaging page,
            Map<String, Object> filters, Problems problems, String rowsAttribute, Model model) {
        Map<String, Object> variables = new HashMap<>(filters);
        variables.put("localityId", FormValues.blankToNull(page.localityId()));
        variables.put("after", FormValues.blankToNull(page.after()));
        Answer<T> answer = execute(request, document, variables, type);
        Api.Paged<?> rows = answer.data().rows();
        model.addAttribute("problems", problems.refused(answer.refusals(), Map.of()));
        model.addAttribute("localities", Api.orEmpty(answer.data().localities()));
        model.addAttribute("localityId", page.localityId());
        model.addAttribute(rowsAttribute, rows.nodes());
        model.addAttribute("totalCount", rows.totalCount());
        model.addAttribute("pages", Paging.of(rows, page.size(), page.after(), page.trail()));
        return answer.data();
    }

    /**
     * Where a page of rows in one locality (or all) starts: after which cursor, the cursors of the pages before
     * it (for "Previous"), and the page size its document asks for.
     */
    record LocalityPaging(String localityId, String after, String trail, int size) {
    }

    /** What the API answered: the data (its fields null where the API gave none) and each refusal once. */
    record Answer<T>(T data, List<Refusal> refusals) {

        boolean ok() {
            return refusals.isEmpty();
        }
    }

    /** One of the API's errors: its message and the argument it names ({@code extensions.field}), when it names one. */
    record Refusal(String message, String field) {

        static Refusal of(ResponseError error) {
            Object field = error.getExtensions().get("field");
            return new Refusal(error.getMessage(), field == null ? null : String.valueOf(field));
        }
    }
}
