package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.care.Sex;
import org.fostergraph.neo4j.GraphSessions;
import org.fostergraph.neo4j.RecordValues;
import org.fostergraph.support.SafeCsv;

import org.springframework.stereotype.Service;

/**
 * Writes the graph's children and placements back as SSDA903 Header and Episodes files, streamed one child at a
 * time: the whole history, or one collection year as a council submits it (every episode open at any time in the
 * year, an episode still open at its end without DEC, REC or REASON_PLACE_CHANGE, and the children with such an
 * episode). An imported placement is written as the episodes it was read from, so importing the export changes
 * nothing. A placement recorded in fostergraph writes the legal status and category of need it holds (a move carries
 * the previous episode's), else LS and CIN are empty;
 * and REC is left empty where fostergraph does not know why the child left care: the council fills these in
 * from its case management system before sending the return.
 */
@Service
public class Ssda903Exporter {

    private static final String NO_URN = "XXXXXXX";

    private final GraphSessions sessions;
    private final Clock clock;

    Ssda903Exporter(GraphSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The children an export of the council's return holds, for the read audit written before it is sent. */
    public List<String> childIds(String council, Optional<ReturnYear> year) {
        try (Session session = sessions.open()) {
            return session.executeRead(tx -> tx.run("""
                    %s
                    RETURN c.id AS id ORDER BY id
                    """.formatted(CHILDREN_OF_THE_RETURN), parameters(council, year)).list(row -> row.get("id").asString()));
        }
    }

    public void writeHeader(String council, Optional<ReturnYear> year, Writer out) {
        // Sex is coded as the year's code list has it; the whole history is written in today's codes.
        int codeListYear = year.map(ReturnYear::codeListYear).orElseGet(() -> Ssda903Codes.collectionYear(LocalDate.now(clock)));
        stream(out, parameters(council, year), Ssda903Table.HEADER, """
                %s
                RETURN coalesce(c.returnId, c.id) AS child, c.sex AS sex, c.dateOfBirth AS dateOfBirth, c.ethnicity AS ethnicity,
                       c.mother AS mother, c.firstChildBorn AS firstChildBorn
                ORDER BY child
                """.formatted(CHILDREN_OF_THE_RETURN), (record, printer) -> {
            String mother = record.get("mother").asString(null);
            LocalDate firstChildBorn = RecordValues.date(record.get("firstChildBorn"));
            if (year.isPresent() && firstChildBorn != null && firstChildBorn.isAfter(year.get().lastDay())) {
                // In that year's return she was not a mother yet (the DfE's rule 625).
                mother = "0";
                firstChildBorn = null;
            }
            SafeCsv.printRecord(printer, Arrays.asList(record.get("child").asString(),
                    Sex.valueOf(record.get("sex").asString("MALE")).ssda903Code(codeListYear), date(record.get("dateOfBirth")),
                    record.get("ethnicity").asString(null), null, mother,
                    firstChildBorn == null ? null : firstChildBorn.format(Ssda903Rules.DATE)));
        });
    }

    public void writeEpisodes(String council, Optional<ReturnYear> year, Writer out) {
        stream(out, parameters(council, year), Ssda903Table.EPISODES, """
                %s
                WITH c, coalesce(c.returnId, c.id) AS child ORDER BY child
                RETURN child, c.homePostcodeSector AS homeSector,
                       COLLECT { MATCH (c)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                                 RETURN p {.start, .end, .placeCode, .providerCode, .newEpisodeReason, .episodeEndReason,
                                           .endReason, .placeChangeReason, .postcodeSector, .episodeStarts, .legalStatuses, .needCategories,
                                           .homeSectors, .homePosts, .placementPosts, .source, .legalStatus, .needCategory, urn: h.urn,
                                           householdSector: h.postcodeSector}
                                 ORDER BY p.start, p.id } AS placements
                """.formatted(CHILDREN_OF_THE_RETURN), (record, printer) -> {
            for (EpisodeRow episode : episodes(record)) {
                if (year.isEmpty()) {
                    SafeCsv.printRecord(printer, episode.cells());
                }
                else if (year.get().overlaps(episode.start(), episode.end())) {
                    SafeCsv.printRecord(printer, episode.asReturnedIn(year.get()).cells());
                }
            }
        });
    }

    /**
     * The council's children a return holds: every one for the whole history, else those with a placement open at any
     * time in the year (a placement's episodes lie within it).
     */
    private static final String CHILDREN_OF_THE_RETURN = """
            MATCH (c:Child {council: $council}) WHERE c.id IS NOT NULL
              AND ($first IS NULL OR EXISTS { (c)-[:HAD]->(p:Placement) WHERE p.start <= $last AND (p.end IS NULL OR p.end >= $first) })
            """;

    private static Map<String, Object> parameters(String council, Optional<ReturnYear> year) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("council", council);
        parameters.put("first", year.map(ReturnYear::firstDay).orElse(null));
        parameters.put("last", year.map(ReturnYear::lastDay).orElse(null));
        return parameters;
    }

    /** One Episodes row. */
    private record EpisodeRow(String child, LocalDate start, String newEpisodeReason, String legalStatus, String needCategory,
            String place, String provider, LocalDate end, String endReason, String placeChangeReason, String homePost,
            String placementPost, String urn) {

        /** As the year's return has it: an episode that ends after the year is still open at its end. */
        EpisodeRow asReturnedIn(ReturnYear year) {
            return end == null || !end.isAfter(year.lastDay()) ? this : new EpisodeRow(child, start, newEpisodeReason,
                    legalStatus, needCategory, place, provider, null, null, null, homePost, placementPost, urn);
        }

        List<Object> cells() {
            return Arrays.asList(child, start.format(Ssda903Rules.DATE), newEpisodeReason, legalStatus, needCategory, place,
                    provider, end == null ? null : end.format(Ssda903Rules.DATE), endReason, placeChangeReason, homePost,
                    placementPost, urn);
        }
    }

    private static List<EpisodeRow> episodes(Record record) {
        String child = record.get("child").asString();
        List<Value> placements = record.get("placements").asList(value -> value);
        List<EpisodeRow> rows = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Value p = placements.get(i);
            LocalDate start = p.get("start").asLocalDate();
            LocalDate end = RecordValues.date(p.get("end"));
            boolean imported = "SSDA903".equals(p.get("source").asString(null));
            String urn = Objects.requireNonNullElse(p.get("urn").asString(null), NO_URN);
            String placementSector = imported ? p.get("postcodeSector").asString(null) : p.get("householdSector").asString(null);
            if (imported) {
                List<LocalDate> starts = p.get("episodeStarts").asList(Value::asLocalDate);
                List<String> legalStatuses = p.get("legalStatuses").asList(Value::asString);
                List<String> needCategories = p.get("needCategories").asList(Value::asString);
                // HOME_POST and PL_POST as the return gave them; a placement imported before they were kept has its sectors.
                List<String> homePosts = asGiven(p.get("homePosts"), p.get("homeSectors").asList(Value::asString));
                List<String> placementPosts = asGiven(p.get("placementPosts"),
                        java.util.Collections.nCopies(starts.size(), Objects.requireNonNullElse(placementSector, "")));
                for (int e = 0; e < starts.size(); e++) {
                    boolean last = e == starts.size() - 1;
                    rows.add(new EpisodeRow(child, starts.get(e), e == 0 ? p.get("newEpisodeReason").asString() : "L",
                            legalStatuses.get(e), needCategories.get(e), p.get("placeCode").asString(),
                            p.get("providerCode").asString(null), last ? end : starts.get(e + 1),
                            last ? p.get("episodeEndReason").asString(null) : "X1",
                            last ? p.get("placeChangeReason").asString(null) : null,
                            emptyToNull(homePosts.get(e)), emptyToNull(placementPosts.get(e)), urn));
                }
            }
            else {
                boolean followsOn = i > 0 && start.equals(RecordValues.date(placements.get(i - 1).get("end")));
                boolean carriesOn = end != null && i + 1 < placements.size()
                        && end.equals(placements.get(i + 1).get("start").asLocalDate());
                // fostergraph keeps one reason a placement ended: a REASON_PLACE_CHANGE when the child moved on the
                // day (the episode ceases with REC X1), else the REC the child left care with.
                String endReason = p.get("endReason").asString(null);
                // A move changes the placement, not the legal status or the category of need (RNE P; the DfE's rules 435
                // and 504): a placement recorded without them carries the previous episode's.
                EpisodeRow previous = followsOn && !rows.isEmpty() ? rows.get(rows.size() - 1) : null;
                String legalStatus = p.get("legalStatus").asString(previous == null ? null : previous.legalStatus());
                String needCategory = p.get("needCategory").asString(previous == null ? null : previous.needCategory());
                rows.add(new EpisodeRow(child, start, followsOn ? "P" : "S", legalStatus, needCategory, p.get("placeCode").asString(),
                        p.get("providerCode").asString(null), end, carriesOn ? "X1" : endReason, carriesOn ? endReason : null,
                        record.get("homeSector").asString(null), placementSector, urn));
            }
        }
        return rows;
    }

    private static List<String> asGiven(Value kept, List<String> otherwise) {
        return kept == null || kept.isNull() ? otherwise : kept.asList(Value::asString);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String date(Value value) {
        LocalDate date = RecordValues.date(value);
        return date == null ? null : date.format(Ssda903Rules.DATE);
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Record record, CSVPrinter printer) throws IOException;
    }

    private void stream(Writer out, Map<String, Object> parameters, Ssda903Table table, String cypher, RowWriter rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get();
        // One explicit transaction, not a managed one: a managed read is retried on a transient error, which would
        // write the rows already sent a second time.
        try (Session session = sessions.open(); Transaction tx = session.beginTransaction()) {
            CSVPrinter printer = new CSVPrinter(out, format);
            Result result = tx.run(cypher, parameters);
            while (result.hasNext()) {
                rows.write(result.next(), printer);
            }
            printer.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
