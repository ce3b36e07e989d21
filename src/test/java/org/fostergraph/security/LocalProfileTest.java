package org.fostergraph.security;

import java.util.Map;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;

/** The local profile (the run command's) opens the schema and GraphiQL to signed-in users, and to no one else. */
class LocalProfileTest extends SeededGraphTest {

    @Test
    void aSignedInUserCanInspectTheSchema() {
        graphQlOver(as("officer")).document("{ __schema { queryType { name } } }").execute().errors().verify()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
        anonymous().post().uri("/graphql").bodyValue(Map.of("query", "{ __schema { queryType { name } } }")).exchange()
                .expectStatus().isUnauthorized();
    }

    /**
     * GraphiQL is a page of the pages' session (web.GraphiQlPage): before sign-in it sends you to sign in, as every page
     * does; a Basic password (the API's) is not asked for. WebPagesTest runs a query in it after the form sign-in.
     */
    @Test
    void graphiqlIsServedToASignedInUser() {
        anonymous().get().uri("/graphiql").exchange().expectStatus().isFound()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location).endsWith("/login"))
                .expectHeader().doesNotExist("WWW-Authenticate");
    }
}
