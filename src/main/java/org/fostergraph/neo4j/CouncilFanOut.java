package org.fostergraph.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Splits a read over many councils (a consortium's report, or the country's) into groups of councils read at once, each
 * in a read-only transaction of its own, and joins what they answer. A country's placement mix reads 80,000 placements;
 * the database works through one statement on one core, and a two-core machine answers in about half the time when
 * the work is split in two (docs/PERFORMANCE.md). One group runs on the calling thread, in the caller's transaction;
 * when no pooled thread is free the caller reads the next group itself, so a busy service is never slower than reading
 * in one statement. Every group is read by the same statement, so nothing but the councils differs.
 */
@Component
public class CouncilFanOut implements DisposableBean {

    /** @param parallelReads groups read at once, the calling thread's among them; 1 reads every council in one statement */
    @ConfigurationProperties("fostergraph.reports")
    public record Properties(@DefaultValue("2") int parallelReads) {
    }

    private final int groups;
    private final TransactionTemplate readOnly;
    private final ThreadPoolExecutor pool;

    public CouncilFanOut(Properties properties, PlatformTransactionManager transactionManager) {
        this.groups = Math.max(1, properties.parallelReads());
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.pool = new ThreadPoolExecutor(0, Math.max(1, groups - 1), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new CustomizableThreadFactory("council-read-"), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** The rows {@code read} answers for all of {@code councils}, read in groups of councils at once. */
    public <T> List<T> read(List<String> councils, Function<List<String>, List<T>> read) {
        int parts = Math.min(groups, councils.size());
        if (parts < 2) {
            return read.apply(councils);
        }
        List<List<String>> split = split(councils, parts);
        List<CompletableFuture<List<T>>> others = new ArrayList<>();
        for (List<String> group : split.subList(1, parts)) {
            others.add(CompletableFuture.supplyAsync(() -> readOnly.execute(status -> read.apply(group)), pool));
        }
        List<T> rows = new ArrayList<>(read.apply(split.get(0)));
        for (CompletableFuture<List<T>> other : others) {
            try {
                rows.addAll(other.join());
            }
            catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        return rows;
    }

    /** Councils dealt out in turn, so that each group holds large and small ones alike. */
    static List<List<String>> split(List<String> councils, int parts) {
        List<List<String>> split = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            split.add(new ArrayList<>());
        }
        List<String> sorted = councils.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            split.get(i % parts).add(sorted.get(i));
        }
        return split;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
