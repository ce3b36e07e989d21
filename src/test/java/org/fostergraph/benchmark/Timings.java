package org.fostergraph.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs one piece of work again and again from a number of client threads for a while, and answers its latencies and
 * throughput. Work number {@code n} is handed to the work, so that each request can take the next input.
 */
final class Timings {

    /** Latency percentiles in milliseconds and completed requests per second. */
    record Stats(int clients, int requests, double seconds, double throughput, double p50, double p95, double p99,
            double max) {

        static Stats of(int clients, List<Long> nanos, long elapsedNanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            double seconds = elapsedNanos / 1e9;
            return new Stats(clients, sorted.size(), round(seconds), round(sorted.size() / seconds),
                    millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                    sorted.isEmpty() ? 0 : round(sorted.get(sorted.size() - 1) / 1e6));
        }

        /** Nearest-rank percentile. */
        private static double millis(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(quantile * sorted.size());
            return round(sorted.get(Math.max(0, rank - 1)) / 1e6);
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }

    private Timings() {
    }

    /** The latencies of two pieces of work measured turn about from one client. */
    record Pair(Stats first, Stats second) {
    }

    /**
     * Runs {@code first} and then {@code second} in turn from one client, each with the same work number, until
     * {@code duration} has passed or {@code limit} turns have started, but at least {@code minimum} turns unless four
     * times the duration has passed. Each turn of one is measured beside a turn of the other, so that the two see the
     * same machine at the same moment (compiling, collecting, other load): measured one after the other, each phase
     * had its own, and a ratio between them read the difference as well. Each one's throughput is over its own time.
     */
    static Pair alternate(Duration duration, int minimum, int limit, IntConsumer first, IntConsumer second) {
        List<Long> firsts = new ArrayList<>();
        List<Long> seconds = new ArrayList<>();
        long begin = System.nanoTime();
        long deadline = begin + duration.toNanos();
        long hardDeadline = begin + 4 * duration.toNanos();
        for (int n = 0; n < limit; n++) {
            long now = System.nanoTime();
            if ((n >= minimum && now > deadline) || (n >= 1 && now > hardDeadline)) {
                break;
            }
            firsts.add(timed(first, n));
            seconds.add(timed(second, n));
        }
        return new Pair(Stats.of(1, firsts, sum(firsts)), Stats.of(1, seconds, sum(seconds)));
    }

    private static long timed(IntConsumer work, int n) {
        long t0 = System.nanoTime();
        work.accept(n);
        return System.nanoTime() - t0;
    }

    private static long sum(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Runs {@code work} from {@code clients} threads until {@code duration} has passed (every thread finishes the
     * request it is in) or {@code limit} requests have started, but at least {@code minimum} requests unless four times
     * the duration has passed (a slow operation then has fewer samples, but the run ends). A failure stops the run and
     * is thrown.
     */
    static Stats run(int clients, Duration duration, int minimum, int limit, IntConsumer work) {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger started = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long begin = System.nanoTime();
        long deadline = begin + duration.toNanos();
        long hardDeadline = begin + 4 * duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (failure.get() == null) {
                        int n = started.getAndIncrement();
                        long now = System.nanoTime();
                        if (n >= limit || (n >= minimum && now > deadline) || (n >= clients && now > hardDeadline)) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        try {
                            work.accept(n);
                        }
                        catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return Stats.of(clients, latencies, System.nanoTime() - begin);
    }
}
