package org.fostergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.fostergraph.GraphQlHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service's GraphQL reads each document from the cache once it has parsed it: the provider is installed. */
class DocumentCacheWiringTest extends GraphQlHttpTest {

    @Autowired
    private DocumentCache documents;

    @Test
    void aQueryTheServiceRanIsParsedOnceAndAnsweredAlike() {
        String document = "{ localities { id } } # DocumentCacheWiringTest";
        assertThat(documents.parsedEarlier(document)).isNull();
        var first = graphQl.document(document).execute().errors().verify().path("localities").entityList(Object.class).get();
        assertThat(documents.parsedEarlier(document)).isNotNull();
        var second = graphQl.document(document).execute().errors().verify().path("localities").entityList(Object.class).get();
        assertThat(second).isEqualTo(first);
        // A document that does not validate is refused each time, as before.
        graphQl.document("{ noSuchField }").execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        graphQl.document("{ noSuchField }").execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
    }
}
