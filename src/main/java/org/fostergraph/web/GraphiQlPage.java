package org.fostergraph.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * GraphiQL for the signed-in user of the pages (the local profile turns it on: {@code fostergraph.graphiql.enabled}).
 * Its scripts and styles come from the jar's WebJars, not a CDN, so it works offline; it sends its queries to
 * {@code /web/graphql} with the page session and its CSRF token, which hands them to the same GraphQL handler as
 * {@code /graphql}: the same field rules, council scope, limits and read audit. Spring for GraphQL's own GraphiQL
 * (which loads from esm.sh and asks for a Basic password on /graphql) is off.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "fostergraph.graphiql.enabled", havingValue = "true")
@Controller
class GraphiQlPage {

    private final GraphQlGateway graphQl;

    GraphiQlPage(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    @GetMapping("/graphiql")
    String page() {
        return "graphiql";
    }

    /** One GraphQL request from GraphiQL, answered as /graphql answers it (data, errors, extensions). */
    @PostMapping(value = "/web/graphql", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> execute(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        return graphQl.raw(request, body);
    }
}
