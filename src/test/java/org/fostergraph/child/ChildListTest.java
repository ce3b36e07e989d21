package org.fostergraph.child;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/** The placement officer's list of children: the caller's council only, by id, in pages, filtered. */
class ChildListTest extends HandBuiltGraphTest {

    @BeforeEach
    void fourChildren() {
        given("""
                CREATE (north:Locality {id: 'L1', name: 'Northtown', centre: point({latitude: 52.6, longitude: -2.0})})
                CREATE (south:Locality {id: 'L2', name: 'Southby', centre: point({latitude: 52.5, longitude: -2.0})})
                CREATE (h:Household {id: 'H1', name: 'Home', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', approvedPlaces: 3})
                CREATE (a:Child {id: 'C-A', dateOfBirth: date('2015-01-01'), sex: 'FEMALE'})-[:HOME_IN]->(north)
                CREATE (b:Child {id: 'C-B', dateOfBirth: date('2016-01-01'), sex: 'MALE'})-[:HOME_IN]->(north)
                CREATE (c:Child {id: 'C-C', dateOfBirth: date('2017-01-01'), sex: 'MALE'})-[:HOME_IN]->(south)
                CREATE (:Child {id: 'C-D', dateOfBirth: date('2012-01-01'), sex: 'FEMALE', council: 'OTHER'})-[:HOME_IN]->(south)
                CREATE (a)-[:HAD]->(:Placement {id: 'P-A', start: date('2026-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(h)
                CREATE (b)-[:HAD]->(:Placement {id: 'P-B', start: date('2025-01-01'), end: date('2026-01-01'), placeCode: 'U4',
                        providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(h)
                CREATE (c)-[:HAD]->(:Placement {id: 'P-C', start: date('2026-06-01'), placeCode: 'U6', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(h)
                """);
    }

    @Test
    void pagesThroughTheCouncilsChildrenById() {
        var first = graphQl.document("{ children(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }")
                .execute().errors().verify();
        first.path("children.totalCount").entity(Integer.class).isEqualTo(3)
                .path("children.edges[*].node.id").entityList(String.class).containsExactly("C-A", "C-B")
                .path("children.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String after = first.path("children.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("query($after: String) { children(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }")
                .variable("after", after).execute().errors().verify()
                .path("children.edges[*].node.id").entityList(String.class).containsExactly("C-C")
                .path("children.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void filtersByHomeLocalityAndByBeingInCareToday() {
        graphQl.document("{ children(inCare: true) { totalCount edges { node { id } } } }").execute().errors().verify()
                .path("children.totalCount").entity(Integer.class).isEqualTo(2)
                .path("children.edges[*].node.id").entityList(String.class).containsExactly("C-A", "C-C");
        graphQl.document("{ children(inCare: false) { edges { node { id } } } }").execute().errors().verify()
                .path("children.edges[*].node.id").entityList(String.class).containsExactly("C-B");
        graphQl.document("{ children(localityId: \"L1\", inCare: true) { totalCount edges { node { id } } } }").execute().errors().verify()
                .path("children.totalCount").entity(Integer.class).isEqualTo(1)
                .path("children.edges[*].node.id").entityList(String.class).containsExactly("C-A");
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedByName() {
        graphQl.document("{ children(first: 101) { totalCount } }").execute().errors()
                .expect(error -> error.getMessage().contains("first") && error.getMessage().contains("101")).verify();
    }
}
