package org.fostergraph.care;

import java.util.List;

/**
 * The index keys that find the placements open on a day without reading every placement. A placement is open on day
 * {@code d} when {@code start <= d} and its end is null or after {@code d}; Neo4j indexes no nulls, so a placement also
 * carries {@code openUntil} (its end, or {@link #STILL_OPEN} while it has none) and its child's {@code council}, both
 * in the composite index of graph-schema/V007. The day's placements are then a seek on {@code (council, openUntil > d)}
 * instead of a scan of five years of history. Every statement that creates a placement or writes its end sets both
 * keys with {@link #keys}; after every hand-built-graph test, {@code HandBuiltGraphTest} checks that no placement's
 * keys disagree with its child and its end, whichever writer made it.
 */
public final class OpenPlacements {

    /** The {@code openUntil} of a placement with no end: after any day a report or change can name. */
    public static final String STILL_OPEN = "date('9999-12-31')";

    /**
     * Whether the bound placement {@code placement} is open on {@code day} (a parameter or a variable): the one
     * definition, for statements that reach placements through their household or child rather than by the index.
     */
    public static String isOpen(String placement, String day) {
        return "(%1$s.start <= %2$s AND %1$s.openUntil > %2$s)".formatted(placement, day);
    }

    private static final java.util.regex.Pattern OPEN_ON = java.util.regex.Pattern.compile(
            "PLACEMENT_OPEN_ON\\((\\w+), (\\$?\\w+)\\)");

    /**
     * The statement with each {@code PLACEMENT_OPEN_ON(p, day)} in it written out as {@link #isOpen}: statements keep
     * the test where they read it, and its definition stays here.
     */
    public static String expand(String cypher) {
        return OPEN_ON.matcher(cypher).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                isOpen(match.group(1), match.group(2))));
    }

    /**
     * The clause that binds {@code placement} to each placement of the councils bound as {@code $councils} open on
     * {@code day} (a parameter or a variable), by the index; the hint makes the statement fail rather than scan,
     * should the planner ever pass the index by.
     */
    public static String openOn(String placement, String day) {
        return """
                MATCH (%1$s:Placement) USING INDEX %1$s:Placement(council, openUntil)
                WHERE %1$s.council IN $councils AND %1$s.openUntil > %2$s AND %1$s.start <= %2$s
                """.formatted(placement, day);
    }

    /**
     * Keeps, of the rows binding {@code child} and {@code placement}, one per child: its latest-starting placement
     * (the greater id of two starting on one day), so that a child counts once should two placements overlap. Every
     * report of the day's placements picks the same one, which the suppression of linked tables relies on. Picked per
     * child: sorting a country's placements cost more than the rest of the placement mix.
     */
    public static String latestPerChild(String child, String placement) {
        return """
                WITH %1$s, collect(%2$s) AS placementsOfChild
                WITH %1$s, CASE size(placementsOfChild) WHEN 1 THEN placementsOfChild[0]
                        ELSE reduce(latest = head(placementsOfChild), q IN tail(placementsOfChild) |
                             CASE WHEN q.start > latest.start OR (q.start = latest.start AND q.id > latest.id) THEN q ELSE latest END)
                        END AS %2$s
                """.formatted(child, placement);
    }

    /**
     * SSDA903 legal statuses of an agreed series of short breaks: V3 (individual placements) and V4 (one placement). The
     * DfE counts these children apart from the children looked after (Children looked after in England, its
     * methodology: "excluding children looked after under an agreed series of short-term placements").
     */
    public static final List<String> SHORT_BREAK_LEGAL_STATUSES = List.of("V3", "V4");

    /**
     * The legal status of {@code placement} on {@code day}: an imported placement's episode open that day (its episodes'
     * statuses and starts are kept), else the status recorded with the placement; null when none is known.
     */
    public static String legalStatusOn(String placement, String day) {
        return "coalesce(%1$s.legalStatuses[size([start IN coalesce(%1$s.episodeStarts, []) WHERE start <= %2$s]) - 1], %1$s.legalStatus)"
                .formatted(placement, day);
    }

    /**
     * Whether {@code placement} is, on {@code day}, one of an agreed series of short breaks (bound as
     * {@code $shortBreakLegalStatuses}, {@link #SHORT_BREAK_LEGAL_STATUSES}): the DfE's headline counts leave it out.
     */
    public static String isShortBreakOn(String placement, String day) {
        return "coalesce(%s IN $shortBreakLegalStatuses, false)".formatted(legalStatusOn(placement, day));
    }

    /**
     * A {@code SET} item list giving {@code placement} the keys for its child {@code child} and end {@code end}. A
     * placement is open until its end or, with none, until the day its state became unknown ({@code unknownFrom}: a
     * later SSDA903 return refused the child, so nothing says they stayed; Ssda903Importer), or for good.
     */
    public static String keys(String placement, String child, String end) {
        return "%1$s.council = %2$s.council, %1$s.openUntil = coalesce(%3$s, %1$s.unknownFrom, %4$s)".formatted(placement, child, end, STILL_OPEN);
    }

    private OpenPlacements() {
    }
}
