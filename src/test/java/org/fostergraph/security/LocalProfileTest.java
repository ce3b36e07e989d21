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
     * The region's care cooperative: Northfield council's fostering service signs in as a provider and reads its own
     * published vacancy (seed/vacancies.csv), never the agency's, and the agency never Northfield's.
     */
    @Test
    void aCouncilInTheCooperativeSeesOnlyItsOwnVacanciesAsAProvider() {
        graphQlOver(as("northfield")).documentName("providerVacancies").execute()
                .path("providerVacancies[*].id").entityList(String.class).containsExactly("VAC-DEMO-3")
                .path("providerVacancies[*].home.id").entityList(String.class).containsExactly("HH-OLA-001");
        graphQlOver(as("provider")).documentName("providerVacancies").execute()
                .path("providerVacancies[*].id").entityList(String.class).containsExactly("VAC-DEMO-1", "VAC-DEMO-2");
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
