package org.fostergraph;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of mutations on a hand-built graph: helpers to send one with some inputs changed and to check that a
 * refused one names its field and value and leaves the graph exactly as it was.
 */
public abstract class ChangeTest extends HandBuiltGraphTest {

    protected static Map<String, Object> with(Map<String, Object> defaults, Object... keysAndValues) {
        Map<String, Object> input = new HashMap<>(defaults);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return input;
    }

    /** Sends the mutation, expects exactly one error with this code, field and value, and no change to the graph. */
    protected ResponseError expectRefused(String document, Map<String, Object> input, String code, String field,
            String value) {
        return expectRefused(graphQl, document, input, code, field, value);
    }

    /** As {@link #expectRefused(String, Map, String, String, String)}, sent by another user. */
    protected ResponseError expectRefused(org.springframework.graphql.test.tester.HttpGraphQlTester as, String document,
            Map<String, Object> input, String code, String field, String value) {
        List<String> before = graphState();
        ResponseError[] refusal = new ResponseError[1];
        as.documentName(document).variable("input", input).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    refusal[0] = errors.get(0);
                    assertThat(refusal[0].getExtensions()).containsEntry("code", code).containsEntry("field", field)
                            .containsEntry("value", value);
                    assertThat(refusal[0].getMessage()).startsWith(field + ":");
                });
        assertThat(graphState()).as("the graph after a refused change").isEqualTo(before);
        return refusal[0];
    }

    /** Every node and relationship with every property, in a stable order. */
    protected List<String> graphState() {
        List<String> lines = new java.util.ArrayList<>();
        neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS properties")
                .fetch().all().forEach(row -> lines.add(row.get("labels") + " " + new TreeMap<>((Map<?, ?>) row.get("properties"))));
        neo4j.query("""
                MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration
                RETURN coalesce(a.id, a.code) AS from, type(r) AS type, coalesce(b.id, b.code) AS to, properties(r) AS properties
                """).fetch().all().forEach(row -> lines.add(row.get("from") + " " + row.get("type") + " " + row.get("to") + " "
                        + new TreeMap<>((Map<?, ?>) row.get("properties"))));
        Collections.sort(lines);
        return lines;
    }
}
