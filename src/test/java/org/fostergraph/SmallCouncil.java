package org.fostergraph;

/**
 * A small council for the change tests, described on 2026-11-24 (the tests' today):
 * <ul>
 * <li>HH-A: in-house, approved, 2 places for ages 0–18, child K0 placed since 2026-01-05 → 1 vacancy</li>
 * <li>HH-B: in-house, approved, 3 places for ages 0–10, empty → 3 vacancies</li>
 * <li>HH-C: in-house, approved, 1 place; K99's placement there ran 2026-01-01 to 2026-09-01 → 1 vacancy</li>
 * <li>HH-HOLD: in-house, on hold; HH-IFA: agency (PR4) household with 2 places</li>
 * <li>HUB: hub of constellation C1, 4 places, 2 children → 0 vacancies, 2 sleepover beds free</li>
 * <li>children K1…K30 born 2018-03-01 (8 today), TEEN born 2010-01-01 (16 today), all without placements</li>
 * </ul>
 */
public final class SmallCouncil {

    public static final String CYPHER = """
            CREATE (a:LocalAuthority {code: 'DEMO', name: 'Test council'})
            CREATE (l:Locality {id: 'L1', name: 'Northtown', centre: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(a)
            CREATE (ifa:Provider {id: 'P-IFA', name: 'Acorn Fostering', kind: 'INDEPENDENT_FOSTERING_AGENCY', placeProviderCode: 'PR4'})
            WITH l, ifa
            UNWIND [
              {id: 'HH-A', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', places: 2, ageMax: 18},
              {id: 'HH-B', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', places: 3, ageMax: 10},
              {id: 'HH-C', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', places: 1, ageMax: 18},
              {id: 'HH-HOLD', provision: 'IN_HOUSE_FOSTERING', status: 'ON_HOLD', places: 2, ageMax: 18},
              {id: 'HH-IFA', provision: 'IFA_FOSTERING', status: 'APPROVED', places: 2, ageMax: 18},
              {id: 'HUB', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', places: 4, ageMax: 18}
            ] AS row
            CREATE (h:Household {id: row.id, name: 'Household ' + row.id, provision: row.provision, status: row.status,
                    statusSince: date('2020-01-01'), approvedPlaces: row.places, ageMin: 0, ageMax: row.ageMax,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], location: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(l)
            FOREACH (agency IN CASE WHEN row.provision = 'IFA_FOSTERING' THEN [ifa] ELSE [] END | CREATE (h)-[:RUN_BY]->(agency))
            WITH count(*) AS households
            MATCH (hub:Household {id: 'HUB'})
            CREATE (hub)-[:HUB_OF {since: date('2024-01-01')}]->(:Constellation {id: 'C1', name: 'Northtown constellation', launched: date('2024-01-01')})
            WITH hub
            UNWIND range(1, 30) AS n
            CREATE (:Child {id: 'K' + n, dateOfBirth: date('2018-03-01'), sex: 'FEMALE', needs: []})
            WITH hub, count(*) AS children
            CREATE (:Child {id: 'TEEN', dateOfBirth: date('2010-01-01'), sex: 'MALE', needs: []})
            CREATE (k0:Child {id: 'K0', dateOfBirth: date('2019-06-01'), sex: 'MALE', needs: []})
            CREATE (k99:Child {id: 'K99', dateOfBirth: date('2012-06-01'), sex: 'MALE', needs: []})
            CREATE (h1:Child {id: 'H1', dateOfBirth: date('2013-06-01'), sex: 'MALE', needs: []})
            CREATE (h2:Child {id: 'H2', dateOfBirth: date('2013-06-01'), sex: 'FEMALE', needs: []})
            WITH k0, k99, h1, h2, hub
            MATCH (a:Household {id: 'HH-A'}), (c:Household {id: 'HH-C'})
            CREATE (k0)-[:HAD]->(:Placement {id: 'PL-K0', start: date('2026-01-05'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 420.0})-[:WITH]->(a)
            CREATE (k99)-[:HAD]->(:Placement {id: 'PL-K99', start: date('2026-01-01'), end: date('2026-09-01'), endReason: 'E13',
                    placeCode: 'U6', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(c)
            CREATE (h1)-[:HAD]->(:Placement {id: 'PL-H1', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 500.0})-[:WITH]->(hub)
            CREATE (h2)-[:HAD]->(:Placement {id: 'PL-H2', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 500.0})-[:WITH]->(hub)
            """;

    private SmallCouncil() {
    }
}
