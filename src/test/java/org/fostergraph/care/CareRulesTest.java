package org.fostergraph.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shared domain's rules, worked from the DfE's guide (shared/reference/ssda903.md) and the Mockingbird model. */
class CareRulesTest {

    @Test
    void internalIsTheCouncilsOwnProvisionAndParents() {
        assertThat(PlaceProvider.internalCodes()).containsExactly("PR0", "PR1");
        assertThat(List.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5").stream().map(PlaceProvider::isInternal))
                .containsExactly(true, true, false, false, false, false);
        // A temporary placement has no provider: not internal, and no exception.
        assertThat(PlaceProvider.isInternal(null)).isFalse();
        assertThat(PlaceProvider.isInternal("PR9")).isFalse();
        assertThat(PlaceProvider.isBoughtIn("PR4")).isTrue();
        assertThat(PlaceProvider.isBoughtIn("PR5")).isTrue();
        assertThat(PlaceProvider.isOtherPublic("PR2")).isTrue();
        assertThat(PlaceProvider.isOtherPublic("PR3")).isTrue();
    }

    @Test
    void eachPlaceCodeHasOneKind() {
        assertThat(List.of("U1", "U2", "U3").stream().map(PlaceKind::of)).containsOnly(PlaceKind.CONNECTED_PERSON_FOSTERING);
        assertThat(List.of("U4", "U5", "U6").stream().map(PlaceKind::of)).containsOnly(PlaceKind.FOSTERING);
        assertThat(List.of("K1", "K2", "R1").stream().map(PlaceKind::of)).containsOnly(PlaceKind.CHILDRENS_HOME);
        assertThat(List.of("H5", "K3", "P2").stream().map(PlaceKind::of)).containsOnly(PlaceKind.SUPPORTED_ACCOMMODATION);
        assertThat(PlaceKind.of("P1")).isEqualTo(PlaceKind.WITH_PARENTS);
        assertThat(PlaceKind.of("S1")).isEqualTo(PlaceKind.RESIDENTIAL_SCHOOL);
        assertThat(PlaceKind.of("P3")).isEqualTo(PlaceKind.RESIDENTIAL_EMPLOYMENT);
        assertThat(List.of("A3", "A4", "A5", "A6").stream().map(PlaceKind::of)).containsOnly(PlaceKind.ADOPTION);
        assertThat(List.of("R2", "R3", "R5").stream().map(PlaceKind::of)).containsOnly(PlaceKind.HEALTH_OR_CUSTODY);
        assertThat(List.of("T0", "T1", "T2", "T3", "T4").stream().map(PlaceKind::of)).containsOnly(PlaceKind.TEMPORARY);
        assertThat(List.of("Z1", "Z11", "Z14", "Q9").stream().map(PlaceKind::of)).containsOnly(PlaceKind.OTHER);
    }

    @Test
    void longAndShortTermFosteringAndTheCodesWithoutAProvider() {
        assertThat(List.of("U1", "U4").stream().allMatch(PlaceKind::isLongTermFostering)).isTrue();
        assertThat(List.of("U2", "U3", "U5", "U6", "K2").stream().noneMatch(PlaceKind::isLongTermFostering)).isTrue();
        assertThat(List.of("U3", "U6").stream().allMatch(PlaceKind::isShortTermFostering)).isTrue();
        assertThat(List.of("U1", "U2", "U4", "U5").stream().noneMatch(PlaceKind::isShortTermFostering)).isTrue();
        assertThat(List.of("U4", "K2", "P1", "A3").stream().noneMatch(PlaceKind::takesNoProvider)).isTrue();
        // The DfE's rule 178 (2022/23 to 2024/25): Z1 takes no provider, like Z11–Z14 after it.
        assertThat(List.of("T0", "T4", "Z1", "Z11", "Z14").stream().allMatch(PlaceKind::takesNoProvider)).isTrue();
    }

    @Test
    void theHomeOfAnImportedPlacementFollowsItsKindAndProvider() {
        assertThat(Provision.of("U4", "PR1")).isEqualTo(Provision.IN_HOUSE_FOSTERING);
        assertThat(Provision.of("U1", "PR1")).isEqualTo(Provision.CONNECTED_PERSON);
        assertThat(Provision.of("U3", "PR0")).isEqualTo(Provision.CONNECTED_PERSON);
        assertThat(Provision.of("U6", "PR0")).isEqualTo(Provision.OTHER);
        assertThat(Provision.of("U4", "PR2")).isEqualTo(Provision.OTHER_LA);
        assertThat(Provision.of("U6", "PR4")).isEqualTo(Provision.IFA_FOSTERING);
        assertThat(Provision.of("U6", "PR5")).isEqualTo(Provision.IFA_FOSTERING);
        assertThat(Provision.of("K2", "PR1")).isEqualTo(Provision.IN_HOUSE_RESIDENTIAL);
        assertThat(Provision.of("K2", "PR3")).isEqualTo(Provision.OTHER_LA);
        assertThat(Provision.of("K2", "PR4")).isEqualTo(Provision.PRIVATE_RESIDENTIAL);
        assertThat(Provision.of("R1", "PR5")).isEqualTo(Provision.VOLUNTARY_RESIDENTIAL);
        assertThat(Provision.of("K3", "PR4")).isEqualTo(Provision.SUPPORTED_ACCOMMODATION);
        assertThat(Provision.of("P1", "PR0")).isEqualTo(Provision.PARENTS);
        assertThat(Provision.of("T1", null)).isEqualTo(Provision.OTHER);
        assertThat(Provision.of("U4", null)).isEqualTo(Provision.OTHER);
    }

    @Test
    void whichHomesAPlacementKindCanBeWith() {
        assertThat(PlaceKind.FOSTERING.canBeWith(Provision.IN_HOUSE_FOSTERING)).isTrue();
        assertThat(PlaceKind.FOSTERING.canBeWith(Provision.PRIVATE_RESIDENTIAL)).isFalse();
        assertThat(PlaceKind.CHILDRENS_HOME.canBeWith(Provision.IFA_FOSTERING)).isFalse();
        assertThat(PlaceKind.CONNECTED_PERSON_FOSTERING.canBeWith(Provision.CONNECTED_PERSON)).isTrue();
        assertThat(PlaceKind.CONNECTED_PERSON_FOSTERING.canBeWith(Provision.IN_HOUSE_FOSTERING)).isFalse();
        assertThat(PlaceKind.TEMPORARY.canBeWith(Provision.IN_HOUSE_FOSTERING)).isTrue();
        assertThat(PlaceKind.SUPPORTED_ACCOMMODATION.describe()).isEqualTo("supported");
        assertThat(PlaceKind.CONNECTED_PERSON_FOSTERING.describe()).isEqualTo("connected person fostering");
    }

    @Test
    void placesNotAvailableAreVacantButNeitherOfferedNorHeld() {
        // 3 approved, 1 filled, 1 out of use: Ofsted's vacant is 2, of which 1 can be offered.
        Beds beds = new Beds(true, 3, 1, 0, 1, false);
        assertThat(beds.vacant()).isEqualTo(2);
        assertThat(beds.free()).isEqualTo(1);
        assertThat(beds.vacancies()).isEqualTo(1);
        // Out of use beyond what is vacant offers nothing, never less than nothing.
        assertThat(new Beds(true, 2, 1, 1, 3, false).vacancies()).isZero();
        // A hub: 4 approved, 1 filled, 1 out of use: 2 free are its sleepover beds, none offered.
        assertThat(new Beds(true, 4, 1, 0, 1, true).vacancies()).isZero();
        assertThat(new Beds(true, 4, 1, 0, 1, true).sleepoverBedsKept()).isEqualTo(2);
        assertThat(new Beds(false, 3, 0, 0, 1, false).vacant()).isZero();
    }

    @Test
    void aHubKeepsTwoSleepoverBedsAndOnlyAnApprovedHouseholdOffersBeds() {
        // 4 places, 1 filled, 0 held: 3 free; a hub offers 1 and keeps 2 for sleepovers.
        assertThat(new Beds(true, 4, 1, 0, true).free()).isEqualTo(3);
        assertThat(new Beds(true, 4, 1, 0, true).vacancies()).isEqualTo(1);
        assertThat(new Beds(true, 4, 1, 0, true).sleepoverBedsKept()).isEqualTo(2);
        // 4 places, 3 filled: 1 free; the hub offers none and keeps only 1.
        assertThat(new Beds(true, 4, 3, 0, true).vacancies()).isZero();
        assertThat(new Beds(true, 4, 3, 0, true).sleepoverBedsKept()).isEqualTo(1);
        // Not a hub: every free bed is offered; holds count; never below zero.
        assertThat(new Beds(true, 3, 1, 1, false).vacancies()).isEqualTo(1);
        assertThat(new Beds(true, 2, 2, 1, false).vacancies()).isZero();
        assertThat(new Beds(true, 2, 0, 0, false).sleepoverBedsKept()).isZero();
        // On hold: nothing offered.
        assertThat(new Beds(false, 3, 0, 0, false).vacancies()).isZero();
        assertThat(Beds.placesForPlacements(6, true)).isEqualTo(4);
        assertThat(Beds.placesForPlacements(6, false)).isEqualTo(6);
        assertThat(Beds.sleepoverBeds(true)).isEqualTo(2);
        assertThat(Beds.sleepoverBeds(false)).isZero();
    }

    @Test
    void unplannedEndingsAndUnits() {
        assertThat(PlacementEnding.unplannedCodes()).containsExactlyInAnyOrder("CREQB", "CREQO", "ALLEG", "STAND", "CLOSE", "APPRR");
        assertThat(PlacementEnding.isUnplanned("CARPL")).isFalse();
        assertThat(Distances.miles(1609.344)).isEqualTo(1.0);
        assertThat(Distances.metres(20)).isEqualTo(32186.88);
        assertThat(WeeklyCosts.defaults().of(Provision.IN_HOUSE_FOSTERING)).isEqualTo(396.0);
        assertThat(WeeklyCosts.defaults().of(Provision.IFA_FOSTERING)).isEqualTo(820.0);
    }

    @Test
    void theOpenOnADayFragmentsReadAsTheRuleSays() {
        assertThat(OpenPlacements.isOpen("p", "$day")).isEqualTo("(p.start <= $day AND p.openUntil > $day)");
        assertThat(OpenPlacements.expand("MATCH (h)<-[:WITH]-(p) WHERE PLACEMENT_OPEN_ON(p, $day) RETURN p"))
                .isEqualTo("MATCH (h)<-[:WITH]-(p) WHERE (p.start <= $day AND p.openUntil > $day) RETURN p");
    }
}
