package org.fostergraph.matching;

/**
 * A small council for matching, on a north–south line through longitude −2.0 (0.01° of latitude is 0.69 miles
 * on Neo4j's WGS-84 sphere). Today is 2026-11-24.
 * <ul>
 * <li>C1: 8, home at 52.60 in Northtown, school at 52.61, placed with agency household IFA (U6, £820 a week)</li>
 * <li>NEAR (52.61, Northtown, satellite of K): 2 places, empty. MID (52.65, Southtown): 2 places, empty</li>
 * <li>HUB (52.605, hub of K): 4 places, 1 child (12) → 1 vacancy. FULL (52.602): 1 place, taken</li>
 * <li>PAUSED (52.603): on hold. KIN (52.604): connected person. FAR (52.95): 24 miles north, 2 places</li>
 * <li>BIG (52.62, Northtown): 3 places, 4 bedrooms, empty — the only home for three siblings</li>
 * </ul>
 */
final class Northtown {

    static final String CYPHER = """
            CREATE (a:LocalAuthority {code: 'DEMO', name: 'Northtown council'})
            CREATE (north:Locality {id: 'NORTH', name: 'Northtown', centre: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(a)
            CREATE (south:Locality {id: 'SOUTH', name: 'Southtown', centre: point({latitude: 52.65, longitude: -2.0})})-[:IN]->(a)
            CREATE (agency:Provider {id: 'ACORN', name: 'Acorn Fostering', kind: 'INDEPENDENT_FOSTERING_AGENCY', placeProviderCode: 'PR4'})
            CREATE (k:Constellation {id: 'K', name: 'Northtown constellation', launched: date('2024-01-01')})
            WITH north, south, agency, k
            UNWIND [
              {id: 'NEAR', lat: 52.61, locality: 'NORTH', places: 2, bedrooms: 2, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'MID', lat: 52.65, locality: 'SOUTH', places: 2, bedrooms: 2, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'HUB', lat: 52.605, locality: 'NORTH', places: 4, bedrooms: 4, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'FULL', lat: 52.602, locality: 'NORTH', places: 1, bedrooms: 1, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'PAUSED', lat: 52.603, locality: 'NORTH', places: 2, bedrooms: 2, provision: 'IN_HOUSE_FOSTERING', status: 'ON_HOLD'},
              {id: 'KIN', lat: 52.604, locality: 'NORTH', places: 2, bedrooms: 2, provision: 'CONNECTED_PERSON', status: 'APPROVED'},
              {id: 'FAR', lat: 52.95, locality: null, places: 2, bedrooms: 2, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'BIG', lat: 52.62, locality: 'NORTH', places: 3, bedrooms: 4, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'},
              {id: 'IFA', lat: 52.5, locality: null, places: 2, bedrooms: 2, provision: 'IFA_FOSTERING', status: 'APPROVED'},
              {id: 'IFA2', lat: 52.59, locality: null, places: 2, bedrooms: 2, provision: 'IFA_FOSTERING', status: 'APPROVED'}
            ] AS row
            CREATE (h:Household {id: row.id, name: 'Household ' + row.id, provision: row.provision, status: row.status,
                    statusSince: date('2020-01-01'), approvedPlaces: row.places, bedrooms: row.bedrooms, ageMin: 0, ageMax: 17,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], languages: ['English'], skills: [],
                    location: point({latitude: row.lat, longitude: -2.0})})
            FOREACH (l IN CASE row.locality WHEN 'NORTH' THEN [north] WHEN 'SOUTH' THEN [south] ELSE [] END | CREATE (h)-[:IN]->(l))
            FOREACH (p IN CASE WHEN row.provision = 'IFA_FOSTERING' THEN [agency] ELSE [] END | CREATE (h)-[:RUN_BY]->(p))
            WITH DISTINCT k, north
            MATCH (hub:Household {id: 'HUB'}), (near:Household {id: 'NEAR'})
            CREATE (hub)-[:HUB_OF {since: date('2024-01-01')}]->(k)
            CREATE (near)-[:SATELLITE_OF {since: date('2024-02-01')}]->(k)
            CREATE (c1:Child {id: 'C1', dateOfBirth: date('2018-03-01'), sex: 'FEMALE', needs: [],
                    homeLocation: point({latitude: 52.6, longitude: -2.0}), schoolLocation: point({latitude: 52.61, longitude: -2.0})})-[:HOME_IN]->(north)
            CREATE (resident:Child {id: 'R12', dateOfBirth: date('2014-01-01'), sex: 'MALE', needs: []})
            CREATE (taken:Child {id: 'R10', dateOfBirth: date('2016-01-01'), sex: 'MALE', needs: []})
            WITH c1, resident, taken, hub
            MATCH (ifa:Household {id: 'IFA'}), (full:Household {id: 'FULL'})
            CREATE (c1)-[:HAD]->(:Placement {id: 'P-C1', start: date('2025-01-01'), placeCode: 'U6', providerCode: 'PR4', weeklyCost: 820.0})-[:WITH]->(ifa)
            CREATE (resident)-[:HAD]->(:Placement {id: 'P-R12', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 396.0})-[:WITH]->(hub)
            CREATE (taken)-[:HAD]->(:Placement {id: 'P-R10', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 396.0})-[:WITH]->(full)
            """;

    private Northtown() {
    }
}
