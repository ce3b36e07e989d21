package org.fostergraph.care;

import java.util.List;

/**
 * Approved places a household cannot offer for a while, and why: what Ofsted's fostering data collection counts as
 * vacant but <em>not available</em> (facts.md). Such places are neither filled nor offered ({@link Beds}); every reader
 * of a household's beds counts them with {@link #on}, the one place the rule for "not available on a day" is written.
 */
public final class PlacesNotAvailable {

    /** Why places are not available, as a provider or the fostering team records it. */
    public static final List<String> REASONS = List.of("CARER_BREAK", "CARER_CIRCUMSTANCES", "MATCHING", "ALLEGATION_OR_CONCERN",
            "ROOM_IN_USE", "OTHER");

    private PlacesNotAvailable() {
    }

    /**
     * A Cypher expression: the places of household {@code household} not available on {@code day} (a parameter or
     * expression), from the periods recorded ({@code (:PlacesNotAvailable)-[:AT]->(h)}, from {@code from} until the day
     * before {@code until}).
     */
    public static String on(String household, String day) {
        return "reduce(notAvailable = 0, places IN COLLECT { MATCH (" + household + ")<-[:AT]-(na:PlacesNotAvailable) "
                + "WHERE na.from <= " + day + " AND na.until > " + day + " RETURN na.places } | notAvailable + places)";
    }
}
