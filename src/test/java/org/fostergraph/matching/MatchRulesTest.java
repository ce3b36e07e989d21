package org.fostergraph.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.fostergraph.care.Provision;
import org.fostergraph.care.WeeklyCosts;
import org.fostergraph.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** The hard rules and the ranking, on households described by hand, with the default weights and costs. */
class MatchRulesTest {

    private static final MatchingProperties DEFAULTS = new MatchingProperties(30, 20, 5, 3, 90,
            new MatchingProperties.Weights(20, 30, 15, 10, 10, 10, 5, 5, 10, 15));
    private final MatchRules rules = new MatchRules(DEFAULTS, WeeklyCosts.defaults());

    /** An 8-year-old girl living in locality L1, needing a home within 30 miles. */
    private static MatchRequest child(int age, Set<MatchRequest.Risk> risks, boolean sharingAgreed) {
        return new MatchRequest(List.of("K1"), List.of(new MatchRequest.Subject(age, "FEMALE", List.of("MEDICAL"))),
                new GeoPoint(52.6, -2.0), new GeoPoint(52.61, -2.0), "L1", null, List.of("Welsh"), null, risks, Set.of(), Set.of(),
                Set.of(), sharingAgreed, null, 30, false);
    }

    /** An approved in-house carer in L1 for ages 0–18 with 3 places, none filled, in constellation C1. */
    private static HouseholdFacts carer(String id) {
        return new HouseholdFacts(id, Provision.IN_HOUSE_FOSTERING, "APPROVED", "L1", "WS2 8", 3, 0, List.of(), false, "C1",
                0, 18, List.of("SHORT_TERM", "LONG_TERM"), null, List.of(), null, List.of(), List.of());
    }

    @Test
    void aCouncilCarerNearHomeAndSchoolScoresEachPartShownToOneDecimal() {
        // Like the README's CH-0022 at HH-IN-027: 2.3 miles from home, 2.9 from school, same locality, constellation, £396.
        MatchCandidate candidate = rules.rank(child(8, Set.of(), false), carer("HH-1"), 2.3, 2.9);

        assertThat(candidate.reasons()).extracting(ScorePart::factor).containsExactly("COUNCIL_CARER", "HOME_DISTANCE",
                "SCHOOL_DISTANCE", "SCHOOL_CONTINUITY", "SAME_LOCALITY", "CONSTELLATION", "COST");
        // Each part to one decimal, the score their sum: 20; 30 × (1 − 2.3/30) = 27.7; 15 × (1 − 2.9/30) = 13.55 → 13.6;
        // school run 10; same locality 10; constellation 10; cost 15 × (820 − 396)/820 = 7.756… → 7.8. Sum 99.1.
        assertThat(candidate.reasons()).extracting(ScorePart::points).containsExactly(20.0, 27.7, 13.6, 10.0, 10.0, 10.0, 7.8);
        assertThat(candidate.score()).isEqualTo(99.1);
        assertThat(candidate.weeklyCost()).isEqualTo(396.0);
        assertThat(candidate.flags()).isEmpty();
    }

    @Test
    void anAgencyHomeFarFromHomeGetsNoCouncilOrCostPointsAndIsFlagged() {
        HouseholdFacts agency = new HouseholdFacts("IFA-1", Provision.IFA_FOSTERING, "APPROVED", null, "DY1 4", 2, 0, List.of(),
                false, null, 0, 18, List.of("LONG_TERM"), null, List.of("Welsh"), null, List.of("MEDICAL"), List.of());
        MatchCandidate candidate = rules.rank(child(8, Set.of(), false), agency, 24.0, null);

        // 30 × (1 − 24/30) = 6; a need met 10; Welsh 5; cost 0 (the agency is the reference).
        assertThat(candidate.reasons()).extracting(ScorePart::factor)
                .containsExactly("HOME_DISTANCE", "NEED_MET", "LANGUAGE", "COST");
        assertThat(candidate.score()).isEqualTo(21.0);
        assertThat(candidate.flags()).containsExactly(
                "More than 20 miles from home: needs the Director of Children's Services' approval.", "Outside the council's boundary.");
    }

    @Test
    void theFirstHardRuleAHouseholdFailsExcludesIt() {
        MatchRequest eight = child(8, Set.of(), false);
        assertThat(rules.exclusion(eight, carer("OK"), 2.3)).isNull();
        assertThat(rules.exclusion(eight, carer("FAR"), 31).rule()).isEqualTo("TOO_FAR");
        assertThat(rules.exclusion(eight, withStatus(carer("HOLD"), "ON_HOLD"), 2).rule()).isEqualTo("NOT_APPROVED");
        assertThat(rules.exclusion(child(17, Set.of(), false), withAges(carer("YOUNG"), 0, 10), 2).detail())
                .isEqualTo("Approved for ages 0 to 10; the child is 17.");
        // A hub with 4 places and 2 filled has 2 free, both kept for sleepovers.
        HouseholdFacts hub = new HouseholdFacts("HUB", Provision.IN_HOUSE_FOSTERING, "APPROVED", "L1", null, 4, 2, List.of(),
                true, "C1", 0, 18, List.of("LONG_TERM"), null, List.of(), null, List.of(), List.of(5, 7));
        assertThat(rules.exclusion(eight, hub, 2).detail())
                .isEqualTo("0 place(s) free for 1 child(ren); a hub's two sleepover beds are never offered for placements.");
        // Three foster children already, with a fourth place: the limit of three excludes it.
        HouseholdFacts full = new HouseholdFacts("FULL", Provision.IN_HOUSE_FOSTERING, "APPROVED", "L1", null, 4, 3, List.of(),
                false, null, 0, 18, List.of("LONG_TERM"), null, List.of(), null, List.of(), List.of(5, 7, 9));
        assertThat(rules.exclusion(eight, full, 2).rule()).isEqualTo("FOSTER_CHILD_LIMIT");
        // Two bedrooms, a 5-year-old there already: the 8-year-old needs a room of their own, and there is one.
        HouseholdFacts twoRooms = new HouseholdFacts("ROOMS", Provision.IN_HOUSE_FOSTERING, "APPROVED", "L1", null, 3, 1, List.of(),
                false, null, 0, 18, List.of("LONG_TERM"), 1, List.of(), null, List.of(), List.of(5));
        assertThat(rules.exclusion(eight, twoRooms, 2).rule()).isEqualTo("BEDROOMS");
        // Must not live with younger children, and a 5-year-old lives there.
        assertThat(rules.exclusion(child(8, Set.of(MatchRequest.Risk.NO_YOUNGER_CHILDREN), false),
                withChildren(carer("YOUNGER"), List.of(5)), 2).rule()).isEqualTo("RISK");
        assertThat(rules.exclusion(eight, withProvision(carer("KIN"), Provision.CONNECTED_PERSON), 2).rule())
                .isEqualTo("CONNECTED_PERSON_ONLY");
    }

    @Test
    void aChildsOwnHoldDoesNotCountAgainstThem() {
        HouseholdFacts heldForK1 = new HouseholdFacts("HELD", Provision.IN_HOUSE_FOSTERING, "APPROVED", "L1", null, 1, 0,
                List.of("K1"), false, null, 0, 18, List.of("LONG_TERM"), null, List.of(), null, List.of(), List.of());
        assertThat(rules.exclusion(child(8, Set.of(), false), heldForK1, 2)).isNull();
        assertThat(heldForK1.vacanciesFor(List.of("K2"))).isZero();
    }

    private static HouseholdFacts withStatus(HouseholdFacts h, String status) {
        return new HouseholdFacts(h.id(), h.provision(), status, h.localityId(), h.postcodeSector(), h.approvedPlaces(),
                h.openPlacements(), h.heldFor(), h.hub(), h.constellationId(), h.ageMin(), h.ageMax(), h.approvalTypes(),
                h.bedrooms(), h.languages(), h.religion(), h.skills(), h.childrenAges());
    }

    private static HouseholdFacts withAges(HouseholdFacts h, int min, int max) {
        return new HouseholdFacts(h.id(), h.provision(), h.status(), h.localityId(), h.postcodeSector(), h.approvedPlaces(),
                h.openPlacements(), h.heldFor(), h.hub(), h.constellationId(), min, max, h.approvalTypes(), h.bedrooms(),
                h.languages(), h.religion(), h.skills(), h.childrenAges());
    }

    private static HouseholdFacts withChildren(HouseholdFacts h, List<Integer> ages) {
        return new HouseholdFacts(h.id(), h.provision(), h.status(), h.localityId(), h.postcodeSector(), h.approvedPlaces(),
                ages.size(), h.heldFor(), h.hub(), h.constellationId(), h.ageMin(), h.ageMax(), h.approvalTypes(), h.bedrooms(),
                h.languages(), h.religion(), h.skills(), ages);
    }

    private static HouseholdFacts withProvision(HouseholdFacts h, Provision provision) {
        return new HouseholdFacts(h.id(), provision, h.status(), h.localityId(), h.postcodeSector(), h.approvedPlaces(),
                h.openPlacements(), h.heldFor(), h.hub(), h.constellationId(), h.ageMin(), h.ageMax(), h.approvalTypes(),
                h.bedrooms(), h.languages(), h.religion(), h.skills(), h.childrenAges());
    }
}
