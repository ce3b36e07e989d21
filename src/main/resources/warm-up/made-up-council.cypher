// A council made up for one round of the start-up warm-up (security.MadeUpCouncil): one constellation of a hub and
// four satellites, each satellite with two children placed today. Created inside a transaction that is always rolled
// back, so nothing of it is ever committed; no real person, place or record. Answers the households' ids, hub first.
// $code: the council's code, new each round; $today: the council's today.
CREATE (council:LocalAuthority {code: $code, name: 'Made-up council (start-up warm-up)', onsCode: $code})
CREATE (locality:Locality {id: $code + '-L', name: 'Made-up locality', centre: point({latitude: 52.5, longitude: -1.9})})-[:IN]->(council)
CREATE (constellation:Constellation {id: $code + '-C', council: $code, name: 'Made-up constellation', launched: $today - duration('P2Y')})
WITH council, locality, constellation
UNWIND range(0, 4) AS n
CREATE (household:Household {id: $code + '-H' + n, council: $code, name: 'Made-up household ' + n,
        provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', statusSince: $today - duration('P3Y'), postcodeSector: 'ZZ9 9',
        location: point({latitude: 52.5 + n / 100.0, longitude: -1.9}), approvedPlaces: 3, ageMin: 0, ageMax: 18,
        approvalTypes: ['SHORT_TERM', 'LONG_TERM'], bedrooms: 4, languages: ['English'], skills: [], pets: false})-[:IN]->(locality)
CREATE (:Carer {id: $code + '-K' + n, name: 'Made-up carer ' + n})-[:CARES_IN]->(household)
FOREACH (hub IN CASE WHEN n = 0 THEN [household] ELSE [] END |
    CREATE (hub)-[:HUB_OF {since: constellation.launched}]->(constellation))
FOREACH (satellite IN CASE WHEN n > 0 THEN [household] ELSE [] END |
    CREATE (satellite)-[:SATELLITE_OF {since: constellation.launched}]->(constellation)
    FOREACH (c IN range(1, 2) |
        CREATE (child:Child {id: $code + '-CH' + n + c, council: $code, dateOfBirth: $today - duration({years: 4 + 3 * c + n}),
                sex: CASE c WHEN 1 THEN 'FEMALE' ELSE 'MALE' END, ethnicity: 'WBRI', mother: '0', needs: [],
                homePostcodeSector: 'ZZ9 9', homeLocation: point({latitude: 52.51, longitude: -1.91})})-[:HOME_IN]->(locality)
        CREATE (child)-[:HAD]->(placement:Placement {id: $code + '-P' + n + c, start: $today - duration({months: 2 * c + n}),
                placeCode: 'U4', providerCode: 'PR1', weeklyCost: 396.0, legalStatus: 'C2', needCategory: 'N1',
                council: $code, openUntil: OPEN_UNTIL})-[:WITH]->(satellite)))
RETURN household.id AS id ORDER BY n
