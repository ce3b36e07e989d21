package org.fostergraph.web;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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

    private final WebGraphQlHandler graphQl;

    GraphQlGateway(WebGraphQlHandler graphQl) {
        this.graphQl = graphQl;
    }

    Answer execute(HttpServletRequest request, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(URI.create(request.getRequestURL().toString()),
                new HttpHeaders(), null, Map.of(), body, UUID.randomUUID().toString(), Locale.UK);
        WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block(TIMEOUT);
        if (response == null) {
            throw new IllegalStateException("The GraphQL API gave no answer");
        }
        Map<String, Object> data = response.getData();
        List<String> errors = response.getErrors().stream().map(ResponseError::getMessage).distinct().toList();
        return new Answer(data == null ? Map.of() : data, errors);
    }

    /**
     * One page of a connection filtered by home locality ({@code $localityId}, {@code $after}; the document also asks
     * for {@code localities}), its rows and paging put on the model beside the locality filter. Answers the connection.
     */
    Map<String, Object> localityPage(HttpServletRequest request, String document, String connectionField, String localityId,
            String after, String rowsAttribute, Model model) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("localityId", FormValues.blankToNull(localityId));
        variables.put("after", FormValues.blankToNull(after));
        Answer answer = execute(request, document, variables);
        Map<String, Object> connection = answer.object(connectionField);
        model.addAttribute("errors", answer.errors());
        model.addAttribute("localities", answer.list("localities"));
        model.addAttribute("localityId", localityId);
        model.addAttribute(rowsAttribute, Maps.nodes(connection));
        model.addAttribute("totalCount", connection.get("totalCount"));
        model.addAttribute("pageInfo", Maps.object(connection, "pageInfo"));
        return connection;
    }

    /** What the API answered: the data (empty when none) and each error message once. */
    record Answer(Map<String, Object> data, List<String> errors) {

        boolean ok() {
            return errors.isEmpty();
        }

        Map<String, Object> object(String field) {
            return Maps.object(data, field);
        }

        List<Map<String, Object>> list(String field) {
            return Maps.list(data, field);
        }
    }
}
