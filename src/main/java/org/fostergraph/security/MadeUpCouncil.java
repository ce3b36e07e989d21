package org.fostergraph.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.fostergraph.care.OpenPlacements;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council made up for the start-up warm-up, so that the reads that show children's records are compiled before the
 * first placement officer asks, without the warm-up reading any real child's record. Why: the warm-up of the real
 * councils reads no child (nothing to audit, no child's record read by no one), so every officer's first few hundred
 * reads after a start ran the children's fields and the read audit's write cold (docs/PERFORMANCE.md).
 * <p>
 * Each use begins a transaction, creates the council ({@code warm-up/made-up-council.cypher}: one constellation,
 * its households, carers, and children placed today, under a code new each time), runs the reads as a caller of that
 * council alone, and rolls the transaction back. The reads go through the same GraphQL handler, whose query
 * transaction joins this one, so the read audit they write is rolled back with the children it is about: nothing
 * of it is ever committed, and the caller's scope holds no real council.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class MadeUpCouncil {

    static final String DOCUMENT = StartUpWarmUp.read("warm-up/made-up-children.graphql");
    private static final String CREATE = StartUpWarmUp.read("warm-up/made-up-council.cypher")
            .replace("OPEN_UNTIL", OpenPlacements.STILL_OPEN);

    private final TransactionTemplate transaction;
    private final Neo4jClient neo4j;
    private final Clock clock;

    MadeUpCouncil(PlatformTransactionManager transactionManager, Neo4jClient neo4j, Clock clock) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /**
     * Runs {@code reads} with a caller of a council made up for them and the ids of its households (the hub first),
     * inside one transaction that is rolled back whatever {@code reads} does.
     */
    <T> T readRolledBack(BiFunction<Caller, List<String>, T> reads) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            String code = "MADE-UP-" + UUID.randomUUID();
            List<String> households = List.copyOf(neo4j.query(CREATE)
                    .bind(code).to("code")
                    .bind(LocalDate.now(clock)).to("today")
                    .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                    .all());
            Caller caller = new Caller(StartUpWarmUp.CALLER_NAME, EnumSet.of(Role.OFFICER, Role.FOSTERING, Role.COMMISSIONER), Set.of(code));
            return reads.apply(caller, households);
        });
    }
}
