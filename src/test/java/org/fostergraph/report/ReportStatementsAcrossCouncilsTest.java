package org.fostergraph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.security.TestTokens;
import org.fostergraph.seed.NationalGraphGenerator;
import org.fostergraph.seed.NationalGraphLoader;
import org.fostergraph.seed.NationalGraphShape;
import org.fostergraph.support.CypherStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commissioners' reads the national benchmark measures (issue 25: placementMix of one council and of every council,
 * the trend, sufficiency), on a national graph of three councils: the statements each sends for a commissioner of one,
 * two and three councils, none twice for one. A read split by {@code neo4j.CouncilFanOut} is sent once for each group of
 * councils, at most {@code fostergraph.reports.parallel-reads} (two by default): more councils cost no more.
 */
class ReportStatementsAcrossCouncilsTest extends HandBuiltGraphTest {

    private static final NationalGraphShape SMALL = NationalGraphShape.england().scaled(0.02);
    private static final List<String> THREE = List.of("LA001", "LA002", "LA003");

    @Autowired
    private NationalGraphLoader loader;

    @Test
    void aReportOverMoreCouncilsSendsNoMoreStatements() {
        loader.load(new NationalGraphGenerator(SMALL));
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        reports.put("placementMix", Map.of("groupBy", List.of("PLACEMENT_TYPE", "AGE_BAND")));
        reports.put("placementMixTrend", Map.of("from", "2024-11-24", "to", "2026-11-24"));
        reports.put("sufficiency", Map.of());

        Map<String, List<Integer>> statements = new LinkedHashMap<>();
        reports.forEach((document, variables) -> {
            List<Integer> counts = new ArrayList<>();
            for (int councils = 1; councils <= THREE.size(); councils++) {
                var counted = count(document, variables, THREE.subList(0, councils));
                if (councils == 1) {
                    // Several councils' groups are read by the same statement, each with its councils: one council's
                    // statements are each sent once.
                    assertThat(counted.statements()).as("%s: no statement twice in one request", document)
                            .doesNotHaveDuplicates();
                }
                counts.add(counted.count());
            }
            statements.put(document, counts);
        });

        // For one, two and three councils. placementMix: the first placement's start (the day's check), then the mix and
        // the children on short breaks, each once for each group of councils. The trend (the first placement's start, then
        // every month end's totals) and sufficiency read every council in the same statements.
        assertThat(statements).isEqualTo(Map.of(
                "placementMix", List.of(3, 5, 5),
                "placementMixTrend", List.of(2, 2, 2),
                "sufficiency", List.of(5, 5, 5)));
    }

    private CypherStatements.Counted<Object> count(String document, Map<String, Object> variables, List<String> councils) {
        HttpGraphQlTester commissioner = graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("commissioner-" + councils.size(), List.of("COMMISSIONER"), councils))).build());
        return CypherStatements.count(() -> commissioner.documentName(document).variables(variables).execute()
                .errors().verify().path("").entity(Object.class).get());
    }
}
