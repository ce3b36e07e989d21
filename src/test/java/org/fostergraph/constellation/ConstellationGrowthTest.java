package org.fostergraph.constellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/**
 * Where the fostering team could grow: approved in-house households near a hub that are in no constellation (within
 * the 2-mile default), and the localities where no constellation has its hub.
 */
class ConstellationGrowthTest extends HandBuiltGraphTest {

    /** Degrees of latitude to go this many miles north (Neo4j measures on a sphere of radius 6,378,140 m). */
    private static double north(double miles) {
        return Math.toDegrees(miles * 1609.344 / 6_378_140);
    }

    @BeforeEach
    void aHubAndItsNeighbours() {
        given("""
                CREATE (home:Locality {id: 'L1', name: 'Northtown', centre: point({latitude: 52.6, longitude: -2.0})})
                CREATE (other:Locality {id: 'L2', name: 'Easton', centre: point({latitude: 52.6, longitude: -1.9})})
                CREATE (:Locality {id: 'L3', name: 'Southby', centre: point({latitude: 52.5, longitude: -2.0})})
                CREATE (:Locality {id: 'L0', name: 'Ashfield', centre: point({latitude: 52.7, longitude: -2.0})})
                CREATE (c:Constellation {id: 'C1', name: 'Northtown constellation', launched: date('2025-01-01')})
                CREATE (hub:Household {id: 'HUB', name: 'Hub home', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED',
                        approvedPlaces: 4, location: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(home)
                CREATE (hub)-[:HUB_OF {since: date('2025-01-01')}]->(c)
                CREATE (c2:Constellation {id: 'C2', name: 'Easton constellation', launched: date('2025-01-01')})
                CREATE (hub2:Household {id: 'HUB2', name: 'Easton hub', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED',
                        approvedPlaces: 4, location: point({latitude: 52.6 + $half, longitude: -2.0})})-[:IN]->(other)
                CREATE (hub2)-[:HUB_OF {since: date('2025-01-01')}]->(c2)
                WITH c, home
                UNWIND $households AS h
                CREATE (household:Household {id: h.id, name: h.id, provision: h.provision, status: h.status, approvedPlaces: 2,
                        location: point({latitude: 52.6 + h.north, longitude: -2.0}), council: h.council})-[:IN]->(home)
                FOREACH (_ IN CASE WHEN h.satellite = 'current' THEN [1] ELSE [] END |
                    CREATE (household)-[:SATELLITE_OF {since: date('2025-02-01')}]->(c))
                FOREACH (_ IN CASE WHEN h.satellite = 'former' THEN [1] ELSE [] END |
                    CREATE (household)-[:SATELLITE_OF {since: date('2025-02-01'), until: date('2026-01-31')}]->(c))
                """, Map.of("half", north(0.5), "households", List.of(
                household("ONE-MILE", north(1.0), "IN_HOUSE_FOSTERING", "APPROVED", "none", "DEMO"),
                household("NEARLY-TWO", north(1.9), "IN_HOUSE_FOSTERING", "APPROVED", "none", "DEMO"),
                household("TOO-FAR", north(2.5), "IN_HOUSE_FOSTERING", "APPROVED", "none", "DEMO"),
                household("AGENCY", north(0.2), "IFA_FOSTERING", "APPROVED", "none", "DEMO"),
                household("ON-HOLD", north(0.3), "IN_HOUSE_FOSTERING", "ON_HOLD", "none", "DEMO"),
                household("SATELLITE", north(0.4), "IN_HOUSE_FOSTERING", "APPROVED", "current", "DEMO"),
                household("LEFT", north(1.5), "IN_HOUSE_FOSTERING", "APPROVED", "former", "DEMO"),
                household("NEIGHBOURS", north(0.6), "IN_HOUSE_FOSTERING", "APPROVED", "none", "OTHER"))));
    }

    private static Map<String, Object> household(String id, double north, String provision, String status, String satellite,
            String council) {
        return Map.of("id", id, "north", north, "provision", provision, "status", status, "satellite", satellite,
                "council", council);
    }

    @Test
    void approvedInHouseHouseholdsNearTheHubInNoConstellationNearestFirst() {
        var response = graphQl.document("""
                { constellation(id: "C1") { growthCandidates { distanceMiles household { id } } } }
                """).execute().errors().verify();
        // Not: the other hub (0.5 mi), the agency home, the one on hold, the current satellite, the other council's
        // home, or the one 2.5 miles away. A former satellite may join again.
        response.path("constellation.growthCandidates[*].household.id").entityList(String.class)
                .containsExactly("ONE-MILE", "LEFT", "NEARLY-TWO");
        List<Double> miles = response.path("constellation.growthCandidates[*].distanceMiles").entityList(Double.class).get();
        assertThat(miles.get(0)).isCloseTo(1.0, within(0.001));
        assertThat(miles.get(1)).isCloseTo(1.5, within(0.001));
        assertThat(miles.get(2)).isCloseTo(1.9, within(0.001));
    }

    @Test
    void localitiesWhereNoConstellationHasItsHubByName() {
        graphQl.document("{ localitiesWithoutConstellation { id name } }").execute().errors().verify()
                .path("localitiesWithoutConstellation[*].name").entityList(String.class).containsExactly("Ashfield", "Southby");
    }
}
