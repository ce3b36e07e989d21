package org.fostergraph.household;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.fostergraph.SeededGraphTest;

class HouseholdQueriesTest extends SeededGraphTest {

    @Test
    void anInHouseHubWithItsTermsCarersChildrenAndConstellation() {
        graphQl.documentName("householdDetail").variable("id", "HH-IN-001").execute()
                .path("household.name").entity(String.class).isEqualTo("The Linford household")
                .path("household.provision").entity(String.class).isEqualTo("IN_HOUSE_FOSTERING")
                .path("household.internal").entity(Boolean.class).isEqualTo(true)
                .path("household.status").entity(String.class).isEqualTo("APPROVED")
                .path("household.statusSince").entity(String.class).isEqualTo("2012-10-01")
                .path("household.locality.name").entity(String.class).isEqualTo("Walsall Central")
                .path("household.postcodeSector").entity(String.class).isEqualTo("WS2 8")
                .path("household.location.latitude").entity(Double.class).isEqualTo(52.5926)
                .path("household.location.longitude").entity(Double.class).isEqualTo(-1.9951)
                .path("household.approvedPlaces").entity(Integer.class).isEqualTo(4)
                .path("household.vacancies").entity(Integer.class).isEqualTo(0)
                .path("household.ageMin").entity(Integer.class).isEqualTo(0)
                .path("household.ageMax").entity(Integer.class).isEqualTo(18)
                .path("household.approvalTypes").entityList(String.class)
                .containsExactly("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE")
                .path("household.bedrooms").entity(Integer.class).isEqualTo(5)
                .path("household.provider").valueIsNull()
                .path("household.carers[*].name").entityList(String.class).containsExactly("Rukhsana Linford")
                .path("household.children[*].id").entityList(String.class).containsExactly("CH-0002", "CH-0001")
                .path("household.constellation.id").entity(String.class).isEqualTo("CON-1")
                .path("household.constellationRole").entity(String.class).isEqualTo("HUB");
    }

    @Test
    void anAgencyHomeOutsideTheCouncilIsExternalAndRunByItsAgency() {
        graphQl.documentName("householdDetail").variable("id", "HH-IFA-005").execute()
                .path("household.provision").entity(String.class).isEqualTo("IFA_FOSTERING")
                .path("household.internal").entity(Boolean.class).isEqualTo(false)
                .path("household.locality").valueIsNull()
                .path("household.postcodeSector").entity(String.class).isEqualTo("WV11 3")
                .path("household.provider.name").entity(String.class).isEqualTo("Oakleaf Family Fostering")
                .path("household.provider.placeProviderCode").entity(String.class).isEqualTo("PR4")
                .path("household.approvedPlaces").entity(Integer.class).isEqualTo(2)
                .path("household.vacancies").entity(Integer.class).isEqualTo(0)
                .path("household.children[*].id").entityList(String.class).satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("CH-0243", "CH-0481"))
                .path("household.constellation").valueIsNull()
                .path("household.constellationRole").valueIsNull();
    }

    @Test
    void anUnknownHouseholdIsNull() {
        graphQl.documentName("householdDetail").variable("id", "HH-NOPE").execute()
                .path("household").valueIsNull();
    }
}
