package org.fostergraph.neo4j;

import java.util.HashSet;
import java.util.Set;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Makes the read audit append-only inside the database itself: a transaction may create {@code AuditRecord}
 * nodes, but one that changes or deletes an existing record, or relabels a node as one, is rolled back, whoever
 * sends it (the application included).
 */
final class AppendOnlyAudit extends TransactionEventListenerAdapter<Void> {

    static final Label AUDIT_RECORD = Label.label("AuditRecord");

    @Override
    public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        Set<Long> created = new HashSet<>();
        for (Node node : data.createdNodes()) {
            created.add(node.getId());
        }
        for (LabelEntry entry : data.removedLabels()) {
            if (entry.label().equals(AUDIT_RECORD)) {
                throw refused("deletes or relabels");
            }
        }
        for (LabelEntry entry : data.assignedLabels()) {
            if (entry.label().equals(AUDIT_RECORD) && !created.contains(entry.node().getId())) {
                throw refused("turns an existing node into");
            }
        }
        for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
            if (!created.contains(entry.entity().getId()) && entry.entity().hasLabel(AUDIT_RECORD)) {
                throw refused("changes");
            }
        }
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            if (!created.contains(entry.entity().getId()) && !data.isDeleted(entry.entity()) && entry.entity().hasLabel(AUDIT_RECORD)) {
                throw refused("changes");
            }
        }
        return null;
    }

    private static IllegalStateException refused(String what) {
        return new IllegalStateException("The read audit is append-only: this transaction " + what + " an AuditRecord");
    }
}
