package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** {@link OwnedRecords#readWhole}: whose each record is, from the records themselves, and a query's check fills its loader. */
class OwnedRecordsTest {

    /** A record of some feature's: {@code null} council is one no council has claimed. */
    record Home(String id, String council) implements CouncilOwned {
    }

    private static final Map<String, Home> GRAPH = Map.of("A", new Home("A", "E1"), "B", new Home("B", "E2"),
            "U", new Home("U", null));

    private final List<Collection<String>> reads = new ArrayList<>();

    private final OwnedRecords homes = OwnedRecords.readWhole("HOME", "home", true, Home.class, ids -> {
        reads.add(List.copyOf(ids));
        Map<String, Home> found = new LinkedHashMap<>();
        ids.stream().filter(GRAPH::containsKey).forEach(id -> found.put(id, GRAPH.get(id)));
        return found;
    });

    @Test
    void eachRecordThatExistsAnswersItsCouncilAndAnUnclaimedOneTheEmptyCode() {
        assertThat(homes.councilsOf(List.of("A", "U", "MISSING"))).containsExactlyInAnyOrderEntriesOf(Map.of("A", "E1", "U", ""));
        assertThat(reads).containsExactly(List.of("A", "U", "MISSING"));
    }

    @Test
    void aQuerysCheckLeavesTheRecordsInTheLoaderOfTheirTypeSoTheFieldReadsNothingMore() {
        List<Collection<String>> loaderReads = new ArrayList<>();
        DataLoader<String, Home> registered = DataLoaderFactory.newMappedDataLoader(ids -> {
            loaderReads.add(List.copyOf(ids));
            return CompletableFuture.completedFuture(Map.<String, Home>of());
        });
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(Home.class.getName(), registered);
        // The registry answers a loader of its own around the one registered (java-dataloader 6), as a request's fields get it.
        DataLoader<String, Home> loader = registry.getDataLoader(Home.class.getName());

        assertThat(homes.councilsOf(List.of("A", "B", "MISSING"), registry)).isEqualTo(Map.of("A", "E1", "B", "E2"));

        CompletableFuture<List<Home>> answered = loader.loadMany(List.of("A", "B"));
        registry.dispatchAll();
        assertThat(answered).isCompletedWithValue(List.of(GRAPH.get("A"), GRAPH.get("B")));
        assertThat(loaderReads).as("the loader's own read").isEmpty();
        assertThat(reads).containsExactly(List.of("A", "B", "MISSING"));
    }

    @Test
    void aRequestWithoutSuchALoaderIsCheckedAllTheSame() {
        assertThat(homes.councilsOf(List.of("B"), new DataLoaderRegistry())).isEqualTo(Map.of("B", "E2"));
    }
}
