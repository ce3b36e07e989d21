package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fostergraph.HandBuiltGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

/**
 * Issue 21, finding 7: no CSV the service writes holds a cell a spreadsheet would run as a formula, and the SSDA903
 * import refuses such cells so that its export stays a faithful copy.
 */
class CsvInjectionTest extends HandBuiltGraphTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Open\")";

    @BeforeEach
    void aLocalityWithAFormulaForAName() {
        given("""
                CREATE (a:Locality {id: 'A', name: $formula})
                CREATE (ih:Household {id: 'IH1', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                CREATE (k1:Child {id: '@K1', dateOfBirth: date('2020-01-01'), sex: 'FEMALE'})-[:HOME_IN]->(a)
                CREATE (k1)-[:HAD]->(:Placement {id: 'P-K1', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1',
                        weeklyCost: 400.0})-[:WITH]->(ih)
                """, java.util.Map.of("formula", FORMULA));
    }

    @Test
    void aReportCellThatWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        List<CSVRecord> rows = csv(download("commissioner", "/api/reports/placement-mix.csv?asOf=2026-10-31&groupBy=LOCALITY"));
        assertThat(rows.get(1).get("locality")).isEqualTo("'" + FORMULA);
        assertThat(rows.stream().flatMap(row -> row.stream()).filter(cell -> cell.startsWith("="))).isEmpty();
    }

    @Test
    void theSsda903ExportWritesAChildIdThatWouldRunAsAFormulaAsText() throws IOException {
        List<CSVRecord> header = csv(download("admin", "/api/ssda903/header.csv"));
        assertThat(header).extracting(row -> row.get("CHILD")).containsExactly("'@K1");
        List<CSVRecord> episodes = csv(download("admin", "/api/ssda903/episodes.csv"));
        assertThat(episodes).extracting(row -> row.get("CHILD")).containsExactly("'@K1");
    }

    @Test
    void theSsda903ImportRefusesCellsThatWouldRunAsFormulas() {
        MultipartBodyBuilder files = new MultipartBodyBuilder();
        files.part("header", file("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n=1+1,1,01/01/2015,WBRI,,,\nC2,1,01/01/2015,WBRI,,,\n"));
        files.part("episodes", file("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                + "HOME_POST,PL_POST,URN\n=1+1,01/04/2024,S,C2,N1,U4,PR1,,,,,,XXXXXXX\nC2,01/04/2024,S,C2,N1,K2,PR4,,,,,,@SUM(1)\n"));
        as("admin").post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(files.build()).exchange()
                .expectBody()
                .jsonPath("$.children.rejected").isEqualTo(2)
                .jsonPath("$.problems[?(@.column == 'CHILD' && @.row == 2)].message").isEqualTo(List.of(
                        "begins with '=', which a spreadsheet would run as a formula; no SSDA903 code, date, postcode or child id begins so",
                        "begins with '=', which a spreadsheet would run as a formula; no SSDA903 code, date, postcode or child id begins so"))
                .jsonPath("$.problems[?(@.column == 'URN' && @.message =~ /.*formula.*/)].value").isEqualTo(List.of("@SUM(1)"));
        assertThat(count("MATCH (c:Child) WHERE c.id IN ['=1+1', 'C2'] RETURN count(c)")).isZero();
    }

    private String download(String user, String uri) {
        return new String(as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent(), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static ByteArrayResource file(String name, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
