package org.fostergraph.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fostergraph.benchmark.NationalBenchmark.Report;
import org.fostergraph.benchmark.NationalBenchmark.Result;
import org.fostergraph.benchmark.Timings.Stats;

/** The benchmark's report as the Markdown tables docs/PERFORMANCE.md shows. */
final class BenchmarkTable {

    private BenchmarkTable() {
    }

    static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, """
                Run on %s at commit `%s`; %s; %s; %s.

                Graph: %s. Loaded in %.0f s; store %.0f MiB on disk.

                """, report.date(), report.commit(), report.machine(), report.java(), report.heapSettings(), report.graph(),
                report.loadSeconds(), report.storeMiB()));
        out.append("""
                **One client** (GraphQL over HTTP vs the same Cypher through the driver; milliseconds)

                | operation | round trips | GraphQL p50 | p95 | p99 | req/s | Cypher floor p50 | p95 | p99 | GraphQL ÷ floor (p50) |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        for (Result result : report.operations()) {
            Stats g = result.graphQlOneClient();
            Stats f = result.floorOneClient();
            out.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                    result.name(), trips(result), g.p50(), g.p95(), g.p99(), g.throughput(), f.p50(), f.p95(), f.p99(),
                    ratio(result.ratioP50OneClient())));
        }
        out.append("""

                **Eight concurrent clients** (milliseconds; the last columns: the service alone in a 1 GiB JVM, Neo4j out of process)

                | operation | GraphQL req/s | p50 | p95 | p99 | floor req/s | floor p50 | GraphQL ÷ floor (p50) | out of process req/s | p50 | p95 | p99 |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                """);
        for (Result result : report.operations()) {
            Stats g = result.graphQlEightClients();
            Stats f = result.floorEightClients();
            Stats o = result.outOfProcessEightClients();
            out.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n",
                    result.name(), g.throughput(), g.p50(), g.p95(), g.p99(),
                    f == null ? "–" : String.format(Locale.ROOT, "%.1f", f.throughput()),
                    f == null ? "–" : String.format(Locale.ROOT, "%.1f", f.p50()),
                    ratio(result.ratioP50EightClients()), o == null ? "– | – | – | –"
                            : String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f", o.throughput(), o.p50(), o.p95(), o.p99())));
        }
        out.append("""

                **Round trips and answer size** (each operation's first five inputs: statements sent, bytes answered)

                | operation | what | statements per input | answer bytes per input |
                |---|---|---|---|
                """);
        for (Result result : report.operations()) {
            out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s |%n", result.name(), result.description(),
                    firstFive(result.roundTrips().perInput()), firstFive(result.roundTrips().answerBytes())));
        }
        out.append("""

                **SSDA903 import of 100,000 episodes** (`POST /api/ssda903`, one request)

                | run | seconds | summary |
                |---|---|---|
                """);
        report.ssda903Import().forEach(run -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", run.run(),
                run.seconds(), run.summary().replace("|", "/"))));
        out.append("""

                **Heap** (sampled every 100 ms during the runs)

                | shape | max heap | peak in use | peak after a collection |
                |---|---|---|---|
                """);
        report.memory().forEach(memory -> out.append(String.format(Locale.ROOT, "| %s | %s | %.0f MiB | %s |%n",
                memory.shape(), memory.maxHeap(), memory.peakUsedMiB(),
                memory.peakAfterGcMiB() > 0 ? String.format(Locale.ROOT, "%.0f MiB", memory.peakAfterGcMiB()) : "–")));
        return out.toString();
    }

    private static String trips(Result result) {
        return result.roundTrips().min() == result.roundTrips().max() ? String.valueOf(result.roundTrips().min())
                : result.roundTrips().min() + "–" + result.roundTrips().max();
    }

    /** The first five of an operation's per-input figures (the JSON has them all; the round-trip column their range). */
    private static String firstFive(List<Integer> perInput) {
        return perInput.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "))
                + (perInput.size() > 5 ? ", …" : "");
    }

    private static String ratio(Double ratio) {
        return ratio == null ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
