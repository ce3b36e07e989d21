package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.validation.ValidationError;

/**
 * Every document the pages send is valid against the schema the server serves, so a renamed field fails here rather than
 * on a page in front of a placement officer.
 */
class PageDocumentsTest extends SeededGraphTest {

    private static final Path FOLDER = Path.of("src/main/resources/graphql-documents");
    private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*(?!on\\b)(\\w+)");

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void everyPageDocumentIsValidAgainstTheSchema() throws IOException {
        List<String> operations = operationNames();
        assertThat(operations).as("the pages' operations").hasSizeGreaterThanOrEqualTo(10);
        for (String operation : operations) {
            String document = PageDocuments.read(operation, fragmentsSpreadBy(operation).toArray(String[]::new));
            List<ValidationError> errors = ParseAndValidate
                    .parseAndValidate(graphQlSource.schema(), ExecutionInput.newExecutionInput(document).build())
                    .getValidationErrors();
            assertThat(errors).as("validation errors in %s.graphql", operation).isEmpty();
        }
    }

    @Test
    void aMissingDocumentIsNamedInTheError() {
        assertThatThrownBy(() -> PageDocuments.read("NoSuchOperation"))
                .hasMessageContaining("NoSuchOperation");
    }

    /** Files that hold an operation (query or mutation), not only a fragment. */
    private static List<String> operationNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                if (!Files.readString(file).stripLeading().startsWith("fragment")) {
                    names.add(file.getFileName().toString().replace(".graphql", ""));
                }
            }
        }
        return names;
    }

    /**
     * The fragment files an operation needs: those defining a fragment the operation spreads but does not define itself
     * (as the pages compose them, so the fragment files themselves spread nothing).
     */
    private static List<String> fragmentsSpreadBy(String operation) throws IOException {
        String text = Files.readString(FOLDER.resolve(operation + ".graphql"));
        List<String> files = new ArrayList<>();
        Matcher spread = SPREAD.matcher(text);
        while (spread.find()) {
            String fragment = spread.group(1);
            if (!text.contains("fragment " + fragment + " on")) {
                String file = fragmentFile(fragment);
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static String fragmentFile(String fragment) throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                if (Files.readString(file).stripLeading().startsWith("fragment " + fragment + " on")) {
                    return file.getFileName().toString().replace(".graphql", "");
                }
            }
        }
        throw new AssertionError("No file in " + FOLDER + " defines the fragment " + fragment);
    }
}
