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

    @Test
    void graphiqlIsServedToASignedInUser() {
        as("officer").get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk();
        anonymous().get().uri("/graphiql?path=/graphql").exchange().expectStatus().isUnauthorized();
    }
}
