package org.fostergraph.child;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChildMutationController {

    private final ChildChanges changes;

    ChildMutationController(ChildChanges changes) {
        this.changes = changes;
    }

    @MutationMapping
    Child registerChild(@Argument ChildCommands.RegisterChild input) {
        return changes.register(input);
    }

    @MutationMapping
    Child setChildLocations(@Argument ChildCommands.SetChildLocations input) {
        return changes.setLocations(input);
    }

    @MutationMapping
    Child recordChildNeeds(@Argument ChildCommands.RecordChildNeeds input) {
        return changes.recordNeeds(input);
    }

    @MutationMapping
    Child linkSiblings(@Argument ChildCommands.LinkSiblings input) {
        return changes.linkSiblings(input);
    }
}
