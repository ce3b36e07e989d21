package org.fostergraph.isolation;

/**
 * The victim council of the two-council suite, OTHER, built over the same geography as the attacker (DEMO, the
 * {@link org.fostergraph.SmallCouncil}): its homes stand where DEMO's do, it shares DEMO's postcode sector WS1 1, and its
 * ids are the ids every attack names. Everything it holds carries its council, so that a dump of it is exact.
 */
final class CouncilB {

    static final String CODE = "OTHER";

    /** Ids of OTHER's records, as the attacks name them. */
    static final String CHILD = "B-K1";
    static final String UNPLACED_CHILD = "B-K2";
    static final String SIBLING = "B-K3";
    static final String HOUSEHOLD = "B-HH1";
    static final String SATELLITE = "B-HH2";
    static final String HUB = "B-HUB";
    static final String CONSTELLATION = "B-CON";
    static final String LOCALITY = "B-LOC";
    static final String SOCIAL_WORKER = "B-SW";
    static final String PLACEMENT = "PL-B1";
    static final String HOLD = "B-HOLD";
    static final String REFERRAL = "B-REF";
    /** OTHER's referral as sent to the agency DEMO uses too (P-IFA), and that agency's offer of a home for it. */
    static final String PROVIDER_REFERRAL = "B-PRF";
    static final String OFFER = "B-OFFER";
    /** A home of that agency on OTHER's list, and a vacancy the agency published there for OTHER's officers. */
    static final String AGENCY_HOME = "B-IFA";
    static final String VACANCY = "B-VAC";
    /** A child OTHER's own SSDA903 return brought in (the same return DEMO's administrator imports in an attack). */
    static final String IMPORTED_CHILD = "OTHER:C001";

    static final String CYPHER = """
            CREATE (b:LocalAuthority {code: 'OTHER', name: 'Another council'})
            CREATE (l:Locality {id: 'B-LOC', name: 'Border', centre: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(b)
            WITH l
            MATCH (shared:PostcodeSector {sector: 'WS1 1'})
            CREATE (shared)-[:IN]->(l)
            CREATE (sw:SocialWorker {id: 'B-SW', name: 'Liaison of OTHER', council: 'OTHER'})
            WITH l, sw
            UNWIND [
              {id: 'B-HH1', places: 3}, {id: 'B-HH2', places: 2}, {id: 'B-HUB', places: 4}
            ] AS row
            CREATE (h:Household {id: row.id, council: 'OTHER', name: 'Household ' + row.id, provision: 'IN_HOUSE_FOSTERING',
                    status: 'APPROVED', statusSince: date('2020-01-01'), approvedPlaces: row.places, ageMin: 0, ageMax: 18,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], languages: [], skills: [], postcodeSector: 'WS1 1',
                    location: point({latitude: 52.6, longitude: -2.0}), version: 0})-[:IN]->(l)
            WITH sw, count(*) AS households
            MATCH (hub:Household {id: 'B-HUB'}), (satellite:Household {id: 'B-HH2'}), (home:Household {id: 'B-HH1'})
            CREATE (hub)-[:HUB_OF {since: date('2024-01-01')}]->(c:Constellation {id: 'B-CON', council: 'OTHER',
                    name: 'Border constellation', launched: date('2024-01-01')})
            CREATE (satellite)-[:SATELLITE_OF {since: date('2024-02-01')}]->(c)
            CREATE (sw)-[:LIAISON_FOR]->(c)
            CREATE (k1:Child {id: 'B-K1', council: 'OTHER', dateOfBirth: date('2018-03-01'), sex: 'FEMALE', needs: [],
                    homeLocation: point({latitude: 52.61, longitude: -2.01}), homePostcodeSector: 'WS1 1', version: 0})
            CREATE (k2:Child {id: 'B-K2', council: 'OTHER', dateOfBirth: date('2016-03-01'), sex: 'MALE', needs: [],
                    homeLocation: point({latitude: 52.61, longitude: -2.01}), version: 0})
            CREATE (k3:Child {id: 'B-K3', council: 'OTHER', dateOfBirth: date('2014-03-01'), sex: 'MALE', needs: [],
                    homeLocation: point({latitude: 52.61, longitude: -2.01}), version: 0})
            CREATE (k2)-[:SIBLING_OF]->(k3)
            CREATE (k1)-[:HAD]->(:Placement {id: 'PL-B1', council: 'OTHER', start: date('2026-01-05'), placeCode: 'U4',
                    providerCode: 'PR1', weeklyCost: 420.0, openUntil: date('9999-12-31')})-[:WITH]->(home)
            CREATE (home)<-[:ON]-(:Hold {id: 'B-HOLD', reason: 'Introductions for OTHER', createdAt: datetime('2026-11-23T09:00:00Z'),
                    createdBy: 'b-officer', expiresAt: datetime('2026-11-25T09:00:00Z')})-[:FOR]->(k2)
            CREATE (referral:Referral {id: 'B-REF', council: 'OTHER', received: date('2026-11-01'), urgency: 'PLANNED',
                    openedBy: 'b-officer', openedAt: datetime('2026-11-01T09:00:00Z')})-[:FOR]->(k3)
            WITH referral, home
            MATCH (agency:Provider {id: 'P-IFA'})
            CREATE (referral)<-[:OF]-(sent:ProviderReferral {id: 'B-PRF', council: 'OTHER', provider: 'P-IFA',
                    sent: datetime('2026-11-23T09:00:00Z'), respondBy: datetime('2026-11-26T09:00:00Z'), status: 'OFFERED',
                    maxDistanceMiles: 30.0, sentBy: 'b-officer'})-[:TO]->(agency)
            CREATE (sent)-[:ANSWERED_WITH]->(:Offer {id: 'B-OFFER', council: 'OTHER', provider: 'P-IFA',
                    made: datetime('2026-11-23T12:00:00Z'), madeBy: 'agency', start: date('2026-11-24'), weeklyCore: 900.0,
                    weeklyAdditional: 0.0, weeklyEducation: 0.0, status: 'OPEN'})-[:AT]->(home)
            CREATE (agencyHome:Household {id: 'B-IFA', council: 'OTHER', name: 'Household B-IFA', provision: 'IFA_FOSTERING',
                    status: 'APPROVED', statusSince: date('2020-01-01'), approvedPlaces: 2, ageMin: 0, ageMax: 18,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], languages: [], skills: [], postcodeSector: 'WS1 1',
                    location: point({latitude: 52.6, longitude: -2.0}), version: 0})-[:RUN_BY]->(agency)
            CREATE (:Vacancy {id: 'B-VAC', provider: 'P-IFA', council: 'OTHER', places: 2, availableFrom: date('2026-12-08'),
                    carerProfile: 'Carers for OTHER', published: datetime('2026-11-23T10:00:00Z'), publishedBy: 'agency'})-[:AT]->(agencyHome)
            """;

    private CouncilB() {
    }
}
