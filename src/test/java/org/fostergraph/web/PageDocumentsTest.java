package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
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

    /**
     * Each document's answer is read into records holding exactly the fields it asks, at every level: a field asked and
     * not read would be refused on the page, and a component not asked would always be null.
     */
    @Test
    void eachDocumentIsReadIntoRecordsOfExactlyTheFieldsItAsks() throws IOException {
        Map<String, Class<?>> answers = Map.ofEntries(Map.entry("ChildMatches", FindAHomePage.ChildMatchesAnswer.class),
                Map.entry("ConstellationsPage", ConstellationsPage.Answer.class), Map.entry("Dashboard", DashboardPage.Reports.class),
                Map.entry("DashboardForecast", DashboardPage.ForecastAnswer.class),
                Map.entry("FindAHomeChildren", FindAHomePage.ChildrenAnswer.class), Map.entry("HoldFromPage", FindAHomePage.HoldAnswer.class),
                Map.entry("MoveFromPage", FindAHomePage.PlacementAnswer.class), Map.entry("PlaceFromPage", FindAHomePage.PlacementAnswer.class),
                Map.entry("ReferralMatches", FindAHomePage.ReferralMatchesAnswer.class),
                Map.entry("StepDownPage", StepDownPage.Answer.class), Map.entry("FindAChild", FindAHomePage.FoundChild.class),
                Map.entry("PlacementCheck", FindAHomePage.PlacementCheckAnswer.class), Map.entry("HoldsPage", HoldsPage.Answer.class),
                Map.entry("ReleaseHoldFromPage", HoldsPage.ReleaseAnswer.class),
                Map.entry("ConstellationForChange", ConstellationChangesPage.Answer.class),
                Map.entry("RecordSleepoverFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("RecordEventFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("AddSatelliteFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("RemoveSatelliteFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("MoveSatelliteFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("ChangeStatusFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("SetTermsFromPage", ConstellationChangesPage.ChangedAnswer.class),
                Map.entry("RegisterChildFromPage", ReferralsPage.RegisterAnswer.class),
                Map.entry("OpenReferralFromPage", ReferralsPage.OpenAnswer.class), Map.entry("ReferralsPage", ReferralsPage.Answer.class),
                Map.entry("SectorCentres", ReferralsPage.Centres.class),
                Map.entry("ReferralOffersPage", ReferralOffersPage.Answer.class),
                Map.entry("ProvidersForReferral", ReferralOffersPage.ProvidersAnswer.class),
                Map.entry("SendToProvidersFromPage", ReferralOffersPage.SendAnswer.class),
                Map.entry("AcceptOfferFromPage", ReferralOffersPage.AcceptAnswer.class),
                Map.entry("ProviderInbox", ProviderPages.InboxAnswer.class),
                Map.entry("ProviderReferralPage", ProviderPages.ReferralAnswer.class),
                Map.entry("OfferFromPage", ProviderPages.OfferAnswer.class), Map.entry("DeclineFromPage", ProviderPages.DeclineAnswer.class),
                Map.entry("MarkNotAvailableFromPage", ProviderPages.NotAvailableAnswer.class),
                Map.entry("PublishVacancyFromPage", ProviderPages.PublishAnswer.class),
                Map.entry("WithdrawVacancyFromPage", ProviderPages.WithdrawAnswer.class),
                Map.entry("ReferralActivity", LivePages.ReferralEvent.class), Map.entry("ProviderActivity", LivePages.ProviderEvent.class));
        assertThat(answers.keySet()).as("every operation has its records").containsExactlyInAnyOrderElementsOf(operationNames());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> answer : answers.entrySet()) {
            Document document = Parser.parse(PageDocuments.read(answer.getKey(),
                    fragmentsSpreadBy(answer.getKey()).toArray(String[]::new)));
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
            OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
            new RecordCheck(fragments, problems).check(operation.getSelectionSet(), answer.getValue(), Map.of(), answer.getKey());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRecordCheckFindsAFieldAskedAndNotRead() {
        Document document = Parser.parse("query Q { localities { id name postcodeSectors } }");
        List<String> problems = new ArrayList<>();
        new RecordCheck(Map.of(), problems).check(document.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet(),
                StepDownPage.Answer.class, Map.of(), "Q");
        assertThat(problems).containsExactlyInAnyOrder("Q.localities: asked and not read: [postcodeSectors]",
                "Q: read and not asked: [stepDownOpportunities]");
    }

    /** Walks a selection set beside the record type that reads it, resolving the records' type parameters. */
    private record RecordCheck(Map<String, FragmentDefinition> fragments, List<String> problems) {

        void check(SelectionSet selections, Type type, Map<TypeVariable<?>, Type> bindings, String path) {
            Type resolved = type instanceof TypeVariable<?> variable ? bindings.get(variable) : type;
            Class<?> raw = resolved instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) resolved;
            Map<TypeVariable<?>, Type> inner = new HashMap<>();
            if (resolved instanceof ParameterizedType parameterized) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    Type argument = parameterized.getActualTypeArguments()[i];
                    inner.put(variables[i], argument instanceof TypeVariable<?> variable ? bindings.get(variable) : argument);
                }
            }
            if (List.class.isAssignableFrom(raw)) {
                // The element type is written in the enclosing record's type variables (List<Edge<T>>): resolve it there.
                check(selections, ((ParameterizedType) resolved).getActualTypeArguments()[0], bindings, path);
                return;
            }
            if (!raw.isRecord()) {
                problems.add(path + ": read as " + raw.getSimpleName() + ", not a record of the fields asked");
                return;
            }
            Map<String, Field> asked = new LinkedHashMap<>();
            collect(selections, asked);
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            List<String> notRead = asked.keySet().stream().filter(name -> !components.containsKey(name)).toList();
            List<String> notAsked = components.keySet().stream().filter(name -> !asked.containsKey(name)).toList();
            if (!notRead.isEmpty()) {
                problems.add(path + ": asked and not read: " + notRead);
            }
            if (!notAsked.isEmpty()) {
                problems.add(path + ": read and not asked: " + notAsked);
            }
            asked.forEach((name, field) -> {
                if (field.getSelectionSet() != null && components.containsKey(name)) {
                    check(field.getSelectionSet(), components.get(name).getGenericType(), inner, path + "." + name);
                }
            });
        }

        private void collect(SelectionSet selections, Map<String, Field> asked) {
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    asked.put(field.getAlias() != null ? field.getAlias() : field.getName(), field);
                }
                else if (selection instanceof FragmentSpread spread) {
                    collect(fragments.get(spread.getName()).getSelectionSet(), asked);
                }
                else if (selection instanceof InlineFragment inline) {
                    collect(inline.getSelectionSet(), asked);
                }
            }
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
