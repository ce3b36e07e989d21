package org.fostergraph.geo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo area's postcode-sector table (seed/postcode_sectors.csv). */
class PostcodeSectorTest extends SeededGraphTest {

    @Test
    void findsASectorHoweverItIsWrittenWithItsCentreAndLocality() {
        graphQl.document("{ postcodeSector(sector: \" ws3  3 \") { sector centre { latitude longitude } locality { id } } }").execute()
                .path("postcodeSector.sector").entity(String.class).isEqualTo("WS3 3")
                .path("postcodeSector.centre.latitude").entity(Double.class).isEqualTo(52.6172)
                .path("postcodeSector.centre.longitude").entity(Double.class).isEqualTo(-2.006)
                .path("postcodeSector.locality.id").entity(String.class).isEqualTo("LOC-NOR");
        graphQl.document("{ postcodeSector(sector: \"DY1 4\") { sector locality { id } } }").execute()
                .path("postcodeSector.sector").entity(String.class).isEqualTo("DY1 4")
                .path("postcodeSector.locality").valueIsNull();
        graphQl.document("{ postcodeSector(sector: \"ZZ9 9\") { sector } }").execute()
                .path("postcodeSector").valueIsNull();
    }

    @Test
    void refusesTextThatIsNotASector() {
        graphQl.document("{ postcodeSector(sector: \"Walsall\") { sector } }").execute().errors().satisfy(errors -> {
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT").containsEntry("field", "sector")
                    .containsEntry("value", "'Walsall'");
        });
    }

    @Test
    void aReferralFromASectorTheTableDoesNotHoldIsRefusedRatherThanPlacedWrongly() {
        graphQl.documentName("matchesForReferral").variable("referral", Map.of("children", List.of(Map.of("age", 9, "sex", "MALE")),
                "homePostcodeSector", "ZZ9 9")).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).isEqualTo("homePostcodeSector: the postcode-sector table does not "
                            + "hold this sector; give the location instead (got 'ZZ9 9')");
                });
    }

    @Test
    void writesSectorsOneWay() {
        assertThat(PostcodeSector.normalise("ws28")).isEqualTo("WS2 8");
        assertThat(PostcodeSector.normalise(" WV12   4")).isEqualTo("WV12 4");
        assertThat(PostcodeSector.normalise("ec1a 1")).isEqualTo("EC1A 1");
        assertThat(PostcodeSector.normalise("B5 4")).isEqualTo("B5 4");
        assertThat(PostcodeSector.normalise("12345")).isNull();
        assertThat(PostcodeSector.normalise("WS2 8AB")).isNull();
        assertThat(PostcodeSector.normalise("")).isNull();
    }
}
