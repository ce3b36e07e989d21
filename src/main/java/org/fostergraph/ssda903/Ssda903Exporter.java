package org.fostergraph.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * time. An imported placement is written as the episodes it was read from, so importing the export changes
 * nothing. A placement recorded in fostergraph has no legal status or category of need (LS and CIN are empty),
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
    public List<String> childIds(String council) {
        try (Session session = sessions.open()) {
            return session.executeRead(tx -> tx.run("MATCH (c:Child {council: $council}) RETURN c.id AS id ORDER BY id",
                    Map.of("council", council)).list(row -> row.get("id").asString()));
        }
    }

    public void writeHeader(String council, Writer out) {
        stream(out, council, Ssda903Table.HEADER, """
                MATCH (c:Child {council: $council}) WHERE c.id IS NOT NULL
                RETURN coalesce(c.returnId, c.id) AS child, c.sex AS sex, c.dateOfBirth AS dateOfBirth
                ORDER BY child
                """, (record, printer) -> SafeCsv.printRecord(printer, Arrays.asList(record.get("child").asString(),
                Sex.valueOf(record.get("sex").asString("MALE")).ssda903Code(Ssda903Codes.collectionYear(LocalDate.now(clock))),
                date(record.get("dateOfBirth")), null, null, null, null)));
    }

    public void writeEpisodes(String council, Writer out) {
        stream(out, council, Ssda903Table.EPISODES, """
                MATCH (c:Child {council: $council}) WHERE c.id IS NOT NULL
                WITH c, coalesce(c.returnId, c.id) AS child ORDER BY child
                RETURN child, c.homePostcodeSector AS homeSector,
                       COLLECT { MATCH (c)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                                 RETURN p {.start, .end, .placeCode, .providerCode, .newEpisodeReason, .episodeEndReason,
                                           .endReason, .placeChangeReason, .postcodeSector, .episodeStarts, .legalStatuses, .needCategories,
                                           .homeSectors, .homePosts, .placementPosts, .source, urn: h.urn,
                                           householdSector: h.postcodeSector}
                                 ORDER BY p.start, p.id } AS placements
                """, (record, printer) -> {
            for (List<Object> episode : episodes(record)) {
                SafeCsv.printRecord(printer, episode);
            }
        });
    }

    private static List<List<Object>> episodes(Record record) {
        String child = record.get("child").asString();
        List<Value> placements = record.get("placements").asList(value -> value);
        List<List<Object>> rows = new ArrayList<>();
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
                    rows.add(row(child, starts.get(e), e == 0 ? p.get("newEpisodeReason").asString() : "L",
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
                rows.add(row(child, start, followsOn ? "P" : "S", null, null, p.get("placeCode").asString(),
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

    private static List<Object> row(String child, LocalDate start, String newEpisodeReason, String legalStatus,
            String needCategory, String place, String provider, LocalDate end, String endReason, String placeChangeReason,
            String homeSector, String placementSector, String urn) {
        List<Object> row = new ArrayList<>();
        row.add(child);
        row.add(start.format(Ssda903Rules.DATE));
        row.add(newEpisodeReason);
        row.add(legalStatus);
        row.add(needCategory);
        row.add(place);
        row.add(provider);
        row.add(end == null ? null : end.format(Ssda903Rules.DATE));
        row.add(endReason);
        row.add(placeChangeReason);
        row.add(homeSector);
        row.add(placementSector);
        row.add(urn);
        return row;
    }

    private static String date(Value value) {
        LocalDate date = RecordValues.date(value);
        return date == null ? null : date.format(Ssda903Rules.DATE);
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Record record, CSVPrinter printer) throws IOException;
    }

    private void stream(Writer out, String council, Ssda903Table table, String cypher, RowWriter rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get();
        // One explicit transaction, not a managed one: a managed read is retried on a transient error, which would
        // write the rows already sent a second time.
        try (Session session = sessions.open(); Transaction tx = session.beginTransaction()) {
            CSVPrinter printer = new CSVPrinter(out, format);
            Result result = tx.run(cypher, Map.of("council", council));
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
