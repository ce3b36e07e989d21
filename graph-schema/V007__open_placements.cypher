// The placements open on a day, found by an index seek: each placement carries its child's council and openUntil, its
// end or 9999-12-31 while it has none (Neo4j indexes no nulls). Open on day d: council IN …, openUntil > d, start <= d.
// The national benchmark measured a national placement mix at over 10 s while it scanned a million placements
// (docs/PERFORMANCE.md).
CREATE INDEX placement_council_open_until IF NOT EXISTS FOR (n:Placement) ON (n.council, n.openUntil);
MATCH (c:Child)-[:HAD]->(p:Placement)
CALL (c, p) { SET p.council = c.council, p.openUntil = coalesce(p.end, date('9999-12-31')) } IN TRANSACTIONS OF 10000 ROWS;
