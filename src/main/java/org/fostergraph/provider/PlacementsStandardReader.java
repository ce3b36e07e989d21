package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.referral.ReferralChanges;

/**
 * Reads a referral written in the Placements Data Standard ({@link PlacementsStandard}: a {@code children} list of entity
 * sets, as the export writes it) into what fostergraph's referral and matching take: the council's children by id, placed
 * together; the urgency from {@code neededBy}; the kind of care from the one kind {@code Preferred}; the day received;
 * the needs the requirements state; who the child can live alongside as matching's risks. Every categorical value is
 * checked against the standard's options, and a value that cannot be read is refused naming the field by its path
 * ({@code children[1].PlacementAvailability.neededBy}) and the value. What fostergraph has no place for (the Risks
 * entity's "Risk Present", culture, specific communication, pets, deprivation of liberty) is listed for the officer to
 * read, never dropped silently.
 */
final class PlacementsStandardReader {

    static final List<String> NEEDED_BY = List.of("Today", "in less than 5 days", "in more than 5 days");
    static final List<String> SUITABILITY = List.of("Preferred", "Suitable but not preferred", "Unsuitable", "Not specified");
    static final List<String> COMMUNICATION = List.of("Y", "N", "Not Specified");
    static final List<String> CULTURAL = List.of("Required", "Not required", "Not Known", "Other");
    static final List<String> PETS = List.of("Yes - must", "Yes - can", "No", "Not Known");
    static final List<String> ADDITIONAL_SUPPORT = List.of("additional supervision", "therapeutic support", "a worker for respite",
            "taxis to school", "NA", "other (please specify)");
    static final List<String> SPECIFIC_COMMUNICATION = List.of("ESOL", "BSL", "Makaton", "Other", "None");
    static final List<String> RISK = List.of("No known risk", "Risk Present");
    /** The Risks entity's categorical fields, in the standard's order. */
    static final List<String> RISK_FIELDS = List.of("riskSelfHarm", "riskSexualExploitation", "riskCriminalExploitation",
            "riskDrugAlcohol", "riskEatingDisorder", "riskMissing", "riskToOthersPhysical", "riskToOthersSexual",
            "riskToOthersFire", "riskToOthersAnimals", "riskToOthersCriminal");
    /** The kinds of foster care a foster-care referral may name; SHORT_TERM when it names none (the standard does not). */
    private static final Set<String> FOSTER_CARE = PlacementsStandard.FOSTERING;
    private static final int MAX_CHILDREN = ReferralChanges.MAX_CHILDREN;

    private PlacementsStandardReader() {
    }

    /**
     * A child as the document refers them.
     *
     * @param needs the needs its requirements state (COMMUNICATION, DISABILITY, THERAPEUTIC)
     * @param toRead what the document says that fostergraph cannot hold or check, in the standard's words
     */
    record ReadChild(String childId, List<String> needs, List<String> toRead) {
    }

    /**
     * @param placementType null when no kind of care is preferred (matching then takes the kind of the current placement)
     * @param risks matching's rules for who the children can live alongside
     */
    record ReadReferral(List<ReadChild> children, String urgency, String placementType, LocalDate received, Set<String> risks) {

        List<String> childIds() {
            return children.stream().map(ReadChild::childId).toList();
        }
    }

    /**
     * @param fosterCare the kind of foster care when the document prefers foster care (it does not say which); null for
     *        SHORT_TERM
     */
    static ReadReferral read(Object document, String fosterCare, LocalDate today) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("children") instanceof List<?> entries) || entries.isEmpty()
                || entries.size() > MAX_CHILDREN) {
            throw new InvalidArgumentException("children", document instanceof Map<?, ?> map ? map.get("children") : null,
                    "a list of 1 to " + MAX_CHILDREN + " children placed together, each the standard's PlacementAvailability, "
                            + "PlacementRequirements, PlacementRecommendation and QualityAssurance");
        }
        List<ReadChild> children = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> risks = new LinkedHashSet<>();
        String urgency = null;
        String preferred = null;
        LocalDate received = null;
        for (int i = 0; i < entries.size(); i++) {
            String at = "children[" + i + "]";
            Map<?, ?> entry = object(at, entries.get(i), true);
            Map<?, ?> availability = object(at + ".PlacementAvailability", entry.get("PlacementAvailability"), true);
            String childId = childId(at + ".PlacementAvailability.childId", availability.get("childId"));
            if (!ids.add(childId)) {
                throw new InvalidArgumentException(at + ".PlacementAvailability.childId", childId, "each child once");
            }
            String neededBy = option(at + ".PlacementAvailability.neededBy", availability.get("neededBy"), NEEDED_BY, false);
            // An emergency is a home today; a day or more ahead is planned (fostergraph's two urgencies).
            String childUrgency = "Today".equals(neededBy) ? "EMERGENCY" : "PLANNED";
            urgency = same(at + ".PlacementAvailability.neededBy", neededBy, urgency, childUrgency, "the children placed together "
                    + "are needed by one day");
            Object siblings = availability.get("siblingCount");
            if (siblings != null && !Objects.equals(number(siblings), entries.size() - 1)) {
                throw new InvalidArgumentException(at + ".PlacementAvailability.siblingCount", siblings, "the children of one "
                        + "referral are placed together: " + (entries.size() - 1) + " brothers and sisters in this document");
            }

            Map<?, ?> requirements = object(at + ".PlacementRequirements", entry.get("PlacementRequirements"), false);
            List<String> needs = new ArrayList<>();
            List<String> toRead = new ArrayList<>();
            String requirement = at + ".PlacementRequirements.";
            if ("Y".equals(option(requirement + "communicationNeeds", requirements.get("communicationNeeds"), COMMUNICATION, false))) {
                needs.add("COMMUNICATION");
            }
            Object adaptation = requirements.get("homeAdaptation");
            if (adaptation != null && !(adaptation instanceof Boolean)) {
                throw new InvalidArgumentException(requirement + "homeAdaptation", adaptation, "true or false");
            }
            if (Boolean.TRUE.equals(adaptation)) {
                needs.add("DISABILITY");
            }
            String support = option(requirement + "additionalSupport", requirements.get("additionalSupport"), ADDITIONAL_SUPPORT, false);
            if ("therapeutic support".equals(support)) {
                needs.add("THERAPEUTIC");
            }
            else if (support != null && !"NA".equals(support)) {
                toRead.add("additionalSupport: " + support);
            }
            String companions = option(requirement + "livingCompanions", requirements.get("livingCompanions"),
                    List.copyOf(PlacementsStandard.LIVING_COMPANIONS.keySet()), false);
            if (companions != null) {
                risks.addAll(PlacementsStandard.LIVING_COMPANIONS.get(companions));
            }
            String culture = option(requirement + "culturalNeeds", requirements.get("culturalNeeds"), CULTURAL, false);
            if ("Required".equals(culture) || "Other".equals(culture)) {
                toRead.add("culturalNeeds: " + culture);
            }
            String pets = option(requirement + "pets", requirements.get("pets"), PETS, false);
            if ("Yes - must".equals(pets) || "No".equals(pets)) {
                toRead.add("pets: " + pets);
            }
            for (String specific : options(requirement + "specificCommunicationRequirements",
                    requirements.get("specificCommunicationRequirements"), SPECIFIC_COMMUNICATION)) {
                if (!"None".equals(specific)) {
                    toRead.add("specificCommunicationRequirements: " + specific);
                }
            }
            Object liberty = requirements.get("deprivationOfLiberty");
            if (liberty != null && !(liberty instanceof Boolean)) {
                throw new InvalidArgumentException(requirement + "deprivationOfLiberty", liberty, "true or false");
            }
            if (Boolean.TRUE.equals(liberty)) {
                toRead.add("deprivationOfLiberty: true");
            }

            Map<?, ?> recommendation = object(at + ".PlacementRecommendation", entry.get("PlacementRecommendation"), false);
            String childPreferred = preferredKind(at + ".PlacementRecommendation", recommendation);
            preferred = same(at + ".PlacementRecommendation", childPreferred, preferred, childPreferred == null ? "" : childPreferred,
                    "the children placed together are referred for one kind of care");

            Map<?, ?> quality = object(at + ".QualityAssurance", entry.get("QualityAssurance"), true);
            LocalDate day = date(at + ".QualityAssurance.referralDate", quality.get("referralDate"), today);
            if (received != null && !received.equals(day)) {
                throw new InvalidArgumentException(at + ".QualityAssurance.referralDate", day.toString(), "one referral is "
                        + "received on one day (" + received + " above)");
            }
            received = day;

            Map<?, ?> riskEntity = object(at + ".Risks", entry.get("Risks"), false);
            for (String field : RISK_FIELDS) {
                if ("Risk Present".equals(option(at + ".Risks." + field, riskEntity.get(field), RISK, false))) {
                    toRead.add(field + ": Risk Present");
                }
            }
            for (String field : List.of("riskOther", "riskToOthersOther")) {
                if (riskEntity.get(field) instanceof String words && !words.isBlank()) {
                    toRead.add(field + ": " + words.strip());
                }
            }
            children.add(new ReadChild(childId, List.copyOf(needs), List.copyOf(toRead)));
        }
        return new ReadReferral(List.copyOf(children), urgency, placementType(preferred, fosterCare), received, Set.copyOf(risks));
    }

    /** The one kind of care {@code Preferred}: FOSTER, RESIDENTIAL, SUPPORTED_ACCOMMODATION, or null when none is. */
    private static String preferredKind(String at, Map<?, ?> recommendation) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("fosterCareSuitability", "FOSTER");
        kinds.put("residentialCareSuitability", "RESIDENTIAL");
        kinds.put("supportedAccommodationSuitability", "SUPPORTED_ACCOMMODATION");
        String preferred = null;
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            if ("Preferred".equals(option(at + "." + kind.getKey(), recommendation.get(kind.getKey()), SUITABILITY, false))) {
                if (preferred != null) {
                    throw new InvalidArgumentException(at + "." + kind.getKey(), "Preferred", "one kind of care is preferred "
                            + "(a referral asks for one; send another referral for another kind)");
                }
                preferred = kind.getValue();
            }
        }
        return preferred;
    }

    private static String placementType(String preferred, String fosterCare) {
        if (fosterCare != null && !FOSTER_CARE.contains(fosterCare)) {
            throw new InvalidArgumentException("fosterCare", fosterCare, "one of " + FOSTER_CARE.stream().sorted().toList());
        }
        if (fosterCare != null && !"FOSTER".equals(preferred)) {
            throw new InvalidArgumentException("fosterCare", fosterCare, "only for a referral that prefers foster care");
        }
        if (preferred == null || preferred.isEmpty()) {
            return null;
        }
        return "FOSTER".equals(preferred) ? (fosterCare == null ? "SHORT_TERM" : fosterCare) : preferred;
    }

    private static String same(String field, Object value, String before, String now, String why) {
        if (before != null && !before.equals(now)) {
            throw new InvalidArgumentException(field, value, why);
        }
        return now;
    }

    private static Map<?, ?> object(String field, Object value, boolean required) {
        if (value == null && !required) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidArgumentException(field, value, "the standard's " + field.substring(field.lastIndexOf('.') + 1)
                    + " entity, an object");
        }
        return map;
    }

    private static String childId(String field, Object value) {
        // The standard types childId as an integer; fostergraph's ids are text and either is read.
        if (value instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new InvalidArgumentException(field, value, "the council's id of a child in its care");
    }

    private static String option(String field, Object value, List<String> options, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (value instanceof String text && options.contains(text)) {
            return text;
        }
        throw new InvalidArgumentException(field, value, "one of the standard's options " + options);
    }

    private static List<String> options(String field, Object value, List<String> options) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidArgumentException(field, value, "a list of the standard's options " + options);
        }
        return list.stream().map(item -> option(field, item, options, true)).toList();
    }

    private static Integer number(Object value) {
        return value instanceof Integer || value instanceof Long ? ((Number) value).intValue() : null;
    }

    private static LocalDate date(String field, Object value, LocalDate today) {
        if (value instanceof String text) {
            try {
                LocalDate day = LocalDate.parse(text);
                if (!day.isAfter(today)) {
                    return day;
                }
                throw new InvalidArgumentException(field, text, "the day the referral was made: today (" + today + ") or before");
            }
            catch (DateTimeParseException e) {
                // refused below, with the value
            }
        }
        throw new InvalidArgumentException(field, value, "a date written as 2026-11-24");
    }
}
