package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public DfE-rule validator's own fictional return (its {@code fake-data}, 2,675 children), imported as published,
 * against what the validator says of each child. {@code validator-children.csv} is the validator's verdict, child by
 * child, for 2022/23 with only the rules Header and Episodes alone decide ({@code scripts/ssda903-validator-children
 * --year 2023}); nothing of fostergraph's made it.
 * <ul>
 * <li>Every child the validator finds nothing wrong with is imported.
 * <li>Every problem fostergraph refuses a child for names a field that a rule the validator fails for that same child
 * is about: fostergraph refuses nothing the DfE's rules accept.
 * </ul>
 */
@TestPropertySource(properties = "fostergraph.ssda903.listed-problems=100000")
class ValidatorFakeDataTest extends HandBuiltGraphTest {

    private static final String FOLDER = "ssda903/validator-fake-data/";

    @Test
    void theValidatorsFakeDataImportsAsPublishedRefusingOnlyWhatTheValidatorRefuses() throws IOException {
        given("CREATE (:LocalAuthority {code: 'DEMO', name: 'Test Council'})");
        String header = text("header.csv");
        String episodes = text("episodes.csv");
        Map<String, Set<String>> validatorFieldsByChild = validatorVerdict();

        Ssda903ImportSummary summary = importReturn(header, episodes);

        assertThat(summary.problems()).hasSize(summary.problemCount());
        Set<String> accepted = new TreeSet<>(neo4j.query("MATCH (c:Child {council: 'DEMO'}) RETURN c.returnId AS id")
                .fetchAs(String.class).all());
        Map<String, List<Ssda903Problem>> problemsByChild = byChild(summary.problems(), childByRow(header), childByRow(episodes));
        Set<String> refused = new TreeSet<>(validatorFieldsByChild.keySet());
        refused.removeAll(accepted);

        Set<String> cleanByTheValidator = validatorFieldsByChild.entrySet().stream().filter(child -> child.getValue().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(cleanByTheValidator).as("children the validator finds nothing wrong with").hasSize(502);
        assertThat(accepted).as("children imported").containsAll(cleanByTheValidator);
        assertThat(refused).as("every refused child has problems listed").allMatch(problemsByChild::containsKey);
        Map<String, List<String>> refusedWhereTheValidatorIsSilent = new TreeMap<>();
        for (String child : refused) {
            List<String> unmatched = problemsByChild.get(child).stream()
                    .filter(problem -> problem.column() == null || !validatorFieldsByChild.get(child).contains(problem.column()))
                    .map(problem -> problem.column() + " '" + problem.value() + "': " + problem.message()).toList();
            if (!unmatched.isEmpty()) {
                refusedWhereTheValidatorIsSilent.put(child, unmatched);
            }
        }
        assertThat(refusedWhereTheValidatorIsSilent).as("refusals on a field no failing rule of the validator is about").isEmpty();
        assertThat(summary.children().rejected()).isEqualTo(refused.size());
        assertThat(accepted.size() + refused.size()).isEqualTo(2_675);

        // Export, then import the export: every child and placement comes back unchanged.
        List<String> graph = GraphDump.of(neo4j);
        String exportedHeader = download("/api/ssda903/header.csv");
        String exportedEpisodes = download("/api/ssda903/episodes.csv");
        Ssda903ImportSummary again = importReturn(exportedHeader, exportedEpisodes);
        assertThat(again.problemCount()).isZero();
        assertThat(again.children()).isEqualTo(new Ssda903ImportSummary.Children(accepted.size(), 0, 0, accepted.size(), 0, 0));
        assertThat(again.placements().created() + again.placements().updated() + again.placements().removed()).isZero();
        assertThat(GraphDump.of(neo4j)).isEqualTo(graph);
    }

    private Ssda903ImportSummary importReturn(String header, String episodes) {
        return bigAnswers().post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(Ssda903ImportTest.multipart("header.csv", header, "episodes.csv", episodes))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Ssda903ImportSummary.class).returnResult().getResponseBody();
    }

    private String download(String path) {
        return bigAnswers().get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** The client, taking answers of a few megabytes: a summary listing every problem, an export of every child. */
    private org.springframework.test.web.reactive.server.WebTestClient bigAnswers() {
        return http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 << 20)).build();
    }

    /** The fields the validator's failing rules are about, by child: empty for a child it finds nothing wrong with. */
    private static Map<String, Set<String>> validatorVerdict() throws IOException {
        Map<String, Set<String>> fields = new TreeMap<>();
        for (CSVRecord row : records(text("validator-children.csv"))) {
            Set<String> about = new TreeSet<>();
            if (!row.get("failing_rules").isEmpty()) {
                for (String rule : row.get("failing_rules").split("\\|")) {
                    about.addAll(List.of(rule.substring(rule.indexOf(':') + 1).split("\\+")));
                }
            }
            fields.put(row.get("CHILD"), about);
        }
        return fields;
    }

    private static Map<String, List<Ssda903Problem>> byChild(List<Ssda903Problem> problems, Map<Long, String> headerChildren,
            Map<Long, String> episodeChildren) {
        Map<String, List<Ssda903Problem>> byChild = new HashMap<>();
        for (Ssda903Problem problem : problems) {
            String child = ("header.csv".equals(problem.file()) ? headerChildren : episodeChildren).get(problem.row());
            byChild.computeIfAbsent(child, key -> new ArrayList<>()).add(problem);
        }
        return byChild;
    }

    /** Each row's CHILD, by row number as the import counts them (the column names are row 1). */
    private static Map<Long, String> childByRow(String csv) throws IOException {
        Map<Long, String> children = new HashMap<>();
        for (CSVRecord row : records(csv)) {
            children.put(row.getRecordNumber() + 1, row.get("CHILD").strip().toUpperCase(java.util.Locale.ROOT));
        }
        return children;
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (Reader reader = new StringReader(csv); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private static String text(String file) throws IOException {
        return new ClassPathResource(FOLDER + file).getContentAsString(StandardCharsets.UTF_8);
    }
}
