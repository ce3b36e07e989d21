package org.fostergraph.geo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.ssda903.Ssda903Fixtures;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ONS Postcode Directory loaded through {@code POST /api/postcodes}, from a hand-made extract in the ONSPD's own
 * shape (its column names, extra columns, a postcode with no grid reference), and the DfE's distance from home it gives.
 */
class PostcodeDirectoryTest extends HandBuiltGraphTest {

    /** ONSPD columns in the ONS's order, with some of those fostergraph ignores; ZE9 9ZZ has no grid reference. */
    static final String EXTRACT = """
            pcd,pcd2,pcds,dointr,doterm,oscty,ced,laua,ward,hlthau,nhser,ctry,rgn,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua24,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21,ruc21ind,oseast1m,osnrth1m
            WS1 1AA,WS1  1AA,WS1 1AA,198001,,E99999999,,E08000030,,,,E92000001,,,,,,,,,,,,,,,,,,,,,,,,52.585,-1.982,,,,,,,,,,,401000,298000
            WS2 8AB,WS2  8AB,ws2 8ab,198001,,E99999999,,E08000030,,,,E92000001,,,,,,,,,,,,,,,,,,,,,,,,52.59,-2.0,,,,,,,,,,,400000,299000
            B5  4TT,B5   4TT,B5 4TT,198001,,E99999999,,E08000025,,,,E92000001,,,,,,,,,,,,,,,,,,,,,,,,52.47,-1.89,,,,,,,,,,,407500,285200
            ST1 3AA,ST1  3AA,ST1 3AA,198001,,E99999999,,E06000021,,,,E92000001,,,,,,,,,,,,,,,,,,,,,,,,53.02,-2.18,,,,,,,,,,,388000,347000
            ZE9 9ZZ,ZE9  9ZZ,ZE9 9ZZ,198001,200012,,,,,,,S92000003,,,,,,,,,,,,,,,,,,,,,,,,99.999999,0.000000,,,,,,,,,,,,
            """;

    @Test
    void loadsTheDirectoryAsTheOnsPublishesIt() {
        PostcodeDirectory.Summary summary = upload("reference", EXTRACT, HttpStatus.OK);

        assertThat(summary).isEqualTo(new PostcodeDirectory.Summary("postcodes.csv", 5, 4, 1, 0, List.of()));
        assertThat(count("""
                MATCH (p:Postcode {compact: 'WS28AB', postcode: 'WS2 8AB', easting: 400000, northing: 299000, laua: 'E08000030'})
                WHERE p.location = point({latitude: 52.59, longitude: -2.0})
                RETURN count(p)
                """)).isEqualTo(1);
        assertThat(count("MATCH (p:Postcode) RETURN count(p)")).isEqualTo(4);
        // Loading again changes nothing.
        assertThat(upload("reference", EXTRACT, HttpStatus.OK).loaded()).isEqualTo(4);
        assertThat(count("MATCH (p:Postcode) RETURN count(p)")).isEqualTo(4);
    }

    @Test
    void aFileWithAProblemLoadsNothingAndSaysWhere() {
        String broken = EXTRACT.replace("52.47,-1.89", "north,-1.89").replace(",407500,", ",4O7500,");

        PostcodeDirectory.Summary summary = upload("reference", broken, HttpStatus.BAD_REQUEST);

        assertThat(summary.problems()).containsExactly(
                new PostcodeSectorTable.Problem("postcodes.csv", 4, "lat", "north", "is not a number from -90.0 to 99.999999"),
                new PostcodeSectorTable.Problem("postcodes.csv", 4, "oseast1m", "4O7500",
                        "is not a grid reference in whole metres, 0 to 1000000"));
        assertThat(summary.loaded()).isZero();
        assertThat(count("MATCH (p:Postcode) RETURN count(p)")).isZero();
        assertThat(upload("reference", "pcds,lat,long\nWS1 1AA,52.585,-1.982\n", HttpStatus.BAD_REQUEST).problems())
                .containsExactly(new PostcodeSectorTable.Problem("postcodes.csv", 1, null, "laua,oseast1m,osnrth1m",
                        "are missing: the ONS Postcode Directory's columns pcds, lat, long, oseast1m, osnrth1m and laua are needed "
                                + "(others are ignored)"));
    }

    @Test
    void onlyTheKeepersOfTheReferenceGeographyLoadIt() {
        as("admin").post().uri("/api/postcodes").contentType(MediaType.parseMediaType("text/csv")).bodyValue(EXTRACT)
                .exchange().expectStatus().isForbidden();
        assertThat(count("MATCH (p:Postcode) RETURN count(p)")).isZero();
    }

    /**
     * Four children placed on 01/04/2026, worked by hand on 31/10/2026. The council's district is E08000030.
     * <ul>
     * <li>A: WS1 1AA to WS2 8AB, grid references 1,000 m apart each way: 1,414 m, 0.9 miles, inside (E08000030).
     * <li>B: WS1 1AA to ST1 3AA: √(13,000² + 49,000²) = 50,695 m, 31.5 miles: over 20; outside (E06000021).
     * <li>C: WS1 1AA to B5 4TT: √(6,500² + 12,800²) = 14,356 m, 8.9 miles; outside (E08000025).
     * <li>D: sectors only, WS1 1 to WS2 8: measured between the sectors' centres (1.1 miles), and inside because WS2 8
     * lies in one of the council's localities: the sector-centre estimate and the locality rule.
     * </ul>
     * So 4 measured, 3 by postcode and 1 by sector centre; 1 over 20 miles; 2 outside, 3 judged by area code.
     */
    @Test
    void distanceFromHomeIsTheDfesWhereBothPostcodesAreLocated() {
        given("""
                CREATE (a:LocalAuthority {code: 'DEMO', name: 'Test Council', onsCode: 'E08000030'})
                CREATE (n:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(a)
                CREATE (:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'WS2 8', centre: point({latitude: 52.59, longitude: -2.00})})-[:IN]->(n)
                """);
        upload("reference", EXTRACT, HttpStatus.OK);
        String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,M,01/01/2015,WBRI,,,\nB,M,01/01/2015,WBRI,,,\n"
                + "C,M,01/01/2015,WBRI,,,\nD,M,01/01/2015,WBRI,,,\n";
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                A,01/04/2026,S,C2,N1,U4,PR1,,,,WS1 1AA,WS2 8AB,XXXXXXX
                B,01/04/2026,S,C2,N1,U4,PR4,,,,ws11aa,ST1 3AA,XXXXXXX
                C,01/04/2026,S,C2,N1,U4,PR4,,,,WS1 1AA,B5 4TT,XXXXXXX
                D,01/04/2026,S,C2,N1,U4,PR1,,,,WS1 1,WS2 8,XXXXXXX
                """;
        var summary = http.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(Ssda903Fixtures.multipart(header, episodes)).exchange().expectStatus().isOk()
                .expectBody(org.fostergraph.ssda903.Ssda903ImportSummary.class).returnResult().getResponseBody();

        // A, B and C live at WS1 1AA, which the directory locates; D's home is a sector, located at its centre. B's and
        // C's placements are in sectors the sector table does not hold, but their full postcodes are in the directory.
        assertThat(summary.homesLocated()).isEqualTo(new org.fostergraph.ssda903.Ssda903ImportSummary.Located(3, 1, 0));
        assertThat(summary.placementsLocated()).isEqualTo(new org.fostergraph.ssda903.Ssda903ImportSummary.Located(3, 1, 0));
        assertThat(summary.warnings()).isEmpty();
        assertThat(count("""
                MATCH (c:Child {id: 'DEMO:A'})-[:HAD]->(:Placement)-[:WITH]->(h:Household)
                WHERE c.homeLocation = point({latitude: 52.585, longitude: -1.982})
                  AND h.location = point({latitude: 52.59, longitude: -2.0})
                RETURN count(c)
                """)).isEqualTo(1);

        graphQl.documentName("distanceFromHome").variable("asOf", "2026-10-31").execute()
                .path("distanceFromHome.measured").entity(Integer.class).isEqualTo(4)
                .path("distanceFromHome.unknownLocation").entity(Integer.class).isEqualTo(0)
                .path("distanceFromHome.over20Miles").entity(Integer.class).isEqualTo(1)
                .path("distanceFromHome.outsideBoundary").entity(Integer.class).isEqualTo(2)
                .path("distanceFromHome.methods.byPostcode").entity(Integer.class).isEqualTo(3)
                .path("distanceFromHome.methods.bySectorCentre").entity(Integer.class).isEqualTo(1)
                .path("distanceFromHome.methods.boundaryByAreaCode").entity(Integer.class).isEqualTo(3)
                .path("distanceFromHome.methods.boundaryByLocality").entity(Integer.class).isEqualTo(1);
    }

    private PostcodeDirectory.Summary upload(String user, String csv, HttpStatus status) {
        return as(user).post().uri("/api/postcodes").contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isEqualTo(status)
                .expectBody(PostcodeDirectory.Summary.class).returnResult().getResponseBody();
    }
}
