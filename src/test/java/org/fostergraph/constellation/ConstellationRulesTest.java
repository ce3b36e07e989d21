package org.fostergraph.constellation;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/**
 * Fidelity and free beds on a small constellation built for each case. Today is 2026-11-24 (application-test.yaml).
 */
class ConstellationRulesTest extends HandBuiltGraphTest {

    @BeforeEach
    void aHubWithFiveSatellitesAndNoLiaisonWorker() {
        given("""
                CREATE (a:LocalAuthority {code: 'T', name: 'Test council'})
                CREATE (l:Locality {id: 'L1', name: 'Northtown', centre: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(a)
                CREATE (c:Constellation {id: 'C1', name: 'Northtown constellation', launched: date('2025-01-01')})
                CREATE (hub:Household {id: 'HUB', name: 'Hub home', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED',
                        approvedPlaces: 4})-[:IN]->(l)
                CREATE (hub)-[:HUB_OF {since: date('2025-01-01')}]->(c)
                WITH c, l
                UNWIND range(1, 5) AS n
                CREATE (s:Household {id: 'S' + n, name: 'Satellite ' + n, provision: 'IN_HOUSE_FOSTERING',
                        status: 'APPROVED', approvedPlaces: 2})-[:IN]->(l)
                CREATE (s)-[:SATELLITE_OF {since: date('2025-02-01')}]->(c)
                """);
    }

    private void placed(String childId, String householdId, String start, String end) {
        given("""
                MATCH (h:Household {id: $householdId})
                MERGE (c:Child {id: $childId}) ON CREATE SET c.dateOfBirth = date('2015-01-01'), c.sex = 'FEMALE'
                CREATE (c)-[:HAD]->(:Placement {id: $childId + '-' + $householdId, start: date($start),
                        end: CASE WHEN $end = '' THEN null ELSE date($end) END, placeCode: 'U4', providerCode: 'PR1',
                        weeklyCost: 400.0})-[:WITH]->(h)
                """, Map.of("childId", childId, "householdId", householdId, "start", start,
                "end", end == null ? "" : end));
    }

    @Test
    void fewerThanSixSatellitesAndNoLiaisonWorkerAreFidelityIssues() {
        var response = graphQl.documentName("constellation").variable("id", "C1").execute();

        response.path("constellation.fidelity.satelliteCount").entity(Integer.class).isEqualTo(5);
        response.path("constellation.fidelity.withinRange").entity(Boolean.class).isEqualTo(false);
        response.path("constellation.fidelity.issues").entityList(String.class).containsExactly(
                "Has 5 satellite households; the Mockingbird model needs 6 to 10.",
                "No liaison worker is assigned.");
        response.path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void placementsAtTheHubFillItsPlacesBeforeItsSleepoverBeds() {
        placed("K1", "HUB", "2026-01-10", null);
        var onePlaced = graphQl.documentName("householdVacancies").variable("id", "HUB").execute();
        onePlaced.path("household.vacancies").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("constellation").variable("id", "C1").execute()
                .path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(2);

        placed("K2", "HUB", "2026-02-10", null);
        placed("K3", "HUB", "2026-03-10", null);
        graphQl.documentName("householdVacancies").variable("id", "HUB").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(0);
        var response = graphQl.documentName("constellation").variable("id", "C1").execute();
        response.path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(1);
        response.path("constellation.fidelity.issues").entityList(String.class).contains(
                "The hub keeps 1 of its 2 sleepover beds free; placements fill the other bed.");
    }

    @Test
    void aPlacementEndingTodayFreesItsPlaceAndOneStartingTomorrowDoesNotYetTakeOne() {
        placed("K1", "S1", "2025-05-01", "2026-11-24");
        placed("K2", "S1", "2026-11-25", null);
        placed("K3", "S2", "2026-11-24", null);

        graphQl.documentName("householdVacancies").variable("id", "S1").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(2)
                .path("household.children").entityList(Object.class).hasSize(0);
        graphQl.documentName("householdVacancies").variable("id", "S2").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(1)
                .path("household.children[*].id").entityList(String.class).containsExactly("K3");
    }

    @Test
    void aHouseholdOnHoldOffersNoPlaceAndAHubOnHoldBreaksFidelity() {
        given("MATCH (h:Household) WHERE h.id IN ['S3', 'HUB'] SET h.status = 'ON_HOLD'");

        graphQl.documentName("householdVacancies").variable("id", "S3").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(0);
        var response = graphQl.documentName("constellation").variable("id", "C1").execute();
        response.path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(0);
        response.path("constellation.fidelity.issues").entityList(String.class)
                .contains("The hub household is on hold, so it cannot offer sleepovers.");
    }

    @Test
    void aSatelliteThatLeftIsNoLongerCountedAndBelongsToNoConstellation() {
        given("MATCH (:Household {id: 'S5'})-[m:SATELLITE_OF]->() SET m.until = date('2026-06-30')");

        graphQl.documentName("constellation").variable("id", "C1").execute()
                .path("constellation.satellites[*].id").entityList(String.class).containsExactly("S1", "S2", "S3", "S4")
                .path("constellation.fidelity.satelliteCount").entity(Integer.class).isEqualTo(4);
        graphQl.documentName("householdVacancies").variable("id", "S5").execute()
                .path("household.constellation").valueIsNull();
    }
}
