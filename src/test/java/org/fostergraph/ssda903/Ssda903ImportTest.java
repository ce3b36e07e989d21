package org.fostergraph.ssda903;

import org.fostergraph.care.OpenPlacements;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports small hand-written SSDA903 returns through {@code POST /api/ssda903} into a real Neo4j and checks the
 * graph they leave, exactly. The files are in {@code src/test/resources/ssda903/}; today is 24/11/2026.
 */
class Ssda903ImportTest extends HandBuiltGraphTest {

    /** Two localities and the sectors the files use; DY1 4 and B5 4 lie outside the council; ZZ9 9 is in no table. */
    @BeforeEach
    void geography() {
        given("""
                CREATE (a:LocalAuthority {code: 'DEMO', name: 'Test Council'})
                CREATE (n:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(a)
                CREATE (s:Locality {id: 'LOC-S', name: 'South', centre: point({latitude: 52.55, longitude: -1.98})})-[:IN]->(a)
                CREATE (:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'WS2 8', centre: point({latitude: 52.59, longitude: -2.00})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'WS9 0', centre: point({latitude: 52.55, longitude: -1.95})})-[:IN]->(s)
                CREATE (:PostcodeSector {sector: 'DY1 4', centre: point({latitude: 52.51, longitude: -2.08})})
                CREATE (:PostcodeSector {sector: 'B5 4', centre: point({latitude: 52.47, longitude: -1.89})})
                """);
    }

    @Test
    void importsChildrenAndGroupsEpisodesIntoPlacementsWithPlaceholderHomes() {
        Ssda903ImportSummary summary = importFiles("header.csv", "episodes.csv");

        assertThat(summary.rows()).isEqualTo(new Ssda903ImportSummary.Rows(6, 11, 0));
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(6, 6, 0, 0, 0, 0));
        assertThat(summary.placements()).isEqualTo(new Ssda903ImportSummary.Placements(10, 0, 0, 0));
        assertThat(summary.placeholderHouseholdsCreated()).isEqualTo(7);
        assertThat(summary.problemCount()).isZero();
        assertThat(summary.warnings()).containsExactly(
                new Ssda903Problem("episodes.csv", 8, "PL_POST", "ZZ9 9",
                        "is not in the postcode-sector table: the placement is imported with no location"),
                new Ssda903Problem("episodes.csv", 11, "HOME_POST", "ZZ9 9",
                        "is not in the postcode-sector table: the child is imported with no home location"));
        assertThat(placements()).containsExactly(
                "DEMO:C001 2024-04-01.. U4/PR1 V2,C2 Council foster carers in WS2 8 (from SSDA903)",
                "DEMO:C002 2023-01-01..2024-07-01 U6/PR4 C2 Agency foster carers in DY1 4 (from SSDA903)",
                "DEMO:C002 2024-07-01.. U4/PR4 C2 Agency foster carers in DY1 4 (from SSDA903)",
                "DEMO:C003 2022-02-15..2023-06-30 K2/PR4 V2 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C003 2023-09-01..2025-01-20 K2/PR4 C1 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C003 2025-01-20.. U6/PR4 C1 Agency foster carers in ZZ9 9 (from SSDA903)",
                "DEMO:C004 2024-05-01..2024-08-01 P1/PR0 L2 With parents in WS9 0 (from SSDA903)",
                "DEMO:C004 2024-08-01.. U1/PR1 C2 Connected-person carers in WS9 0 (from SSDA903)",
                "DEMO:C005 2025-03-03.. K2/PR4 V2 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C006 2025-10-10.. P1/PR0 C2 With parents in WS2 8 (from SSDA903)");
        // One home per set of carers: T carries C002's carers over; the URN joins C003 and C005 at one children's home.
        assertThat(households()).containsExactly(
                "Agency foster carers in DY1 4 (from SSDA903) IFA_FOSTERING UNREGISTERED 2 outside",
                "Agency foster carers in ZZ9 9 (from SSDA903) IFA_FOSTERING UNREGISTERED 1 nowhere",
                "Connected-person carers in WS9 0 (from SSDA903) CONNECTED_PERSON UNREGISTERED 1 LOC-S",
                "Council foster carers in WS2 8 (from SSDA903) IN_HOUSE_FOSTERING UNREGISTERED 1 LOC-N",
                "Private children's home SC123456 in B5 4 (from SSDA903) PRIVATE_RESIDENTIAL UNREGISTERED 3 outside",
                "With parents in WS2 8 (from SSDA903) PARENTS UNREGISTERED 1 LOC-N",
                "With parents in WS9 0 (from SSDA903) PARENTS UNREGISTERED 1 LOC-S");

        graphQl.document("""
                { child(id: "DEMO:C004") { dateOfBirth sex homePostcodeSector homeLocality { id } homeLocation { latitude }
                    placements { start end placeCode providerCode endReason weeklyCost internal household { status provision } } } }
                """).execute()
                .path("child.dateOfBirth").entity(String.class).isEqualTo("2020-01-05")
                .path("child.sex").entity(String.class).isEqualTo("MALE")
                .path("child.homePostcodeSector").entity(String.class).isEqualTo("WS9 0")
                .path("child.homeLocality.id").entity(String.class).isEqualTo("LOC-S")
                .path("child.homeLocation.latitude").entity(Double.class).isEqualTo(52.55)
                .path("child.placements[0].end").entity(String.class).isEqualTo("2024-08-01")
                .path("child.placements[0].endReason").entity(String.class).isEqualTo("LAREQ")
                .path("child.placements[0].weeklyCost").entity(Double.class).isEqualTo(0.0)
                .path("child.placements[0].internal").entity(Boolean.class).isEqualTo(true)
                .path("child.placements[1].placeCode").entity(String.class).isEqualTo("U1")
                .path("child.placements[1].end").valueIsNull()
                .path("child.placements[1].weeklyCost").entity(Double.class).isEqualTo(300.0)
                .path("child.placements[1].household.status").entity(String.class).isEqualTo("UNREGISTERED")
                .path("child.placements[1].household.provision").entity(String.class).isEqualTo("CONNECTED_PERSON");
        graphQl.document("{ child(id: \"DEMO:C005\") { homePostcodeSector homeLocality { id } homeLocation { latitude } } }").execute()
                .path("child.homePostcodeSector").entity(String.class).isEqualTo("ZZ9 9")
                .path("child.homeLocality").valueIsNull()
                .path("child.homeLocation").valueIsNull();
    }

    @Test
    void placementMixAfterAnImportAgreesWithTheSharesCountedFromTheFile() {
        importFiles("header.csv", "episodes.csv");

        // On 31/10/2026 six children are in care. Internal (PR0/PR1): C001 in-house £396, C004 connected person £300,
        // C006 with parents (not costed). External: C002 and C003 with agency carers £820 each, C005 in a private
        // home £3,830. Costs are the configured unit costs, as the return carries none.
        graphQl.document("{ placementMix(asOf: \"2026-10-31\") { total internal external internalShare weeklyCostInternal weeklyCostExternal } }")
                .execute()
                .path("placementMix.total").entity(Integer.class).isEqualTo(6)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(3)
                .path("placementMix.external").entity(Integer.class).isEqualTo(3)
                .path("placementMix.internalShare").entity(Double.class).isEqualTo(0.5)
                .path("placementMix.weeklyCostInternal").entity(Double.class).isEqualTo(696.0)
                .path("placementMix.weeklyCostExternal").entity(Double.class).isEqualTo(5470.0);
        // On 31/12/2024: C001 in-house, C002 agency, C003 private home, C004 connected person. C005 and C006 not yet in care.
        graphQl.document("{ placementMix(asOf: \"2024-12-31\") { total internal external internalShare } }").execute()
                .path("placementMix.total").entity(Integer.class).isEqualTo(4)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(2)
                .path("placementMix.internalShare").entity(Double.class).isEqualTo(0.5);
    }

    @Test
    void reportsEveryProblemWithFileRowColumnAndValueAndImportsOnlyTheValidChildren() {
        Ssda903ImportSummary summary = importFiles("header-broken.csv", "episodes-broken.csv");

        String episodes = "episodes-broken.csv";
        String header = "header-broken.csv";
        assertThat(summary.problems()).containsExactly(
                new Ssda903Problem(episodes, 3, "DECOM", "15/02/2025", "overlaps the episode on row 2, which ends on 01/03/2025"),
                new Ssda903Problem(episodes, 6, "PLACE", "K2",
                        "RNE L says only the legal status changed, but PLACE differs from the episode on row 5 (U4)"),
                new Ssda903Problem(episodes, 6, "PLACE_PROVIDER", "PR4",
                        "RNE L says only the legal status changed, but PLACE_PROVIDER differs from the episode on row 5 (PR1)"),
                new Ssda903Problem(episodes, 6, "URN", "SC123456",
                        "RNE L says only the legal status changed, but URN differs from the episode on row 5 (empty)"),
                new Ssda903Problem(episodes, 8, "CIN", "N9", "is not a CIN code in the 2025/26 code list"),
                new Ssda903Problem(episodes, 8, "PLACE", "H5", "is not a PLACE code in the 2025/26 code list"),
                new Ssda903Problem(episodes, 8, "REC", "E4A", "is given but DEC is empty: an open episode has no reason it ceased"),
                new Ssda903Problem(episodes, 8, "PL_POST", "WALSALL",
                        "is neither a postcode (for example WS2 8AB) nor a postcode sector (WS2 8)"),
                new Ssda903Problem(episodes, 8, "URN", "SC99",
                        "is not an Ofsted URN (SC and six digits, or six or seven digits) nor XXXXXXX for none"),
                new Ssda903Problem(episodes, 10, "CHILD", "B107",
                        "is not in the Header file: every child with episodes needs a Header row"),
                new Ssda903Problem(episodes, 11, null, null, "has 7 cells where the file has 13 columns"),
                new Ssda903Problem(episodes, 11, "DECOM", "01/01/2027", "is in the future (today is 24/11/2026)"),
                new Ssda903Problem(episodes, 14, "RNE", "P",
                        "must be S: the child left care when the episode on row 13 ended (REC E4A)"),
                new Ssda903Problem(episodes, 14, "REC", "X1",
                        "REC X1 says a new episode starts the day this one ends, but the child has no later episode"),
                new Ssda903Problem(header, 5, "SEX", "3",
                        "must be M (male), F (female) or U (not known), or before 2024/25 1 (male) or 2 (female)"),
                new Ssda903Problem(header, 8, "CHILD", "B102", "repeats the child of row 3: a child has one Header row"),
                new Ssda903Problem(header, 9, "DOB", "31/02/2017", "is not a date as dd/mm/yyyy"));
        assertThat(summary.problemCount()).isEqualTo(17);
        assertThat(summary.rows()).isEqualTo(new Ssda903ImportSummary.Rows(10, 13, 20));
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(10, 1, 0, 0, 9, 0));
        assertThat(count("MATCH (c:Child) RETURN count(c)")).isEqualTo(1);
        assertThat(placements()).containsExactly("DEMO:B109 2024-04-01.. U4/PR1 V2 Council foster carers in WS2 8 (from SSDA903)");
    }

    /**
     * A child in the Header file with no episodes is imported with a warning, as the DfE's validator only warns: a new
     * child is created with what the Header says, and a child an earlier return placed keeps every placement and home.
     */
    @Test
    void aChildInTheHeaderOnlyIsImportedWithAWarningKeepingTheirPlacements() {
        importFiles("header.csv", "episodes.csv");
        List<String> placementsBefore = placements();
        String header = text("header.csv") + "1,H001,01/02/2016,WIRI,,,\n";
        String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

        Ssda903ImportSummary summary = importTexts(header, episodes);

        assertThat(summary.problems()).isEmpty();
        // The six children of the first return are read again, unchanged; H001 is new.
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(7, 1, 0, 6, 0, 0));
        assertThat(summary.warnings()).hasSize(7).contains(new Ssda903Problem("header.csv", 8, "CHILD", "H001",
                "has no rows in the Episodes file: imported with what the Header says, and with any placements earlier returns gave"));
        assertThat(placements()).isEqualTo(placementsBefore);
        // The new child has what the Header said, and no placement; the others keep their homes.
        assertThat(count("""
                MATCH (c:Child {id: 'DEMO:H001', returnId: 'H001', sex: 'MALE', ethnicity: 'WIRI'})
                WHERE c.dateOfBirth = date('2016-02-01') AND NOT EXISTS { (c)-[:HAD]->() }
                RETURN count(c)
                """)).isEqualTo(1);
        assertThat(count("MATCH (c:Child {id: 'DEMO:C001'}) WHERE c.homePostcodeSector = 'WS1 1' RETURN count(c)")).isEqualTo(1);
    }

    @Test
    void aChildWithABrokenRowKeepsWhatTheGraphHeldForThem() {
        importFiles("header.csv", "episodes.csv");
        List<String> before = placements();

        // C001's second episode now names an unknown legal status: C001 is refused whole, the others update.
        String brokenEpisodes = text("episodes.csv").replace("C001,10/09/2024,l,C2", "C001,10/09/2024,l,ZZ");
        Ssda903ImportSummary summary = importTexts(text("header.csv"), brokenEpisodes);

        assertThat(summary.problems()).containsExactly(
                new Ssda903Problem("episodes.csv", 6, "LS", "ZZ", "is not a LS code in the 2024/25 code list"));
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(6, 0, 0, 5, 1, 0));
        assertThat(placements()).isEqualTo(before);
    }

    /**
     * K1 and K2 are in care from 1 May 2024 (the 2024/25 return). The 2025/26 return refuses K1 (an unknown legal
     * status): from 1 April 2025 nothing accepted says where K1 was, so the placement, kept as written, no longer counts
     * as open from that day. The 2026/27 return accepts K1 with the same placement, which is known again.
     */
    @Test
    void aChildALaterReturnRefusesIsInAnUnknownStateFromThatReturnsFirstDay() {
        String header = """
                CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
                K1,1,15/03/2015,WBRI,,,
                K2,2,01/06/2012,WBRI,,,
                """;
        importTexts(header, """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                K1,01/05/2024,S,C2,N1,U4,PR1,,,,WS1 1,WS2 8,XXXXXXX
                K2,01/05/2024,S,C2,N1,U4,PR1,,,,WS1 1,WS2 8,XXXXXXX
                """);
        String nextYear = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                K1,01/05/2024,S,%s,N1,U4,PR1,,,,WS1 1,WS2 8,XXXXXXX
                K2,01/05/2024,S,C2,N1,U4,PR1,10/02/2026,E13,,WS1 1,WS2 8,XXXXXXX
                """;
        Ssda903ImportSummary refused = importTexts(header, nextYear.formatted("ZZ"));

        assertThat(refused.children()).isEqualTo(new Ssda903ImportSummary.Children(2, 0, 0, 1, 1, 1));
        assertThat(placementStates()).containsExactly(
                "DEMO:K1 2024-05-01.. open until 2025-04-01, unknown from 2025-04-01: refused by the 2025/26 return (LS)",
                "DEMO:K2 2024-05-01..2026-02-10 open until 2026-02-10");
        assertThat(count("MATCH (:Child)-[:HAD]->(p:Placement) WHERE " + OpenPlacements.isOpen("p", "date('2025-10-31')")
                + " RETURN count(p)")).isEqualTo(1);
        assertThat(count(HandBuiltGraphTest.PLACEMENTS_WITH_STALE_KEYS)).isZero();
        // The back-test counts K1 apart on both days. By hand: it starts from K2 alone (in-house, 13, who stayed every
        // reference month, so stays), and on 31 October 2026 nobody the accepted returns hold is in care (K2 left on
        // 10 February 2026): forecast 1.0, actual 0.
        graphQl.document("""
                { forecastBackTest(cutOff: "2025-10-31", horizonMonths: 12, referenceMonths: 3) {
                    forecastTotal actualTotal unknownAtCutOff unknownOnCheckedOn unknownReasons { reason children } } }
                """).execute().errors().verify()
                .path("forecastBackTest.forecastTotal").entity(Double.class).isEqualTo(1.0)
                .path("forecastBackTest.actualTotal").entity(Integer.class).isEqualTo(0)
                .path("forecastBackTest.unknownAtCutOff").entity(Integer.class).isEqualTo(1)
                .path("forecastBackTest.unknownOnCheckedOn").entity(Integer.class).isEqualTo(1)
                .path("forecastBackTest.unknownReasons[0].reason").entity(String.class).isEqualTo("refused by the 2025/26 return (LS)")
                .path("forecastBackTest.unknownReasons[0].children").entity(Integer.class).isEqualTo(1);
        // The report of unknown states: on 31 March 2025 K1 was still placed; from 1 April 2025 unknown.
        graphQl.document("{ before: careStateUnknown(asOf: \"2025-03-31\") { children } "
                        + "after: careStateUnknown(asOf: \"2025-10-31\") { children byReason { reason children } returnYear refusedByReturnOfTheYear } }")
                .execute().errors().verify()
                .path("before.children").entity(Integer.class).isEqualTo(0)
                .path("after.children").entity(Integer.class).isEqualTo(1)
                .path("after.byReason[0].reason").entity(String.class).isEqualTo("refused by the 2025/26 return (LS)")
                .path("after.returnYear").entity(String.class).isEqualTo("2025/26")
                .path("after.refusedByReturnOfTheYear").entity(Integer.class).isEqualTo(1);

        Ssda903ImportSummary accepted = importTexts(header, nextYear.formatted("C2"));

        assertThat(accepted.children().stateUnknown()).isZero();
        assertThat(placementStates()).containsExactly(
                "DEMO:K1 2024-05-01.. open until 9999-12-31",
                "DEMO:K2 2024-05-01..2026-02-10 open until 2026-02-10");
    }

    private List<String> placementStates() {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement)
                RETURN c.id + ' ' + toString(p.start) + '..' + coalesce(toString(p.end), '') + ' open until ' + toString(p.openUntil)
                       + coalesce(', unknown from ' + toString(p.unknownFrom) + ': ' + p.unknownReason, '') AS line
                ORDER BY line
                """).fetchAs(String.class).all().stream().toList();
    }

    @Test
    void importingTheSameFilesTwiceLeavesTheSameGraph() {
        importFiles("header.csv", "episodes.csv");
        List<String> graph = graph();

        Ssda903ImportSummary again = importFiles("header.csv", "episodes.csv");

        assertThat(again.children()).isEqualTo(new Ssda903ImportSummary.Children(6, 0, 0, 6, 0, 0));
        assertThat(again.placements()).isEqualTo(new Ssda903ImportSummary.Placements(0, 0, 10, 0));
        assertThat(again.placeholderHouseholdsCreated()).isZero();
        assertThat(graph()).isEqualTo(graph);
    }

    @Test
    void nextYearsReturnUpdatesWhatChangedAndKeepsEarlierYears() {
        importFiles("header.csv", "episodes.csv");
        // Places held since before the moves the next return shows (C001's on 01/06/2026) end with the import, as an
        // officer's placement ends them; a hold made after a child's last move (C002's) is a place to move to, and stays.
        given("""
                CREATE (h:Household {id: 'HH-HELD', name: 'Held', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', approvedPlaces: 3})
                WITH h
                MATCH (c1:Child {id: 'DEMO:C001'}), (c2:Child {id: 'DEMO:C002'})
                CREATE (:Hold {id: 'HOLD-1', createdAt: datetime('2026-05-20T10:00:00Z'), expiresAt: datetime('2026-11-26T10:00:00Z')})-[:FOR]->(c1)
                CREATE (:Hold {id: 'HOLD-2', createdAt: datetime('2026-11-23T10:00:00Z'), expiresAt: datetime('2026-11-25T10:00:00Z')})-[:FOR]->(c2)
                WITH h
                MATCH (hold:Hold) CREATE (hold)-[:ON]->(h)
                """);

        // The next return holds the children in care during its year, each from the episode open at its start. C001's
        // placement (from 01/04/2024, last changed 10/09/2024) ended on 01/06/2026 with a move to agency carers; C002's
        // family moved to WS1 1; C006's start was mis-keyed last year (10/10/2025, really 12/10/2025). C003, C004 and
        // C005 are not in it, and keep what the first return said.
        String header = """
                CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
                C001,1,15/03/2015,WBRI,,,
                C002,2,01/06/2012,WBRI,,,
                C006,2,02/02/2016,ABAN,,,
                """;
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                C001,10/09/2024,L,C2,N1,U4,PR1,01/06/2026,X1,CREQO,WS1 1,WS2 8,XXXXXXX
                C001,01/06/2026,P,C2,N1,U4,PR4,,,,WS1 1,DY1 4,XXXXXXX
                C002,01/07/2024,T,C2,N2,U4,PR4,,,,WS1 1,DY1 4,XXXXXXX
                C006,12/10/2025,S,C2,N1,P1,PR0,,,,WS2 8,WS2 8,XXXXXXX
                """;
        Ssda903ImportSummary summary = importTexts(header, episodes);

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(3, 0, 1, 2, 0, 0));
        assertThat(summary.placements()).isEqualTo(new Ssda903ImportSummary.Placements(2, 2, 0, 1));
        assertThat(summary.placeholderHouseholdsCreated()).isEqualTo(2);
        assertThat(placements()).containsExactly(
                "DEMO:C001 2024-04-01..2026-06-01 U4/PR1 V2,C2 Council foster carers in WS2 8 (from SSDA903)",
                "DEMO:C001 2026-06-01.. U4/PR4 C2 Agency foster carers in DY1 4 (from SSDA903)",
                "DEMO:C002 2023-01-01..2024-07-01 U6/PR4 C2 Agency foster carers in DY1 4 (from SSDA903)",
                "DEMO:C002 2024-07-01.. U4/PR4 C2 Agency foster carers in DY1 4 (from SSDA903)",
                "DEMO:C003 2022-02-15..2023-06-30 K2/PR4 V2 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C003 2023-09-01..2025-01-20 K2/PR4 C1 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C003 2025-01-20.. U6/PR4 C1 Agency foster carers in ZZ9 9 (from SSDA903)",
                "DEMO:C004 2024-05-01..2024-08-01 P1/PR0 L2 With parents in WS9 0 (from SSDA903)",
                "DEMO:C004 2024-08-01.. U1/PR1 C2 Connected-person carers in WS9 0 (from SSDA903)",
                "DEMO:C005 2025-03-03.. K2/PR4 V2 Private children's home SC123456 in B5 4 (from SSDA903)",
                "DEMO:C006 2025-10-12.. P1/PR0 C2 With parents in WS2 8 (from SSDA903)");
        // C002 stays with the same carers (RNE T), and the mis-keyed placement's empty placeholder home is gone.
        assertThat(count("MATCH (:Child {id: 'DEMO:C002'})-[:HAD]->(:Placement)-[:WITH]->(h:Household) RETURN count(DISTINCT h)"))
                .isEqualTo(1);
        assertThat(count("MATCH (h:Household {name: 'With parents in WS2 8 (from SSDA903)'}) RETURN count(h)")).isEqualTo(1);
        assertThat(count("MATCH (c:Child {id: 'DEMO:C002'}) WHERE c.homePostcodeSector = 'WS1 1' RETURN count(c)")).isEqualTo(1);
        assertThat(count("""
                MATCH (hold:Hold {id: 'HOLD-1'})-[:FOR]->(:Child)-[:HAD]->(p:Placement {start: date('2026-06-01')})
                WHERE hold.releasedAt IS NOT NULL AND hold.releasedFor = p.id RETURN count(hold)
                """)).isEqualTo(1);
        assertThat(count("MATCH (hold:Hold {id: 'HOLD-2'}) WHERE hold.releasedAt IS NULL RETURN count(hold)")).isEqualTo(1);
    }

    @Test
    void aRoundTripThroughTheExportChangesNothing() {
        importFiles("header.csv", "episodes.csv");
        List<String> graph = graph();

        String header = download("/api/ssda903/header.csv");
        String episodes = download("/api/ssda903/episodes.csv");
        Ssda903ImportSummary again = importTexts(header, episodes);

        assertThat(again.problems()).isEmpty();
        assertThat(again.children()).isEqualTo(new Ssda903ImportSummary.Children(6, 0, 0, 6, 0, 0));
        assertThat(again.placements()).isEqualTo(new Ssda903ImportSummary.Placements(0, 0, 10, 0));
        assertThat(graph()).isEqualTo(graph);
        // The export writes each imported placement as the episodes it came from, dates as dd/mm/yyyy, codes as read
        // (in upper case), and the postcodes exactly as the return gave them (row 6's HOME_POST was "ws11").
        assertThat(episodes.lines().filter(line -> line.startsWith("C001,") || line.startsWith("C003,")).toList()).containsExactly(
                "C001,01/04/2024,S,V2,N1,U4,PR1,10/09/2024,X1,,WS1 1,WS2 8,XXXXXXX",
                "C001,10/09/2024,L,C2,N1,U4,PR1,,,,ws11,WS2 8,XXXXXXX",
                "C003,15/02/2022,S,V2,N4,K2,PR4,30/06/2023,E4A,,WS1 1,B5 4,SC123456",
                "C003,01/09/2023,S,C1,N4,K2,PR4,20/01/2025,X1,CREQB,WS1 1,B5 4,SC123456",
                "C003,20/01/2025,P,C1,N4,U6,PR4,,,,WS1 1,ZZ9 9,XXXXXXX");
        // Today (24/11/2026) is in 2026/27, whose return codes sex M, F or U: the file's 1 goes back as M.
        assertThat(header.lines().limit(2).toList()).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "C001,M,15/03/2015,WBRI,,,");
    }

    /**
     * HOME_POST and PL_POST as the DfE collects them: full postcodes, in any case and spacing. Each is located by the
     * centre of its sector (WS1 1 for the home, WS2 8 for the placement) and exported exactly as the return gave it;
     * importing the export again changes nothing.
     */
    @Test
    void fullPostcodesAreLocatedByTheirSectorAndExportedAsTheReturnGaveThem() {
        String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nF001,2,15/03/2015,WBRI,,,\n";
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                F001,01/04/2024,S,V2,N1,U4,PR1,10/09/2024,X1,,ws1 1ab,ws28xy,XXXXXXX
                F001,10/09/2024,L,C2,N1,U4,PR1,,,,Ws1 1Ab,WS2 8XY,XXXXXXX
                """;
        Ssda903ImportSummary summary = importTexts(header, episodes);

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.warnings()).isEmpty();
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(1, 1, 0, 0, 0, 0));
        assertThat(count("""
                MATCH (c:Child {id: 'DEMO:F001'})-[:HOME_IN]->(:Locality {id: 'LOC-N'})
                WHERE c.homePostcodeSector = 'WS1 1' AND c.homeLocation = point({latitude: 52.58, longitude: -1.98})
                MATCH (c)-[:HAD]->(:Placement {postcodeSector: 'WS2 8'})-[:WITH]->(h:Household)
                WHERE h.location = point({latitude: 52.59, longitude: -2.00})
                RETURN count(*)
                """)).isEqualTo(1);
        List<String> graph = graph();

        String exported = download("/api/ssda903/episodes.csv");
        assertThat(exported.lines().filter(line -> line.startsWith("F001,")).toList()).containsExactly(
                "F001,01/04/2024,S,V2,N1,U4,PR1,10/09/2024,X1,,ws1 1ab,ws28xy,XXXXXXX",
                "F001,10/09/2024,L,C2,N1,U4,PR1,,,,Ws1 1Ab,WS2 8XY,XXXXXXX");
        Ssda903ImportSummary again = importTexts(download("/api/ssda903/header.csv"), exported);
        assertThat(again.problems()).isEmpty();
        assertThat(again.placements()).isEqualTo(new Ssda903ImportSummary.Placements(0, 0, 1, 0));
        assertThat(graph()).isEqualTo(graph);
    }

    @Test
    void aPostcodeOfTwoPlacesIsRefusedWhereOnlyTheLegalStatusChanged() {
        String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nF002,1,15/03/2015,WBRI,,,\n";
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                F002,01/04/2024,S,V2,N1,U4,PR1,10/09/2024,X1,,WS1 1AB,WS2 8XY,XXXXXXX
                F002,10/09/2024,L,C2,N1,U4,PR1,,,,WS1 1AB,WS2 8XZ,XXXXXXX
                """;
        Ssda903ImportSummary summary = importTexts(header, episodes);

        assertThat(summary.problems()).extracting(Ssda903Problem::column, Ssda903Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PL_POST",
                        "RNE L says only the legal status changed, but PL_POST differs from the episode on row 2 (WS2 8XY)"));
        assertThat(count("MATCH (c:Child) RETURN count(c)")).isZero();
    }

    /**
     * Last year's return (2025/26: its latest date is 10/10/2025) imported after this year's (2026/27) would put back
     * what this year's changed: it is refused, naming both years, and changes nothing, unless the administrator says so.
     */
    @Test
    void anOlderYearsReturnAfterANewerOneIsRefusedUnlessAllowed() {
        String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC001,1,15/03/2015,WBRI,,,\n";
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                C001,01/04/2024,S,V2,N1,U4,PR1,01/06/2026,X1,CREQO,WS1 1,WS2 8,XXXXXXX
                C001,01/06/2026,P,C2,N1,U4,PR4,,,,WS1 1,DY1 4,XXXXXXX
                """;
        assertThat(importTexts(header, episodes).problems()).isEmpty();
        List<String> newer = graph();

        http.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(multipart("header.csv", text("header.csv"), "episodes.csv", text("episodes.csv")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("episodes.csv: is the 2025/26 return (its latest date is 10/10/2025), older than"
                        + " the 2026/27 return this council has imported: importing it would put back what the newer return"
                        + " changed, so nothing was imported. To import it anyway, send allowOlderYear=true (on the command"
                        + " line, --fostergraph.ssda903.allow-older-year=true)");
        assertThat(graph()).isEqualTo(newer);

        Ssda903ImportSummary allowed = http.post().uri("/api/ssda903?allowOlderYear=true").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(multipart("header.csv", text("header.csv"), "episodes.csv", text("episodes.csv")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Ssda903ImportSummary.class).returnResult().getResponseBody();
        assertThat(allowed.children().read()).isEqualTo(6);
        assertThat(graph()).isNotEqualTo(newer);
    }

    /**
     * {@code ?year=2024} is the 2023/24 return (1 April 2023 to 31 March 2024), worked by hand from the fixtures: C002's
     * first episode and C003's second run past 31 March 2024, so that return has them still open (no DEC, REC or
     * REASON_PLACE_CHANGE); C003's 2022 episode ended in the year and keeps its DEC; C001, C004, C005 and C006 have no
     * episode in the year and are in neither file. Sex is coded as 2023/24 codes it (2 for female).
     */
    @Test
    void oneCollectionYearIsExportedAsTheCouncilReturnedItThatYear() {
        importFiles("header.csv", "episodes.csv");

        assertThat(download("/api/ssda903/header.csv?year=2024").lines().toList()).containsExactly(
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "C002,2,01/06/2012,WBRI,,,",
                "C003,2,20/10/2010,MOTH,,,");
        assertThat(download("/api/ssda903/episodes.csv?year=2024").lines().skip(1).toList()).containsExactly(
                "C002,01/01/2023,S,C2,N2,U6,PR4,,,,WS9 0,DY1 4,XXXXXXX",
                "C003,15/02/2022,S,V2,N4,K2,PR4,30/06/2023,E4A,,WS1 1,B5 4,SC123456",
                "C003,01/09/2023,S,C1,N4,K2,PR4,,,,WS1 1,B5 4,SC123456");
        // 2024/25 holds every child but C006 (placed from 10/10/2025) and every episode but C003's of 2022-23.
        assertThat(download("/api/ssda903/episodes.csv?year=2025").lines().skip(1).map(line -> line.substring(0, 15)).toList())
                .containsExactly("C001,01/04/2024", "C001,10/09/2024", "C002,01/01/2023", "C002,01/07/2024", "C003,01/09/2023",
                        "C003,20/01/2025", "C004,01/05/2024", "C004,01/08/2024", "C005,03/03/2025");
        http.get().uri("/api/ssda903/episodes.csv?year=26").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("year")
                .jsonPath("$.value").isEqualTo("26");
    }

    /**
     * A placement recorded through the API keeps one reason it ended; the export puts it where the DfE wants it: a move
     * (the next placement starts that day) ceases with REC X1 and the move's REASON_PLACE_CHANGE, and leaving care with
     * its REC and no REASON_PLACE_CHANGE.
     */
    @Test
    void theExportPutsAMovesReasonInReasonPlaceChangeAndLeavingCareInRec() {
        given("""
                MATCH (a:LocalAuthority {code: 'DEMO'})
                CREATE (c:Child {id: 'C007', dateOfBirth: date('2012-02-02'), sex: 'MALE', needs: [], homePostcodeSector: 'WS1 1'})
                CREATE (h:Household {id: 'HH-7', name: 'The Elms', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED',
                        approvedPlaces: 2, postcodeSector: 'WS2 8'})
                CREATE (c)-[:HAD]->(:Placement {id: 'PL-7a', start: date('2025-01-10'), end: date('2025-06-01'), endReason: 'CARPL',
                        placeCode: 'U4', providerCode: 'PR1', weeklyCost: 396.0})-[:WITH]->(h)
                CREATE (c)-[:HAD]->(:Placement {id: 'PL-7b', start: date('2025-06-01'), end: date('2026-03-01'), endReason: 'E13',
                        placeCode: 'U6', providerCode: 'PR1', weeklyCost: 396.0})-[:WITH]->(h)
                """);

        assertThat(download("/api/ssda903/episodes.csv").lines().filter(line -> line.startsWith("C007,")).toList()).containsExactly(
                "C007,10/01/2025,S,,,U4,PR1,01/06/2025,X1,CARPL,WS1 1,WS2 8,XXXXXXX",
                "C007,01/06/2025,P,,,U6,PR1,01/03/2026,E13,,WS1 1,WS2 8,XXXXXXX");
    }

    private String download(String path) {
        return http.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void neverOverwritesAPlacementRecordedInFostergraph() {
        given("""
                CREATE (c:Child {id: 'C006', dateOfBirth: date('2016-02-02'), sex: 'FEMALE', needs: []})
                CREATE (h:Household {id: 'HH-1', name: 'The Oaks', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', approvedPlaces: 2})
                CREATE (c)-[:HAD]->(:Placement {id: 'PL-1', start: date('2025-12-01'), placeCode: 'U4', providerCode: 'PR1',
                        weeklyCost: 396.0})-[:WITH]->(h)
                """);

        Ssda903ImportSummary summary = importFiles("header.csv", "episodes.csv");

        assertThat(summary.problems()).containsExactly(new Ssda903Problem("episodes.csv", 12, "CHILD", "C006",
                "has a placement from 10/10/2025 that overlaps placement PL-1 recorded in fostergraph (from 01/12/2025); "
                        + "end or correct that placement first"));
        assertThat(summary.children()).isEqualTo(new Ssda903ImportSummary.Children(6, 5, 0, 0, 1, 0));
        assertThat(count("MATCH (:Child {id: 'C006'})-[:HAD]->(p:Placement) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aFileThatIsNeitherTableIsRefusedWithItsColumns() {
        http.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(multipart("header.csv", "CHILD,SEX,DOB\nC1,1,01/01/2015\n", "episodes.csv", text("episodes.csv")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.file").isEqualTo("header.csv")
                .jsonPath("$.value").isEqualTo("CHILD,SEX,DOB")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith(
                        "header.csv: is neither the Header table (columns CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB)"));
        assertThat(count("MATCH (c:Child) RETURN count(c)")).isZero();
    }

    private Ssda903ImportSummary importFiles(String header, String episodes) {
        return importTexts(header, text(header), episodes, text(episodes));
    }

    private Ssda903ImportSummary importTexts(String header, String episodes) {
        return importTexts("header.csv", header, "episodes.csv", episodes);
    }

    private Ssda903ImportSummary importTexts(String headerName, String header, String episodesName, String episodes) {
        return http.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(multipart(headerName, header, episodesName, episodes))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Ssda903ImportSummary.class).returnResult().getResponseBody();
    }

    static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> multipart(String headerName,
            String header, String episodesName, String episodes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("header", file(headerName, header)).filename(headerName);
        body.part("episodes", file(episodesName, episodes)).filename(episodesName);
        return body.build();
    }

    private static Resource file(String name, String text) {
        return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    static String text(String fixture) {
        try {
            return new ClassPathResource("ssda903/" + fixture).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each placement: child, start..end, codes, legal statuses of its episodes, and the home it is with. */
    private List<String> placements() {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                RETURN c.id + ' ' + toString(p.start) + '..' + coalesce(toString(p.end), '') + ' ' + p.placeCode + '/'
                       + coalesce(p.providerCode, '') + ' ' + reduce(s = '', ls IN coalesce(p.legalStatuses, [])
                       | s + CASE WHEN s = '' THEN '' ELSE ',' END + ls) + ' ' + h.name AS line
                ORDER BY c.id, p.start
                """).fetchAs(String.class).all().stream().toList();
    }

    private List<String> households() {
        return neo4j.query("""
                MATCH (h:Household)
                OPTIONAL MATCH (h)-[:IN]->(l:Locality)
                RETURN h.name + ' ' + h.provision + ' ' + h.status + ' ' + COUNT { (h)<-[:WITH]-() } + ' '
                       + coalesce(l.id, CASE WHEN h.location IS NULL THEN 'nowhere' ELSE 'outside' END) AS line
                ORDER BY line
                """).fetchAs(String.class).all().stream().toList();
    }

    /** Every node and relationship with its properties, but not the import log, in a fixed order. */
    List<String> graph() {
        return GraphDump.of(neo4j);
    }
}
