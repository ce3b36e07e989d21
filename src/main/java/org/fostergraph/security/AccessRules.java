package org.fostergraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Puts a {@link GuardedDataFetcher} in front of every field of the schema, from the {@code @allow} and
 * {@code @owned} directives. A field with no {@code @allow} of its own or of its type stops the service from
 * starting: no field can be added that escapes the rules. Query and mutation fields must say so themselves.
 */
final class AccessRules extends GraphQLTypeVisitorStub {

    static final String ALLOW = "allow";
    static final String OWNED = "owned";
    static final String LIST_SIZE = "listSize";

    /** The schema types whose values are council-owned records ({@link CouncilOwned}). */
    static final Set<String> OWNED_TYPES = Set.of("Child", "Household", "Constellation", "Referral", "Offer", "PublishedVacancy");

    /** The schema types whose values are a provider's records ({@link ProviderOwned}): what a provider's staff see. */
    static final Set<String> PROVIDER_OWNED_TYPES = Set.of("ProviderReferral", "ProviderHome", "ProviderVacancy");

    /** The schema types whose values tell about other records ({@link SummaryOfRecords}): the history. */
    static final Set<String> SUMMARY_TYPES = Set.of("Change");

    private final FieldRules rules;
    private final List<String> unsizedLists = new ArrayList<>();

    AccessRules(FieldRules rules) {
        this.rules = rules;
    }

    /**
     * Refuses a schema with a list of objects that neither pages with {@code first} nor says how long it is assumed to
     * be: its cost could not be counted, so no request could be refused for fanning out through it.
     */
    void checkListSizes() {
        if (!unsizedLists.isEmpty()) {
            throw new IllegalStateException("GraphQL list fields " + unsizedLists + " take no first argument and have no "
                    + "@listSize(assumedSize: …): say how many items each is assumed to hold (docs/SECURITY.md)");
        }
    }

    @Override
    public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
            TraverserContext<GraphQLSchemaElement> context) {
        if (!(context.getParentNode() instanceof GraphQLObjectType type) || type.getName().startsWith("__")) {
            return TraversalControl.CONTINUE;
        }
        FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
        if (RequestSizeLimit.needsListSize(type, field) && field.getAppliedDirective(LIST_SIZE) == null) {
            unsizedLists.add(coordinates.toString());
        }
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
        for (OwnedArgument argument : ownedArguments(field)) {
            if (!rules.scope().knows(argument.kind())) {
                throw new IllegalStateException("GraphQL field " + coordinates + " names @owned(by: " + argument.kind()
                        + ") records, and no feature says whose they are (an OwnedRecords bean)");
            }
        }
        boolean root = isRoot(type);
        Set<Role> allowed = allowedRoles(type, field, root);
        if (!root) {
            rules.readers().field(type.getName(), allowed);
        }
        registry.dataFetcher(coordinates, GuardedDataFetcher.of(fetcher, coordinates, allowed,
                ownedArguments(field), root && "Query".equals(type.getName()) && !GraphQLTypeUtil.isNonNull(field.getType()),
                answersRecords(GraphQLTypeUtil.unwrapAll(field.getType()).getName()), rules));
        return TraversalControl.CONTINUE;
    }

    /** Whether a field of this type answers values the guard must check one by one. */
    static boolean answersRecords(String typeName) {
        return OWNED_TYPES.contains(typeName) || PROVIDER_OWNED_TYPES.contains(typeName) || SUMMARY_TYPES.contains(typeName);
    }

    static boolean isRoot(GraphQLObjectType type) {
        return "Query".equals(type.getName()) || "Mutation".equals(type.getName()) || "Subscription".equals(type.getName());
    }

    /** The roles the field's own {@code @allow} names, else its type's (never for query and mutation fields). */
    static Set<Role> allowedRoles(GraphQLObjectType type, GraphQLFieldDefinition field, boolean root) {
        GraphQLAppliedDirective allow = field.getAppliedDirective(ALLOW);
        if (allow == null && !root) {
            allow = type.getAppliedDirective(ALLOW);
        }
        if (allow == null) {
            throw new IllegalStateException("GraphQL field " + type.getName() + "." + field.getName()
                    + " has no @allow(roles: …) of its own" + (root ? "" : " or of its type")
                    + ": say which roles may read it (docs/SECURITY.md)");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : (Iterable<?>) allow.getArgument("roles").getValue()) {
            roles.add(Role.valueOf(String.valueOf(name)));
        }
        return roles;
    }

    static List<OwnedArgument> ownedArguments(GraphQLFieldDefinition field) {
        List<OwnedArgument> owned = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            collect(argument, argument.getType(), List.of(argument.getName()), owned);
        }
        return owned;
    }

    private static void collect(GraphQLDirectiveContainer element, GraphQLInputType type, List<String> path,
            List<OwnedArgument> owned) {
        GraphQLAppliedDirective directive = element.getAppliedDirective(OWNED);
        if (directive != null) {
            owned.add(new OwnedArgument(path, String.valueOf((Object) directive.getArgument("by").getValue())));
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (unwrapped instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
                List<String> inner = new ArrayList<>(path);
                inner.add(inputField.getName());
                collect(inputField, inputField.getType(), inner, owned);
            }
        }
    }
}
