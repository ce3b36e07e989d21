package org.fostergraph;

/**
 * A second council beside the {@link SmallCouncil} (DEMO), for tests of what one council may do to another: OTHER, with
 * its locality LX, its approved in-house household HX (2 places, ages 0–18) and its child X1 (born 2015-06-01, living
 * in LX), all where DEMO's homes are.
 */
public final class OtherCouncil {

    public static final String CYPHER = """
            CREATE (a:LocalAuthority {code: 'OTHER', name: 'Another council'})
            CREATE (l:Locality {id: 'LX', name: 'Elsewhere', centre: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(a)
            CREATE (:Household {id: 'HX', council: 'OTHER', name: 'Household HX', provision: 'IN_HOUSE_FOSTERING',
                    status: 'APPROVED', statusSince: date('2020-01-01'), approvedPlaces: 2, ageMin: 0, ageMax: 18,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], location: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(l)
            CREATE (:Child {id: 'X1', council: 'OTHER', dateOfBirth: date('2015-06-01'), sex: 'MALE', needs: [],
                    homeLocation: point({latitude: 52.6, longitude: -2.0})})
            """;

    private OtherCouncil() {
    }
}
