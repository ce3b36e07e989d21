package org.fostergraph.report;

/** The Cypher the reports share for a household's recruitment status on a past day. */
final class HouseholdStatusOnDay {

    /**
     * The status of household {@code h} on {@code $day}: its latest recorded status change up to that day, or, for a
     * household with no recorded history then, its current status if it held it by that day (else null).
     */
    static final String EXPRESSION = """
            coalesce(COLLECT { MATCH (h)-[:CHANGED_STATUS]->(s:StatusChange) WHERE s.date <= $day
                               RETURN s.status ORDER BY s.date DESC, s.id DESC LIMIT 1 }[0],
                     CASE WHEN h.statusSince IS NULL OR h.statusSince <= $day THEN h.status END)""";

    private HouseholdStatusOnDay() {
    }
}
