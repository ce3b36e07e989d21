package org.fostergraph.history;

import java.util.TreeSet;

import org.fostergraph.security.Caller;
import org.fostergraph.security.Callers;
import org.springframework.stereotype.Component;

/**
 * Who is making a change, as recorded in the graph's history: the signed-in user, or "system" for the command
 * line and the seed.
 */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    public String name() {
        return Callers.current().map(Caller::name).orElse(SYSTEM);
    }

    /**
     * Whose client keys a change's key is among: the user's name and councils (or provider). The same key text sent by
     * another user, or by the same name in another council or provider, is another key.
     */
    public String clientKeyScope() {
        return Callers.current().map(caller -> caller.name() + "@" + String.join(",", new TreeSet<>(caller.councils()))
                        + (caller.providers().isEmpty() ? "" : "/provider:" + String.join(",", new TreeSet<>(caller.providers()))))
                .orElse(SYSTEM);
    }

    /** The council a new record belongs to: the signed-in user's; null outside a request (no council claims it). */
    public String council() {
        return Callers.current().map(Caller::councilForChanges).orElse(null);
    }
}
