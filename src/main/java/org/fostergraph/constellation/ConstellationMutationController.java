package org.fostergraph.constellation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConstellationMutationController {

    /** How far back a constellation's sleepovers are listed. */
    private static final int SLEEPOVER_DAYS_SHOWN = 30;

    private final ConstellationChanges changes;
    private final ConstellationService constellations;
    private final ChildService children;
    private final Clock clock;

    ConstellationMutationController(ConstellationChanges changes, ConstellationService constellations, ChildService children,
            Clock clock) {
        this.changes = changes;
        this.constellations = constellations;
        this.children = children;
        this.clock = clock;
    }

    @MutationMapping
    Constellation createConstellation(@Argument ConstellationCommands.CreateConstellation input) {
        return changes.create(input);
    }

    @MutationMapping
    Constellation addSatellite(@Argument ConstellationCommands.AddSatellite input) {
        return changes.addSatellite(input);
    }

    @MutationMapping
    Constellation removeSatellite(@Argument ConstellationCommands.RemoveSatellite input) {
        return changes.removeSatellite(input);
    }

    @MutationMapping
    Constellation moveSatellite(@Argument ConstellationCommands.MoveSatellite input) {
        return changes.moveSatellite(input);
    }

    @MutationMapping
    ConstellationEvent recordConstellationEvent(@Argument ConstellationCommands.RecordConstellationEvent input) {
        return changes.recordEvent(input);
    }

    @MutationMapping
    Sleepover recordSleepover(@Argument ConstellationCommands.RecordSleepover input) {
        return changes.recordSleepover(input);
    }

    @BatchMapping
    Map<Constellation, List<ConstellationEvent>> events(List<Constellation> of) {
        return BatchResults.byKey(of, Constellation::id, constellations.events(of.stream().map(Constellation::id).toList()),
                List.of());
    }

    @BatchMapping
    Map<Constellation, List<Sleepover>> sleepovers(List<Constellation> of) {
        LocalDate from = LocalDate.now(clock).minusDays(SLEEPOVER_DAYS_SHOWN);
        return BatchResults.byKey(of, Constellation::id,
                constellations.sleepovers(of.stream().map(Constellation::id).toList(), from), List.of());
    }

    @BatchMapping(typeName = "Sleepover", field = "child")
    Map<Sleepover, Child> childOfSleepover(List<Sleepover> of) {
        return BatchResults.byKey(of, Sleepover::childId, children.findByIds(of.stream().map(Sleepover::childId).distinct().toList()),
                null);
    }
}
