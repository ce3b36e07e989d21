package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.schema.GraphQLObjectType;

/** The role × operation tables of docs/SECURITY.md say exactly what the schema's {@code @allow} directives enforce. */
class SecurityDocumentTest extends SeededGraphTest {

    private static final List<Role> COLUMNS = List.of(Role.FOSTERING, Role.OFFICER, Role.COMMISSIONER, Role.ADMIN, Role.PROVIDER);
    private static final Pattern FIELD = Pattern.compile("`(\\w+)`");

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void theQueryTableIsTheSchemas() throws IOException {
        assertThat(documented("### Queries")).isEqualTo(enforced(graphQlSource.schema().getQueryType()));
    }

    @Test
    void theMutationTableIsTheSchemas() throws IOException {
        assertThat(documented("### Mutations")).isEqualTo(enforced(graphQlSource.schema().getMutationType()));
    }

    private static Map<String, Set<Role>> enforced(GraphQLObjectType type) {
        Map<String, Set<Role>> roles = new TreeMap<>();
        type.getFieldDefinitions().forEach(field -> roles.put(field.getName(), AccessRules.allowedRoles(type, field, true)));
        return roles;
    }

    /** Each operation named in a row of the table under {@code heading}, with the roles ticked in that row. */
    private static Map<String, Set<Role>> documented(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/SECURITY.md"));
        Map<String, Set<Role>> roles = new TreeMap<>();
        int line = lines.indexOf(heading) + 1;
        assertThat(line).as("docs/SECURITY.md has a section %s", heading).isPositive();
        while (line < lines.size() && !lines.get(line).startsWith("| Operation")) {
            line++;
        }
        for (line += 2; line < lines.size() && lines.get(line).startsWith("|"); line++) {
            String[] cells = lines.get(line).split("\\|");
            List<Role> ticked = new ArrayList<>();
            for (int column = 0; column < COLUMNS.size(); column++) {
                if (cells[column + 2].contains("✓")) {
                    ticked.add(COLUMNS.get(column));
                }
            }
            Matcher field = FIELD.matcher(cells[1].replaceAll("\\(.*\\)", ""));
            while (field.find()) {
                roles.put(field.group(1), Set.copyOf(ticked));
            }
        }
        return roles;
    }
}
