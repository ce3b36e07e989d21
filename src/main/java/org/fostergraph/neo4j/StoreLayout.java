package org.fostergraph.neo4j;

/**
 * How fostergraph's Neo4j should keep each node's relationships: the in-process database is started with it, and a
 * Neo4j server needs the same setting (docker-compose.yml; README, "Against a Neo4j server").
 *
 * <p>Neo4j's store (the record formats Community Edition uses) keeps a node's relationships in one chain of every type
 * and direction until the node has {@value #RELATIONSHIP_GROUPING_THRESHOLD} of them, and in one chain per type and
 * direction from then on. Reading one kind of relationship of a node in one chain reads every relationship it has. A
 * household gains a relationship with every placement it ever had (about 21 over five years on the national graph),
 * and a match reads each household's locality, constellation and hub role, each a walk through all of them: on the
 * national graph 24 records read per household for its locality alone. With chains per type, a match's 751
 * households' localities cost 3,990 records read instead of 18,299 (docs/PERFORMANCE.md, "Relationships kept by type").
 * Neo4j's default (50) suits nodes whose relationships are mostly of one type; a household's, a child's and a
 * constellation's are of several.
 *
 * <p>A node is regrouped when it gains a relationship past the threshold, so a database created before this setting
 * regroups its busy households and children as they are next placed with or moved.
 */
public final class StoreLayout {

    /** Neo4j's setting (Community and Enterprise, 5.x, the record formats). */
    public static final String RELATIONSHIP_GROUPING_SETTING = "db.relationship_grouping_threshold";

    /** From this many relationships a node's are kept in one chain per type and direction. */
    public static final int RELATIONSHIP_GROUPING_THRESHOLD = 10;

    private StoreLayout() {
    }
}
