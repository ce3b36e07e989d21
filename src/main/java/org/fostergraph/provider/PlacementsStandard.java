package org.fostergraph.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A referral in SocialCareData's Placements Data Standard (v2, draft of 18 July 2025, its {@code placements.json}): the
 * entities PlacementAvailability, PlacementRequirements, PlacementRecommendation and QualityAssurance, one set a child,
 * as fostergraph holds them. What fostergraph does not record is left out and named in {@code notHeld}, never written as
 * a guess: the standard's Risks (each "No known risk" or "Risk Present") would otherwise say "no known risk" of a risk
 * nobody assessed here.
 */
final class PlacementsStandard {

    static final Map<String, Object> STANDARD = Map.of("title", "Placements Data Standard", "version", "v2", "status", "draft",
            "effectiveDate", "2025-07-18", "source", "https://github.com/SocialCareData/placements-standard");

    /** The standard's fields fostergraph holds nothing for: the council's case system completes them. */
    static final List<String> NOT_HELD = List.of("Risks", "PlacementRequirements.specificCommunicationRequirements",
            "PlacementRequirements.deprivationOfLiberty", "ActualPlacement");
    static final String LIVING_COMPANIONS_FIELD = "PlacementRequirements.livingCompanions";

    /**
     * The standard's {@code livingCompanions} options and the matching risks each is (none for the two that ask nothing
     * of a home): one table, read by the import and written by the export.
     */
    static final Map<String, Set<String>> LIVING_COMPANIONS = Map.of("Solo placement recommended", Set.of("ONLY_CHILD"),
            "With other children recommended", Set.of(), "Only with other older children", Set.of("NO_YOUNGER_CHILDREN"),
            "Only with other younger children", Set.of("NO_OLDER_CHILDREN"), "No preference", Set.of());

    /** The kinds of care that are foster care ("Preferred" for fosterCareSuitability when the referral asks one). */
    static final Set<String> FOSTERING = Set.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE", "PARENT_AND_CHILD",
            "DISABILITY", "CONNECTED_PERSON");
    private static final String NOT_SPECIFIED = "Not specified";

    private PlacementsStandard() {
    }

    /** A child of the referral as the export needs them. */
    record ReferredChild(String id, List<String> needs, String homeArea) {
    }

    /**
     * @param risks who the children can live alongside as the referral records them; written as {@code livingCompanions}
     *        when one of the standard's options says exactly that, else left out (none recorded is not "no preference")
     */
    static Map<String, Object> of(String urgency, String placementType, List<String> risks, LocalDate received,
            List<ReferredChild> children) {
        String companions = LIVING_COMPANIONS.entrySet().stream()
                .filter(option -> !option.getValue().isEmpty() && option.getValue().equals(Set.copyOf(risks)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("standard", STANDARD);
        List<String> notHeld = new ArrayList<>(NOT_HELD);
        if (companions == null) {
            notHeld.add(1, LIVING_COMPANIONS_FIELD);
        }
        document.put("notHeld", List.copyOf(notHeld));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ReferredChild child : children) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("PlacementAvailability", availability(child, urgency, children.size()));
            entry.put("PlacementRequirements", requirements(child.needs(), companions));
            entry.put("PlacementRecommendation", recommendation(placementType));
            entry.put("QualityAssurance", Map.of("referralDate", received.toString()));
            entries.add(entry);
        }
        document.put("children", entries);
        return document;
    }

    private static Map<String, Object> availability(ReferredChild child, String urgency, int together) {
        Map<String, Object> availability = new LinkedHashMap<>();
        // The standard types childId as an integer; a council's ids in fostergraph are text, and are written as they are.
        availability.put("childId", child.id());
        // fostergraph records urgency, not the day needed: an emergency is needed today; a planned move is taken as
        // "in more than 5 days", the standard's nearest band.
        availability.put("neededBy", "EMERGENCY".equals(urgency) ? "Today" : "in more than 5 days");
        availability.put("siblingCount", together - 1);
        if (child.homeArea() != null) {
            availability.put("preferredLocation", child.homeArea());
        }
        return availability;
    }

    private static Map<String, Object> requirements(List<String> needs, String livingCompanions) {
        Map<String, Object> requirements = new LinkedHashMap<>();
        requirements.put("communicationNeeds", needs.contains("COMMUNICATION") ? "Y" : "Not Specified");
        if (needs.contains("DISABILITY")) {
            requirements.put("homeAdaptation", true);
        }
        requirements.put("culturalNeeds", "Not Known");
        if (livingCompanions != null) {
            requirements.put("livingCompanions", livingCompanions);
        }
        requirements.put("pets", "Not Known");
        if (needs.contains("THERAPEUTIC")) {
            requirements.put("additionalSupport", "therapeutic support");
        }
        return requirements;
    }

    private static Map<String, Object> recommendation(String placementType) {
        Map<String, Object> recommendation = new LinkedHashMap<>();
        recommendation.put("fosterCareSuitability", placementType != null && FOSTERING.contains(placementType) ? "Preferred" : NOT_SPECIFIED);
        recommendation.put("residentialCareSuitability", "RESIDENTIAL".equals(placementType) ? "Preferred" : NOT_SPECIFIED);
        recommendation.put("supportedAccommodationSuitability", "SUPPORTED_ACCOMMODATION".equals(placementType) ? "Preferred"
                : NOT_SPECIFIED);
        return recommendation;
    }
}
