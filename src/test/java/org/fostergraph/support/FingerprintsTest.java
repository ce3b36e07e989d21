package org.fostergraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 9: the import's change fingerprint fed a nested map's {@code toString()} to the hash, and
 * {@code Map.of} iterates in an order salted per JVM run, so after a restart an unchanged return was "updated".
 */
class FingerprintsTest {

    @Test
    void aNestedMapCountsByItsEntriesNotTheOrderItIteratesIn() {
        Map<String, Object> latitudeFirst = new LinkedHashMap<>();
        latitudeFirst.put("latitude", 52.58);
        latitudeFirst.put("longitude", -1.98);
        Map<String, Object> longitudeFirst = new LinkedHashMap<>();
        longitudeFirst.put("longitude", -1.98);
        longitudeFirst.put("latitude", 52.58);

        Map<String, Object> row = new TreeMap<>(Map.of("id", "C001", "home", latitudeFirst));
        Map<String, Object> sameRowOtherRun = new TreeMap<>(Map.of("id", "C001", "home", longitudeFirst));

        // What the importer hashed before: equal rows, different text.
        assertThat(row.toString()).isNotEqualTo(sameRowOtherRun.toString());
        assertThat(Fingerprints.of(row)).isEqualTo(Fingerprints.of(sameRowOtherRun));
    }

    @Test
    void theCanonicalTextIsWorkedByHand() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("start", LocalDate.of(2024, 4, 1));
        row.put("codes", List.of("U4", "PR1"));
        row.put("end", null);
        row.put("cost", 396.0);
        row.put("home", Map.of("b", 2, "a", 1));
        assertThat(Fingerprints.canonical(row))
                .isEqualTo("{\"codes\":[\"U4\",\"PR1\",],\"cost\":396.0,\"end\":null,\"home\":{\"a\":1,\"b\":2,},\"start\":2024-04-01,}");
    }

    @Test
    void valuesThatReadAlikeAsTextStayApart() {
        assertThat(Fingerprints.of(Map.of("a", List.of("x,y")))).isNotEqualTo(Fingerprints.of(Map.of("a", List.of("x", "y"))));
        assertThat(Fingerprints.of(Map.of("a", "1"))).isNotEqualTo(Fingerprints.of(Map.of("a", 1)));
        assertThat(Fingerprints.of(Map.of("a", "\"")).length()).isEqualTo(17);
    }
}
