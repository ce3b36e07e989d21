package org.fostergraph.schema;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationScriptTest {

    @Test
    void readsVersionDescriptionAndOneStatementPerSemicolonLineSkippingComments() {
        MigrationScript script = MigrationScript.read(file("V012__placement_lookups.cypher", """
                // Why: the mix report starts from open placements.
                CREATE INDEX a IF NOT EXISTS
                  FOR (n:Placement) ON (n.start);
                CREATE INDEX b IF NOT EXISTS FOR (n:Placement) ON (n.end);
                """));

        assertThat(script.version()).isEqualTo(12);
        assertThat(script.description()).isEqualTo("placement lookups");
        assertThat(script.statements()).containsExactly(
                "CREATE INDEX a IF NOT EXISTS\n  FOR (n:Placement) ON (n.start)",
                "CREATE INDEX b IF NOT EXISTS FOR (n:Placement) ON (n.end)");
    }

    @Test
    void windowsLineEndingsAreNotAnEditButAnyOtherChangeIs() {
        String text = "CREATE INDEX a IF NOT EXISTS FOR (n:P) ON (n.start);\n";
        String checksum = MigrationScript.read(file("V001__a.cypher", text)).checksum();

        assertThat(MigrationScript.read(file("V001__a.cypher", text.replace("\n", "\r\n"))).checksum()).isEqualTo(checksum);
        assertThat(MigrationScript.read(file("V001__a.cypher", "// note\n" + text)).checksum()).isNotEqualTo(checksum);
    }

    @Test
    void aFileNotNamedByTheConventionIsRefused() {
        assertThatThrownBy(() -> MigrationScript.read(file("add_indexes.cypher", "RETURN 1;")))
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessage("Graph schema file 'add_indexes.cypher' is not named V<version>__<description>.cypher "
                        + "(for example V003__placement_indexes.cypher)");
    }

    private static Resource file(String name, String text) {
        return new ByteArrayResource(text.getBytes()) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
