package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.fostergraph.HandBuiltGraphTest;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: any return the DfE's rules accept imports whole, and then every report answers on every month end, with
 * {@code total = internal + external} and the number of children looked after counted from the return itself (every
 * child with an episode open on the day whose legal status is not a short break's). The returns are random
 * ({@link RandomReturns}: moves, changes of legal status, temporary placements, short breaks, returns to care, full
 * postcodes and sectors), and after the import a later Header corrects some children's dates of birth to after their
 * first placement, as a council's next return can.
 */
class RandomReturnsPropertyTest extends HandBuiltGraphTest {

    private static final LocalDate LAST_MONTH_END = LocalDate.of(2026, 10, 31);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void everyReportAnswersOnEveryMonthEndOfARandomReturn(long seed) {
        given("""
                CREATE (a:LocalAuthority {code: 'DEMO', name: 'Test Council', onsCode: 'E08000030'})
                CREATE (n:Locality {id: 'LOC-N', name: 'North', centre: point({latitude: 52.60, longitude: -1.98})})-[:IN]->(a)
                CREATE (:PostcodeSector {sector: 'WS1 1', centre: point({latitude: 52.58, longitude: -1.98})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'WS2 8', centre: point({latitude: 52.59, longitude: -2.00})})-[:IN]->(n)
                CREATE (:PostcodeSector {sector: 'DY1 4', centre: point({latitude: 52.51, longitude: -2.08})})
                """);
        RandomReturns.Return generated = new RandomReturns(seed).generate(60);

        Ssda903ImportSummary summary = importReturn(generated.header(), generated.episodesFile());

        assertThat(summary.problems()).as("problems").isEmpty();
        assertThat(summary.children().rejected()).isZero();
        assertThat(summary.children().created()).isEqualTo(60);

        // A later return corrects the dates of birth of every fifth child to a month after their first placement began.
        Map<String, LocalDate> firstStart = new LinkedHashMap<>();
        generated.episodes().forEach(row -> firstStart.merge(row.child(), row.start(), (a, b) -> a.isBefore(b) ? a : b));
        List<RandomReturns.Child> corrected = generated.children().stream().filter(child -> Integer.parseInt(child.id().substring(1)) % 5 == 0)
                .map(child -> new RandomReturns.Child(child.id(), child.sex(), firstStart.get(child.id()).plusMonths(1), child.ethnicity()))
                .toList();
        Ssda903ImportSummary correction = importReturn(new RandomReturns.Return(corrected, List.of()).header(),
                new RandomReturns.Return(List.of(), List.of()).episodesFile());
        assertThat(correction.problems()).isEmpty();
        assertThat(correction.children().updated()).isEqualTo(corrected.size());

        // The trend starts with the first placement (it refuses a day before any).
        LocalDate from = firstStart.values().stream().min(LocalDate::compareTo).orElseThrow();
        List<LocalDate> monthEnds = new ArrayList<>();
        for (LocalDate end = from.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(LAST_MONTH_END);
                end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            monthEnds.add(end);
        }
        List<Integer> expected = monthEnds.stream().map(day -> lookedAfterOn(generated.episodes(), day)).toList();
        var trend = graphQl.documentName("placementMixTrend").variable("from", from.toString())
                .variable("to", LAST_MONTH_END.toString()).execute().errors().verify();
        assertThat(trend.path("placementMixTrend[*].total").entityList(Integer.class).get()).isEqualTo(expected);
        List<Integer> internal = trend.path("placementMixTrend[*].internal").entityList(Integer.class).get();
        List<Integer> external = trend.path("placementMixTrend[*].external").entityList(Integer.class).get();
        for (int m = 0; m < monthEnds.size(); m++) {
            assertThat(internal.get(m) + external.get(m)).as("total = internal + external on %s", monthEnds.get(m))
                    .isEqualTo(expected.get(m));
        }
        for (int m = 0; m < monthEnds.size(); m += 3) {
            String day = monthEnds.get(m).toString();
            for (List<String> groupBy : List.of(List.<String>of(), List.of("LOCALITY"), List.of("AGE_BAND"), List.of("PLACEMENT_TYPE"),
                    List.of("PROVIDER"), List.of("LOCALITY", "AGE_BAND", "PLACEMENT_TYPE", "PROVIDER"))) {
                var mix = graphQl.documentName("placementMix").variable("asOf", day).variable("groupBy", groupBy).execute().errors().verify();
                int total = mix.path("placementMix.total").entity(Integer.class).get();
                assertThat(total).as("children looked after on %s", day).isEqualTo(expected.get(m));
                assertThat(mix.path("placementMix.internal").entity(Integer.class).get()
                        + mix.path("placementMix.external").entity(Integer.class).get()).isEqualTo(total);
            }
            var distance = graphQl.documentName("distanceFromHome").variable("asOf", day).execute().errors().verify();
            assertThat(distance.path("distanceFromHome.measured").entity(Integer.class).get()
                    + distance.path("distanceFromHome.unknownLocation").entity(Integer.class).get()).isEqualTo(expected.get(m));
            graphQl.documentName("sufficiency").variable("asOf", day).execute().errors().verify();
            graphQl.documentName("placementStability").variable("asOf", day).execute().errors().verify()
                    .path("placementStability.inCare").entity(Integer.class).isEqualTo(expected.get(m));
        }
    }

    /** Counted from the generated rows alone: children with an episode open on the day that is not a short break. */
    private static int lookedAfterOn(List<RandomReturns.Row> episodes, LocalDate day) {
        Set<String> children = episodes.stream().filter(row -> row.openOn(day) && !row.shortBreak())
                .map(RandomReturns.Row::child).collect(Collectors.toSet());
        return children.size();
    }

    private Ssda903ImportSummary importReturn(String header, String episodes) {
        return http.post().uri("/api/ssda903").contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(Ssda903Fixtures.multipart(header, episodes))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Ssda903ImportSummary.class).returnResult().getResponseBody();
    }
}
