package org.fostergraph.child;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.history.ChangeLog;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.history.Recorded;
import org.fostergraph.history.Recorded.Subject;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/** Registering children, linking siblings, recording needs and where home and school are. */
@Service
public class ChildChanges {

    /** Children are looked after up to 18; care leavers' records run to 25. */
    static final int OLDEST = 25;

    private final ChildRepository children;
    private final ChildService childService;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final Clock clock;

    ChildChanges(ChildRepository children, ChildService childService, ChangeLog changeLog, CurrentActor actor, Clock clock) {
        this.children = children;
        this.childService = childService;
        this.changeLog = changeLog;
        this.actor = actor;
        this.clock = clock;
    }

    public Child register(ChildCommands.RegisterChild command) {
        LocalDate today = LocalDate.now(clock);
        if (command.dateOfBirth().isAfter(today) || command.dateOfBirth().isBefore(today.minusYears(OLDEST))) {
            throw new InvalidArgumentException("dateOfBirth", command.dateOfBirth(),
                    "a child in care was born in the last " + OLDEST + " years, and not after today (" + today + ")");
        }
        checkLocations(command.locations());
        return changeLog.apply("registerChild", command, () -> {
            checkLocality(command.homeLocalityId());
            String id = Ids.next("CH");
            children.register(id, command, actor.name(), actor.council(), ZonedDateTime.now(clock));
            return new Recorded(id, "Child " + id + " registered", Map.of(Subject.Child, List.of(id)));
        }, this::read);
    }

    public Child setLocations(ChildCommands.SetChildLocations command) {
        checkLocations(command.locations());
        return changeLog.apply("setChildLocations", command, () -> {
            Child before = childService.lockForChange("childId", command.childId());
            checkLocality(command.homeLocalityId());
            children.setLocations(before.id(), command.locations(), actor.name(), ZonedDateTime.now(clock));
            // Only sectors and names go in the summary: the history is read by more people than the record.
            return new Recorded(before.id(), "Home and school of child " + before.id() + " changed: home sector "
                    + before.homePostcodeSector() + " to " + command.homePostcodeSector() + ", school "
                    + before.schoolName() + " to " + command.schoolName(), Map.of(Subject.Child, List.of(before.id())));
        }, this::read);
    }

    public Child recordNeeds(ChildCommands.RecordChildNeeds command) {
        return changeLog.apply("recordChildNeeds", command, () -> {
            Child before = childService.lockForChange("childId", command.childId());
            List<String> needs = ChildCommands.needNames(command.needs());
            children.setNeeds(before.id(), needs, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(before.id(), "Needs of child " + before.id() + " changed from " + before.needs() + " to " + needs,
                    Map.of(Subject.Child, List.of(before.id())));
        }, this::read);
    }

    public Child linkSiblings(ChildCommands.LinkSiblings command) {
        if (command.childId().equals(command.siblingId())) {
            throw new InvalidArgumentException("siblingId", command.siblingId(), "a child is not their own sibling");
        }
        return changeLog.apply("linkSiblings", command, () -> {
            childService.lockForChange("childId", command.childId());
            childService.lockForChange("siblingId", command.siblingId());
            boolean linked = children.linkSiblings(command.childId(), command.siblingId(), actor.name(), ZonedDateTime.now(clock));
            return new Recorded(command.childId(), "Children " + command.childId() + " and " + command.siblingId()
                    + (linked ? " linked as siblings" : " were already linked as siblings"),
                    Map.of(Subject.Child, List.of(command.childId(), command.siblingId())));
        }, this::read);
    }

    private void checkLocality(String localityId) {
        if (localityId != null && !children.localityExists(localityId)) {
            throw new NotFoundException("homeLocalityId", localityId, "locality");
        }
    }

    private static void checkLocations(ChildCommands.Locations locations) {
        if (locations.homeLocation() != null) {
            locations.homeLocation().checked("homeLocation");
        }
        if (locations.schoolLocation() != null) {
            locations.schoolLocation().checked("schoolLocation");
        }
        if (locations.schoolName() != null && locations.schoolName().length() > 200) {
            throw new InvalidArgumentException("schoolName", locations.schoolName(), "at most 200 characters");
        }
    }

    private Child read(String id) {
        return childService.findById(id).orElseThrow();
    }
}
