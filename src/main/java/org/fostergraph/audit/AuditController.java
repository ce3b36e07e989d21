package org.fostergraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.security.Caller;
import org.fostergraph.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

    private static final int MAX_RECORDS = 1000;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @QueryMapping
    List<AuditRecord> childReads(@Argument String childId, @Argument String by, @Argument OffsetDateTime from,
            @Argument OffsetDateTime to, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new InvalidArgumentException("first", first, "between 1 and " + MAX_RECORDS + " records");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidArgumentException("to", to, "a moment after from");
        }
        Caller caller = Callers.current().orElseThrow();
        return auditLog.find(caller.councils(), childId, by, from, to, limit);
    }
}
