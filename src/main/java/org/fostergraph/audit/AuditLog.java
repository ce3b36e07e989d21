package org.fostergraph.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fostergraph.security.ChildReadsLog;
import org.fostergraph.support.Ids;
import org.springframework.stereotype.Service;

/** Who read which child's record, when and through what; and the audit's answers to administrators. */
@Service
public class AuditLog implements ChildReadsLog {

    private final AuditRepository records;
    private final Clock clock;

    AuditLog(AuditRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records one read per child and operation, in one record for each council whose children were read, written in one
     * statement; nothing when no child was read.
     */
    @Override
    public void recordReads(String by, Map<String, ? extends Set<String>> operationsByChild) {
        if (operationsByChild.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        List<Map<String, Object>> reads = new ArrayList<>();
        new TreeMap<>(operationsByChild).forEach((childId, operations) -> operations.stream().sorted()
                .forEach(operation -> reads.add(Map.of("childId", childId, "operation", operation))));
        records.append(Ids.next("AUD"), at, by, reads);
    }

    List<AuditRecord> find(Set<String> councils, String childId, String by, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        return records.find(councils, childId, by, from, to, limit);
    }
}
