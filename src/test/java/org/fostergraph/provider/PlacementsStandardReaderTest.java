package org.fostergraph.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.fostergraph.api.errors.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standard's fields read into fostergraph's referral and matching inputs, case by case. */
class PlacementsStandardReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void theExportReadsBackAsTheReferralItCameFrom() {
        Map<String, Object> exported = PlacementsStandard.of("EMERGENCY", "RESIDENTIAL", List.of("NO_YOUNGER_CHILDREN"), LocalDate.of(2026, 11, 20), List.of(
                new PlacementsStandard.ReferredChild("K1", List.of("THERAPEUTIC", "DISABILITY"), "Northtown"),
                new PlacementsStandard.ReferredChild("K2", List.of("COMMUNICATION"), null)));
        PlacementsStandardReader.ReadReferral read = PlacementsStandardReader.read(exported, null, TODAY);
        assertThat(read.childIds()).containsExactly("K1", "K2");
        assertThat(read.urgency()).isEqualTo("EMERGENCY");
        assertThat(read.placementType()).isEqualTo("RESIDENTIAL");
        assertThat(read.received()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(read.children().get(0).needs()).containsExactly("DISABILITY", "THERAPEUTIC");
        assertThat(read.children().get(1).needs()).containsExactly("COMMUNICATION");
        assertThat(read.risks()).containsExactly("NO_YOUNGER_CHILDREN");
        assertThat(((Map<?, ?>) ((Map<?, ?>) ((List<?>) exported.get("children")).get(0)).get("PlacementRequirements"))
                .get("livingCompanions")).isEqualTo("Only with other older children");
        assertThat(String.valueOf(exported.get("notHeld"))).doesNotContain("livingCompanions");
    }

    @Test
    void whoAChildCanLiveAlongsideIsMatchingsRisk() {
        for (Map.Entry<String, Set<String>> companions : Map.of("Solo placement recommended", Set.of("ONLY_CHILD"),
                "Only with other older children", Set.of("NO_YOUNGER_CHILDREN"), "Only with other younger children",
                Set.of("NO_OLDER_CHILDREN"), "No preference", Set.<String>of(), "With other children recommended",
                Set.<String>of()).entrySet()) {
            assertThat(PlacementsStandardReader.read(child(Map.of("livingCompanions", companions.getKey()),
                    Map.of("fosterCareSuitability", "Preferred")), "LONG_TERM", TODAY).risks()).isEqualTo(companions.getValue());
        }
    }

    @Test
    void aDocumentOutsideTheStandardsOptionsOrAskingTwoThingsAtOnceIsRefusedByItsPath() {
        refused(child(Map.of("pets", "Maybe"), Map.of()), null, "children[0].PlacementRequirements.pets");
        refused(child(Map.of(), Map.of("fosterCareSuitability", "Preferred", "residentialCareSuitability", "Preferred")), null,
                "children[0].PlacementRecommendation.residentialCareSuitability");
        refused(child(Map.of(), Map.of("residentialCareSuitability", "Preferred")), "LONG_TERM", "fosterCare");
        refused(child(Map.of(), Map.of("fosterCareSuitability", "Preferred")), "RESIDENTIAL", "fosterCare");
        refused(Map.of("children", List.of(Map.of("PlacementAvailability", Map.of("childId", "K1", "siblingCount", 1),
                "QualityAssurance", Map.of("referralDate", "2026-11-20")))), null, "children[0].PlacementAvailability.siblingCount");
        refused(Map.of("children", List.of(entry("K1", "Today"), entry("K2", "in more than 5 days"))), null,
                "children[1].PlacementAvailability.neededBy");
        refused(Map.of("children", List.of(entry("K1", "Today"), entry("K1", "Today"))), null,
                "children[1].PlacementAvailability.childId");
        refused(List.of(), null, "children");
    }

    private static Map<String, Object> entry(String childId, String neededBy) {
        return Map.of("PlacementAvailability", Map.of("childId", childId, "neededBy", neededBy),
                "QualityAssurance", Map.of("referralDate", "2026-11-20"));
    }

    private static Map<String, Object> child(Map<String, Object> requirements, Map<String, Object> recommendation) {
        return Map.of("children", List.of(Map.of("PlacementAvailability", Map.of("childId", 17), "PlacementRequirements",
                requirements, "PlacementRecommendation", recommendation, "QualityAssurance", Map.of("referralDate", "2026-11-20"))));
    }

    private static void refused(Object document, String fosterCare, String field) {
        assertThatThrownBy(() -> PlacementsStandardReader.read(document, fosterCare, TODAY))
                .isInstanceOf(InvalidArgumentException.class)
                .satisfies(refusal -> assertThat(((InvalidArgumentException) refusal).field()).isEqualTo(field));
    }
}
