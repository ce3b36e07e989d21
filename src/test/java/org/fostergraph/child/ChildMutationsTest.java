package org.fostergraph.child;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

class ChildMutationsTest extends ChangeTest {

    private static final Map<String, Object> NEW_CHILD = Map.of("dateOfBirth", "2019-05-20", "sex", "FEMALE",
            "needs", List.of("THERAPEUTIC", "EDUCATION_SUPPORT"), "homeLocalityId", "L1", "homePostcodeSector", "WS3 3",
            "homeLocation", Map.of("latitude", 52.62, "longitude", -2.01), "schoolName", "Millfield Primary School",
            "schoolLocation", Map.of("latitude", 52.63, "longitude", -2.02));

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void registersAChildWithoutANameAndWithHomeAndSchool() {
        String id = graphQl.documentName("registerChild").variable("input", NEW_CHILD).execute()
                .path("registerChild.dateOfBirth").entity(String.class).isEqualTo("2019-05-20")
                .path("registerChild.ageYears").entity(Integer.class).isEqualTo(7)
                .path("registerChild.needs").entityList(String.class).containsExactly("EDUCATION_SUPPORT", "THERAPEUTIC")
                .path("registerChild.homeLocality.id").entity(String.class).isEqualTo("L1")
                .path("registerChild.homeLocation.longitude").entity(Double.class).isEqualTo(-2.01)
                .path("registerChild.schoolName").entity(String.class).isEqualTo("Millfield Primary School")
                .path("registerChild.schoolLocation.latitude").entity(Double.class).isEqualTo(52.63)
                .path("registerChild.placements").entityList(Object.class).hasSize(0)
                .path("registerChild.currentPlacement").valueIsNull()
                .path("registerChild.id").entity(String.class).get();
        assertThat(id).matches("CH-[0-9A-F]{12}");
        assertThat(count("MATCH (c:Child {id: '" + id + "', createdBy: 'tester'})-[:HOME_IN]->(:Locality {id: 'L1'}) RETURN count(c)"))
                .isEqualTo(1);
    }

    @Test
    void refusesAnImpossibleChild() {
        expectRefused("registerChild", with(NEW_CHILD, "dateOfBirth", "2026-11-25"), "INVALID_ARGUMENT", "dateOfBirth",
                "'2026-11-25'");
        expectRefused("registerChild", with(NEW_CHILD, "dateOfBirth", "1990-01-01"), "INVALID_ARGUMENT", "dateOfBirth",
                "'1990-01-01'");
        expectRefused("registerChild", with(NEW_CHILD, "homeLocalityId", "L-404"), "NOT_FOUND", "homeLocalityId", "'L-404'");
        expectRefused("registerChild", with(NEW_CHILD, "schoolLocation", Map.of("latitude", 52, "longitude", 200)),
                "INVALID_ARGUMENT", "schoolLocation", "'52.0,200.0'");
        graphQl.documentName("registerChild").variable("input", with(NEW_CHILD, "needs", List.of("UNKNOWN_NEED"))).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("UNKNOWN_NEED"));
        assertThat(count("MATCH (c:Child) RETURN count(c)")).isEqualTo(35);
    }

    @Test
    void updatesWhereTheChildLivesTheirNeedsAndSiblingsTogether() {
        graphQl.documentName("childRecord")
                .variable("locations", Map.of("childId", "K1", "homePostcodeSector", "WS2 7", "schoolName", "Oak Lane Primary School",
                        "schoolLocation", Map.of("latitude", 52.59, "longitude", -2.0), "homeLocalityId", "L1"))
                .variable("needs", Map.of("childId", "K1", "needs", List.of("DISABILITY")))
                .variable("siblings", Map.of("childId", "K1", "siblingId", "K2"))
                .execute()
                .path("setChildLocations.homeLocality.id").entity(String.class).isEqualTo("L1")
                .path("setChildLocations.homePostcodeSector").entity(String.class).isEqualTo("WS2 7")
                .path("setChildLocations.schoolLocation.latitude").entity(Double.class).isEqualTo(52.59)
                .path("recordChildNeeds.needs").entityList(String.class).containsExactly("DISABILITY")
                .path("linkSiblings.siblings[*].id").entityList(String.class).containsExactly("K2");

        graphQl.documentName("setChildLocations").variable("input", Map.of("childId", "K1")).execute()
                .path("setChildLocations.homeLocality").valueIsNull();
        graphQl.documentName("changes").variable("subjectId", "K1").execute()
                .path("changes[*].operation").entityList(String.class)
                .satisfies(operations -> assertThat(operations).containsExactlyInAnyOrder("setChildLocations",
                        "recordChildNeeds", "linkSiblings", "setChildLocations"));
    }

    @Test
    void siblingsAreLinkedOnceAndBothWays() {
        graphQl.documentName("linkSiblings").variable("input", Map.of("childId", "K1", "siblingId", "K2")).execute()
                .path("linkSiblings.siblings[*].id").entityList(String.class).containsExactly("K2");
        graphQl.documentName("linkSiblings").variable("input", Map.of("childId", "K2", "siblingId", "K1")).execute()
                .path("linkSiblings.siblings[*].id").entityList(String.class).containsExactly("K1");

        assertThat(count("MATCH (:Child {id: 'K1'})-[s:SIBLING_OF]-(:Child {id: 'K2'}) RETURN count(s)")).isEqualTo(1);
        expectRefused("linkSiblings", Map.of("childId", "K1", "siblingId", "K1"), "INVALID_ARGUMENT", "siblingId", "'K1'");
        expectRefused("linkSiblings", Map.of("childId", "K1", "siblingId", "K-404"), "NOT_FOUND", "siblingId", "'K-404'");
    }
}
