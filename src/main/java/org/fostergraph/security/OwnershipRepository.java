package org.fostergraph.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Which council each named record belongs to, in one round trip for all the ids of a request. */
@Repository
class OwnershipRepository {

    private static final String OWNERS = """
            UNWIND $refs AS ref
            CALL (ref) {
              WITH ref WHERE ref.kind IN ['CHILD', 'RECORD'] MATCH (n:Child {id: ref.id}) RETURN n.council AS council
              UNION ALL
              WITH ref WHERE ref.kind IN ['HOUSEHOLD', 'RECORD'] MATCH (n:Household {id: ref.id}) RETURN n.council AS council
              UNION ALL
              WITH ref WHERE ref.kind IN ['CONSTELLATION', 'RECORD'] MATCH (n:Constellation {id: ref.id}) RETURN n.council AS council
              UNION ALL
              WITH ref WHERE ref.kind IN ['REFERRAL', 'RECORD'] MATCH (n:Referral {id: ref.id}) RETURN n.council AS council
              UNION ALL
              WITH ref WHERE ref.kind IN ['PLACEMENT', 'RECORD']
              MATCH (c:Child)-[:HAD]->(:Placement {id: ref.id}) RETURN c.council AS council
              UNION ALL
              WITH ref WHERE ref.kind IN ['HOLD', 'RECORD'] MATCH (:Hold {id: ref.id})-[:FOR]->(c:Child) RETURN c.council AS council
              UNION ALL
              WITH ref WHERE ref.kind = 'RECORD' MATCH (:Sleepover {id: ref.id})-[:AT]->(h:Household) RETURN h.council AS council
              UNION ALL
              WITH ref WHERE ref.kind = 'LOCALITY' MATCH (:Locality {id: ref.id})-[:IN]->(a:LocalAuthority) RETURN a.code AS council
              UNION ALL
              WITH ref WHERE ref.kind = 'SOCIAL_WORKER' MATCH (n:SocialWorker {id: ref.id}) RETURN n.council AS council
            }
            RETURN ref.kind AS kind, ref.id AS id, collect(coalesce(council, '')) AS councils
            """;

    private final Neo4jClient neo4j;

    OwnershipRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The councils of the records that exist, by kind and id; an id the graph does not hold is absent, and a record
     * no council has claimed has the empty code.
     */
    Map<OwnedId, Set<String>> owners(Collection<OwnedId> ids) {
        List<Map<String, Object>> refs = ids.stream().map(id -> Map.<String, Object>of("kind", id.kind().name(), "id", id.id())).toList();
        record Owner(OwnedId id, Set<String> councils) {
        }
        Map<OwnedId, Set<String>> owners = new HashMap<>();
        neo4j.query(OWNERS).bind(refs).to("refs")
                .fetchAs(Owner.class)
                .mappedBy((types, row) -> new Owner(new OwnedId(OwnedKind.valueOf(row.get("kind").asString()), row.get("id").asString()),
                        Set.copyOf(row.get("councils").asList(value -> value.asString()))))
                .all()
                .forEach(owner -> owners.put(owner.id(), owner.councils()));
        return owners;
    }

    record OwnedId(OwnedKind kind, String id) {
    }
}
