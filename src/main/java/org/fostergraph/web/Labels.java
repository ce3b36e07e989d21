package org.fostergraph.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's codes in the words the pages show: exclusion rules, score factors, placement types, kinds of care,
 * needs, provision, statuses. One table, so a code reads the same on every page; a code it lacks reads as itself in
 * sentence case ("SOME_CODE" as "Some code"), and {@code LabelsTest} holds every code the API can answer to a label.
 */
final class Labels {

    static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        // Why a household cannot take the child (matching's exclusion rules).
        all.put("CURRENT_HOME", "Where the child lives now");
        all.put("PLACE_TO_AVOID", "A place to avoid");
        all.put("TOO_FAR", "Too far from home");
        all.put("NOT_APPROVED", "Not approved now");
        all.put("CONNECTED_PERSON_ONLY", "Approved for one child only (connected person)");
        all.put("APPROVAL_TYPE", "Not approved for this kind of care");
        all.put("AGE_OUTSIDE_TERMS", "Outside the approved age range");
        all.put("NO_VACANCY", "No free place");
        all.put("FOSTER_CHILD_LIMIT", "At the limit of three foster children");
        all.put("BEDROOMS", "Not enough bedrooms");
        all.put("RISK", "A risk to or from other children");
        // What a match's score is made of.
        all.put("S22C_ORDER", "Order the law sets (s22C)");
        all.put("COUNCIL_CARER", "The council's own carer");
        all.put("HOME_DISTANCE", "Near home");
        all.put("SCHOOL_DISTANCE", "Near school");
        all.put("SCHOOL_CONTINUITY", "Can stay at the same school");
        all.put("SAME_LOCALITY", "In the child's home area");
        all.put("NEED_MET", "Meets a need");
        all.put("LANGUAGE", "Speaks the child's language");
        all.put("RELIGION", "Shares the child's religion");
        all.put("CONSTELLATION", "In a Mockingbird constellation");
        all.put("COST", "Cost");
        // The placement mix's types.
        all.put("IN_HOUSE_FOSTERING", "In-house fostering");
        all.put("CONNECTED_PERSON_FOSTERING", "Connected-person fostering");
        all.put("IFA_FOSTERING", "Agency fostering (IFA)");
        all.put("COUNCIL_CHILDRENS_HOME", "Council children's home");
        all.put("PRIVATE_CHILDRENS_HOME", "Private children's home");
        all.put("OTHER", "Other");
        // Forecast care states and categories.
        all.put("IFA", "Agency fostering (IFA)");
        all.put("COUNCIL_HOME", "Council children's home");
        all.put("PRIVATE_HOME", "Private children's home");
        all.put("WITH_PARENTS", "Placed with parents");
        all.put("FOSTERING", "Fostering");
        all.put("RESIDENTIAL", "Residential");
        all.put("SUPPORTED", "Supported accommodation");
        // Kinds of care a household is approved for.
        all.put("SHORT_TERM", "Short-term");
        all.put("LONG_TERM", "Long-term");
        all.put("EMERGENCY", "Emergency");
        all.put("RESPITE", "Short breaks (respite)");
        all.put("PARENT_AND_CHILD", "Parent and child");
        all.put("DISABILITY", "Disability");
        all.put("CONNECTED_PERSON", "Connected person");
        all.put("SUPPORTED_ACCOMMODATION", "Supported accommodation");
        all.put("PARENTS", "With parents");
        // Needs.
        all.put("EDUCATION_SUPPORT", "Education support");
        all.put("THERAPEUTIC", "Therapeutic care");
        all.put("MEDICAL", "Medical");
        all.put("EMOTIONAL_BEHAVIOURAL", "Emotional and behavioural");
        all.put("COMMUNICATION", "Communication");
        // Provision.
        all.put("IN_HOUSE_RESIDENTIAL", "Council children's home");
        all.put("PRIVATE_RESIDENTIAL", "Private children's home");
        all.put("VOLUNTARY_RESIDENTIAL", "Voluntary children's home");
        all.put("OTHER_LA", "Another council");
        // Household statuses.
        all.put("ENQUIRY", "Enquiry");
        all.put("ASSESSMENT", "In assessment");
        all.put("APPROVED", "Approved");
        all.put("ON_HOLD", "On hold");
        all.put("DEREGISTERED", "Deregistered");
        all.put("UNREGISTERED", "Unregistered");
        all.put("HUB", "Hub");
        all.put("SATELLITE", "Satellite");
        // Urgency and sex.
        all.put("PLANNED", "Planned");
        all.put("FEMALE", "Female");
        all.put("MALE", "Male");
        all.put("UNKNOWN", "Not known");
        // The s22C order of preference.
        all.put("COUNCIL_FOSTER_CARER", "The council's own foster carer");
        all.put("OTHER_FOSTER_CARER", "An agency's or another council's foster carer");
        all.put("CHILDRENS_HOME", "A children's home");
        all.put("OTHER_ARRANGEMENT", "Another arrangement");
        // A referral sent to a provider, and the provider's answer.
        all.put("AWAITING", "Waiting for an answer");
        all.put("OFFERED", "Offered a home");
        all.put("DECLINED", "Declined");
        all.put("EXPIRED", "No answer in time");
        all.put("ACCEPTED", "Offer accepted");
        all.put("CLOSED", "Closed");
        all.put("OPEN", "Open");
        all.put("NEEDS_NOT_MET", "Cannot meet the children's needs");
        all.put("LOCATION", "Too far, or the wrong area");
        all.put("MATCHING_CONCERNS", "Concerns about matching with the children already there");
        all.put("INDEPENDENT_FOSTERING_AGENCY", "Independent fostering agency");
        all.put("VOLUNTARY_ORGANISATION", "Voluntary organisation");
        all.put("PRIVATE_CHILDRENS_HOMES", "Private children's homes");
        all.put("OTHER_LOCAL_AUTHORITY", "Another council");
        // Who a child can live alongside (matching's risks).
        all.put("ONLY_CHILD", "Must be the only foster child");
        all.put("NO_YOUNGER_CHILDREN", "Not with children younger than them");
        all.put("NO_OLDER_CHILDREN", "Not with children older than them");
        // A vacancy a provider published.
        all.put("NOTICE", "Notice given");
        all.put("AVAILABLE", "Free now");
        all.put("TAKEN", "Taken");
        all.put("LAPSED", "Lapsed");
        ALL = Map.copyOf(all);
    }

    private Labels() {
    }

    static String of(Object code) {
        if (code == null) {
            return "";
        }
        String text = String.valueOf(code);
        String label = ALL.get(text);
        if (label != null) {
            return label;
        }
        String words = text.toLowerCase(Locale.UK).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
