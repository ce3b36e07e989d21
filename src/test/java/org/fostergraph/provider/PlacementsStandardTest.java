package org.fostergraph.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Placements Data Standard (v2 draft) fields a referral maps to, worked by hand from the standard's placements.json. */
class PlacementsStandardTest {

    @Test
    void anEmergencySiblingPairWithNeedsMapsToTheStandardsOptions() {
        Map<String, Object> document = PlacementsStandard.of("EMERGENCY", "SHORT_TERM", List.of(), LocalDate.parse("2026-11-20"), List.of(
                new PlacementsStandard.ReferredChild("CH-1", List.of("COMMUNICATION", "THERAPEUTIC"), "Northtown"),
                new PlacementsStandard.ReferredChild("CH-2", List.of("DISABILITY"), null)));

        assertThat(document.get("standard")).isEqualTo(Map.of("title", "Placements Data Standard", "version", "v2",
                "status", "draft", "effectiveDate", "2025-07-18", "source", "https://github.com/SocialCareData/placements-standard"));
        // No living companions recorded: left out and named, never written as "No preference".
        assertThat(document.get("notHeld")).isEqualTo(List.of("Risks", "PlacementRequirements.livingCompanions",
                "PlacementRequirements.specificCommunicationRequirements", "PlacementRequirements.deprivationOfLiberty",
                "ActualPlacement"));
        List<?> children = (List<?>) document.get("children");
        assertThat(children).hasSize(2);
        assertThat(children.get(0)).isEqualTo(Map.of(
                "PlacementAvailability", Map.of("childId", "CH-1", "neededBy", "Today", "siblingCount", 1,
                        "preferredLocation", "Northtown"),
                "PlacementRequirements", Map.of("communicationNeeds", "Y", "culturalNeeds", "Not Known", "pets", "Not Known",
                        "additionalSupport", "therapeutic support"),
                "PlacementRecommendation", Map.of("fosterCareSuitability", "Preferred",
                        "residentialCareSuitability", "Not specified", "supportedAccommodationSuitability", "Not specified"),
                "QualityAssurance", Map.of("referralDate", "2026-11-20")));
        // No area known, and a disability: the home must be adapted; nothing said of therapy.
        assertThat(children.get(1)).isEqualTo(Map.of(
                "PlacementAvailability", Map.of("childId", "CH-2", "neededBy", "Today", "siblingCount", 1),
                "PlacementRequirements", Map.of("communicationNeeds", "Not Specified", "homeAdaptation", true,
                        "culturalNeeds", "Not Known", "pets", "Not Known"),
                "PlacementRecommendation", Map.of("fosterCareSuitability", "Preferred",
                        "residentialCareSuitability", "Not specified", "supportedAccommodationSuitability", "Not specified"),
                "QualityAssurance", Map.of("referralDate", "2026-11-20")));
    }

    @Test
    void aPlannedReferralForAChildrensHomeOrOfAnyKind() {
        Map<?, ?> residential = (Map<?, ?>) ((List<?>) PlacementsStandard.of("PLANNED", "RESIDENTIAL", List.of(), LocalDate.parse("2026-11-20"),
                List.of(new PlacementsStandard.ReferredChild("CH-3", List.of(), "Eastfield"))).get("children")).get(0);
        assertThat(((Map<?, ?>) residential.get("PlacementAvailability")).get("neededBy")).isEqualTo("in more than 5 days");
        assertThat(((Map<?, ?>) residential.get("PlacementAvailability")).get("siblingCount")).isEqualTo(0);
        assertThat(residential.get("PlacementRecommendation")).isEqualTo(Map.of("fosterCareSuitability", "Not specified",
                "residentialCareSuitability", "Preferred", "supportedAccommodationSuitability", "Not specified"));
        Map<?, ?> anyKind = (Map<?, ?>) ((List<?>) PlacementsStandard.of("PLANNED", null, List.of(), LocalDate.parse("2026-11-20"),
                List.of(new PlacementsStandard.ReferredChild("CH-4", List.of(), null))).get("children")).get(0);
        assertThat(anyKind.get("PlacementRecommendation")).isEqualTo(Map.of("fosterCareSuitability", "Not specified",
                "residentialCareSuitability", "Not specified", "supportedAccommodationSuitability", "Not specified"));
    }
}
