package org.fostergraph.history;

import org.springframework.stereotype.Component;

/**
 * Who is making a change, as recorded in the graph's history. Until authentication exists every change is
 * made by "system"; the security work replaces this with the signed-in user.
 */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    public String name() {
        return SYSTEM;
    }
}
