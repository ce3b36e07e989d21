package org.fostergraph.constellation;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/** Building a constellation and recording its life; today is 2026-11-24. HUB is the hub of C1 with 2 of 4 places filled. */
class ConstellationMutationsTest extends ChangeTest {

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
        given("CREATE (:SocialWorker {id: 'SW-9', name: 'Jo Bright'})");
    }

    @Test
    void createsAConstellationAroundAnApprovedInHouseHubAndAddsSatellites() {
        String id = graphQl.documentName("createConstellation").variable("input", Map.of("name", "Eastgate constellation",
                "hubId", "HH-B", "launched", "2026-11-01", "liaisonWorkerId", "SW-9")).execute()
                .path("createConstellation.name").entity(String.class).isEqualTo("Eastgate constellation")
                .path("createConstellation.hub.id").entity(String.class).isEqualTo("HH-B")
                .path("createConstellation.hub.constellationRole").entity(String.class).isEqualTo("HUB")
                .path("createConstellation.hub.vacancies").entity(Integer.class).isEqualTo(1)
                .path("createConstellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(2)
                .path("createConstellation.liaisonWorker.id").entity(String.class).isEqualTo("SW-9")
                .path("createConstellation.fidelity.withinRange").entity(Boolean.class).isEqualTo(false)
                .path("createConstellation.fidelity.issues").entityList(String.class)
                .containsExactly("Has 0 satellite households; the Mockingbird model needs 6 to 10.")
                .path("createConstellation.id").entity(String.class).get();

        graphQl.documentName("addSatellite").variable("input", Map.of("constellationId", id, "householdId", "HH-A",
                "since", "2026-11-10")).execute()
                .path("addSatellite.satellites[*].id").entityList(String.class).containsExactly("HH-A")
                .path("addSatellite.satellites[0].constellationRole").entity(String.class).isEqualTo("SATELLITE")
                .path("addSatellite.fidelity.satelliteCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void refusesAHubThatCannotBeOne() {
        Map<String, Object> create = Map.of("name", "Eastgate constellation", "hubId", "HH-B", "launched", "2026-11-01");
        expectRefused("createConstellation", with(create, "hubId", "HH-IFA"), "HUB_NOT_ELIGIBLE", "hubId", "'HH-IFA'");
        expectRefused("createConstellation", with(create, "hubId", "HH-HOLD"), "HUB_NOT_ELIGIBLE", "hubId", "'HH-HOLD'");
        var oneBed = expectRefused("createConstellation", with(create, "hubId", "HH-A"), "HUB_NOT_ELIGIBLE", "hubId", "'HH-A'");
        assertThat(oneBed.getMessage()).isEqualTo(
                "hubId: a hub keeps two sleepover beds free; household HH-A has 1 bed(s) free of placements and holds");
        var taken = expectRefused("createConstellation", with(create, "hubId", "HUB"), "ALREADY_IN_CONSTELLATION", "hubId",
                "'HUB'");
        assertThat(taken.getMessage()).isEqualTo(
                "hubId: household HUB already belongs to constellation C1 as hub; a household belongs to one at most");
        expectRefused("createConstellation", with(create, "liaisonWorkerId", "SW-404"), "NOT_FOUND", "liaisonWorkerId", "'SW-404'");
        expectRefused("createConstellation", with(create, "launched", "2026-12-01"), "INVALID_ARGUMENT", "launched", "'2026-12-01'");
    }

    @Test
    void aConstellationTakesAtMostTenSatellitesEachInOneConstellation() {
        given("""
                MATCH (c:Constellation {id: 'C1'}), (l:Locality {id: 'L1'})
                UNWIND range(1, 10) AS n
                CREATE (h:Household {id: 'SAT-' + n, name: 'Satellite ' + n, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED',
                        approvedPlaces: 1})-[:SATELLITE_OF {since: date('2024-02-01')}]->(c)
                """);
        var full = expectRefused("addSatellite", Map.of("constellationId", "C1", "householdId", "HH-A", "since", "2026-11-24"),
                "CONSTELLATION_FULL", "constellationId", "'C1'");
        assertThat(full.getMessage()).isEqualTo(
                "constellationId: constellation C1 already has 10 satellites, the most the Mockingbird model supports");

        graphQl.documentName("removeSatellite").variable("input", Map.of("constellationId", "C1", "householdId", "SAT-1",
                "until", "2026-11-20", "reason", "Moved away")).execute()
                .path("removeSatellite.satellites").entityList(Object.class).hasSize(9);
        graphQl.documentName("createConstellation").variable("input", Map.of("name", "Second", "hubId", "HH-B",
                "launched", "2026-01-01")).execute().path("createConstellation.id").entity(String.class).get();
        String second = neo4j.query("MATCH (c:Constellation {name: 'Second'}) RETURN c.id").fetchAs(String.class).one().orElseThrow();

        expectRefused("addSatellite", Map.of("constellationId", second, "householdId", "SAT-2", "since", "2026-11-24"),
                "ALREADY_IN_CONSTELLATION", "householdId", "'SAT-2'");
        graphQl.documentName("addSatellite").variable("input", Map.of("constellationId", second, "householdId", "SAT-1",
                "since", "2026-11-24")).execute().path("addSatellite.satellites[*].id").entityList(String.class)
                .containsExactly("SAT-1");
        assertThat(count("MATCH (:Household {id: 'SAT-1'})-[m:SATELLITE_OF]->() RETURN count(m)")).isEqualTo(2);
    }

    @Test
    void refusesSatellitesThatCannotJoinOrLeave() {
        expectRefused("addSatellite", Map.of("constellationId", "C1", "householdId", "HH-IFA", "since", "2026-11-24"),
                "SATELLITE_NOT_ELIGIBLE", "householdId", "'HH-IFA'");
        expectRefused("addSatellite", Map.of("constellationId", "C-404", "householdId", "HH-A", "since", "2026-11-24"),
                "NOT_FOUND", "constellationId", "'C-404'");
        expectRefused("addSatellite", Map.of("constellationId", "C1", "householdId", "HH-A", "since", "2023-12-31"),
                "INVALID_ARGUMENT", "since", "'2023-12-31'");
        expectRefused("removeSatellite", Map.of("constellationId", "C1", "householdId", "HH-A", "until", "2026-11-24"),
                "NOT_A_SATELLITE", "householdId", "'HH-A'");
    }

    @Test
    void movesASatelliteToAnotherConstellationInOneChange() {
        String second = hhAInC1AndASecondConstellation();

        graphQl.documentName("moveSatellite").variable("input", Map.of("householdId", "HH-A", "fromConstellationId", "C1",
                "toConstellationId", second, "on", "2026-11-20", "reason", "Nearer the new hub")).execute()
                .path("moveSatellite.id").entity(String.class).isEqualTo(second)
                .path("moveSatellite.satellites[*].id").entityList(String.class).containsExactly("HH-A")
                .path("moveSatellite.satellites[0].constellationRole").entity(String.class).isEqualTo("SATELLITE")
                .path("moveSatellite.fidelity.satelliteCount").entity(Integer.class).isEqualTo(1);

        // The old membership ends the day the new one starts, and stays as history.
        assertThat(neo4j.query("""
                MATCH (:Household {id: 'HH-A'})-[m:SATELLITE_OF]->(c:Constellation)
                RETURN c.id + ' ' + toString(m.since) + '..' + coalesce(toString(m.until), '') + ' ' + coalesce(m.reason, '') AS row
                ORDER BY m.since""").fetchAs(String.class).all())
                .containsExactly("C1 2025-03-01..2026-11-20 Nearer the new hub", second + " 2026-11-20.. ");
        assertThat(count("MATCH (:Constellation {id: 'C1'})<-[m:SATELLITE_OF]-() WHERE m.until IS NULL RETURN count(m)"))
                .isZero();
        assertThat(count("MATCH (:Change {operation: 'moveSatellite'})-[:ABOUT]->(c:Constellation) RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void refusesAMoveThatCannotBeMadeWhole() {
        String second = hhAInC1AndASecondConstellation();
        Map<String, Object> move = Map.of("householdId", "HH-A", "fromConstellationId", "C1", "toConstellationId", second,
                "on", "2026-11-20");

        expectRefused("moveSatellite", with(move, "toConstellationId", "C1"), "INVALID_ARGUMENT", "toConstellationId", "'C1'");
        expectRefused("moveSatellite", with(move, "toConstellationId", "C-404"), "NOT_FOUND", "toConstellationId", "'C-404'");
        expectRefused("moveSatellite", with(move, "householdId", "HH-C"), "NOT_A_SATELLITE", "householdId", "'HH-C'");
        expectRefused("moveSatellite", with(move, "householdId", "HUB"), "NOT_A_SATELLITE", "householdId", "'HUB'");
        var beforeJoining = expectRefused("moveSatellite", with(move, "on", "2025-02-28"), "INVALID_ARGUMENT", "on", "'2025-02-28'");
        assertThat(beforeJoining.getMessage()).isEqualTo("on: household HH-A joined on 2025-03-01 (got '2025-02-28')");
        var beforeLaunch = expectRefused("moveSatellite", with(move, "on", "2026-05-31"), "INVALID_ARGUMENT", "on", "'2026-05-31'");
        assertThat(beforeLaunch.getMessage()).isEqualTo("on: constellation " + second + " launched on 2026-06-01 (got '2026-05-31')");
        expectRefused("moveSatellite", with(move, "on", "2026-11-25"), "INVALID_ARGUMENT", "on", "'2026-11-25'");

        // A full constellation refuses the move, and the household stays where it was: nothing is half done.
        given("MATCH (c:Constellation {name: 'Second'}) UNWIND range(1, 10) AS n "
                + "CREATE (:Household {id: 'SAT-' + n, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', approvedPlaces: 1})"
                + "-[:SATELLITE_OF {since: date('2026-07-01')}]->(c)");
        var full = expectRefused("moveSatellite", move, "CONSTELLATION_FULL", "toConstellationId", "'" + second + "'");
        assertThat(full.getMessage()).isEqualTo("toConstellationId: constellation " + second
                + " already has 10 satellites, the most the Mockingbird model supports");
        assertThat(count("MATCH (:Household {id: 'HH-A'})-[m:SATELLITE_OF]->(:Constellation {id: 'C1'}) WHERE m.until IS NULL "
                + "RETURN count(m)")).isEqualTo(1);
        assertThat(count("MATCH (:Household {id: 'HH-A'})-[m:SATELLITE_OF]->() RETURN count(m)")).isEqualTo(1);
    }

    /** HH-A a satellite of C1 since 1 March 2025, and a second constellation, "Second" around HH-B, launched 1 June 2026. */
    private String hhAInC1AndASecondConstellation() {
        given("MATCH (h:Household {id: 'HH-A'}), (c:Constellation {id: 'C1'}) "
                + "CREATE (h)-[:SATELLITE_OF {since: date('2025-03-01')}]->(c)");
        return graphQl.documentName("createConstellation").variable("input", Map.of("name", "Second", "hubId", "HH-B",
                "launched", "2026-06-01")).execute().path("createConstellation.id").entity(String.class).get();
    }

    @Test
    void recordsMeetingsAndSocialActivities() {
        graphQl.documentName("recordConstellationEvent").variable("input", Map.of("constellationId", "C1", "kind", "MEETING",
                "date", "2026-11-12", "householdsAttending", 6, "note", "Planning the winter party")).execute()
                .path("recordConstellationEvent.kind").entity(String.class).isEqualTo("MEETING")
                .path("recordConstellationEvent.householdsAttending").entity(Integer.class).isEqualTo(6);
        graphQl.documentName("constellationLife").variable("id", "C1").execute()
                .path("constellation.events[*].date").entityList(String.class).containsExactly("2026-11-12");
        expectRefused("recordConstellationEvent", Map.of("constellationId", "C1", "kind", "MEETING", "date", "2026-11-12",
                "householdsAttending", 12), "INVALID_ARGUMENT", "householdsAttending", "'12'");
    }

    @Test
    void sleepoversUseTheHubsSleepoverBedsNightByNight() {
        Map<String, Object> stay = Map.of("constellationId", "C1", "childId", "K1", "kind", "SLEEPOVER", "urgency", "PLANNED",
                "start", "2026-11-27", "nights", 2);
        graphQl.documentName("recordSleepover").variable("input", stay).execute()
                .path("recordSleepover.end").entity(String.class).isEqualTo("2026-11-29")
                .path("recordSleepover.child.id").entity(String.class).isEqualTo("K1");
        graphQl.documentName("recordSleepover").variable("input", with(stay, "childId", "K2", "start", "2026-11-28",
                "nights", 1, "kind", "SHORT_BREAK")).execute()
                .path("recordSleepover.kind").entity(String.class).isEqualTo("SHORT_BREAK");

        var full = expectRefused("recordSleepover", with(stay, "childId", "K3", "start", "2026-11-26", "nights", 3),
                "NO_SLEEPOVER_BED", "start", "'2026-11-26'");
        assertThat(full.getMessage()).isEqualTo("start: the hub of constellation C1 has no sleepover bed free on the night of 2026-11-28");

        graphQl.documentName("recordSleepover").variable("input", with(stay, "childId", "K3", "start", "2026-11-24",
                "nights", 1, "urgency", "EMERGENCY")).execute();
        graphQl.documentName("constellationLife").variable("id", "C1").execute()
                .path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(1)
                .path("constellation.fidelity.hubSleepoverBedsFree").entity(Integer.class).isEqualTo(2)
                .path("constellation.fidelity.issues").entityList(String.class).hasSize(2)
                .path("constellation.sleepovers[*].child.id").entityList(String.class).containsExactly("K3", "K1", "K2");
        expectRefused("recordSleepover", with(stay, "nights", 15), "INVALID_ARGUMENT", "nights", "'15'");
    }
}
