package org.fostergraph.security;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Refuses, before any field runs, a request that is too deep, would cost too much, asks for too many root fields or
 * uses too many aliases (the "alias flood" that turns one request into thousands of look-ups). A field costs 1 plus
 * what it selects, times the page it asks for with {@code first}, or, for a list without one, times the size its
 * {@code @listSize(assumedSize: …)} declares: a list cannot fan out uncounted ({@code localities { neighbours {
 * neighbours … } } }} twelve deep answered 2 MB in 10 s before lists counted).
 * <p>
 * While the request runs, the items every list actually holds are counted too, and the request is stopped once they
 * pass {@code max-list-items}: an assumed size that turns out too small cannot let a request grow without bound.
 */
final class RequestSizeLimit extends SimplePerformantInstrumentation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RequestSizeLimit.class);

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;
    private final int maxRootFields;
    private final long maxListItems;
    private final long defaultPageSize;

    RequestSizeLimit(GraphQlLimitsProperties limits, int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
        this.maxDepth = limits.maxDepth();
        this.maxComplexity = limits.maxComplexity();
        this.maxAliases = limits.maxAliases();
        this.maxRootFields = limits.maxRootFields();
        this.maxListItems = limits.maxListItems();
    }

    /**
     * Whether a field must declare its assumed size: a list of objects without {@code first}. A connection's
     * {@code edges} are sized by the {@code first} of the field that answers the connection.
     */
    static boolean needsListSize(GraphQLObjectType type, GraphQLFieldDefinition field) {
        boolean listOfObjects = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
                && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer;
        boolean pages = field.getArgument("first") != null;
        boolean edges = type.getName().endsWith("Connection") && field.getName().equals("edges");
        return listOfObjects && !pages && !edges && !type.getName().startsWith("__");
    }

    /** The items the request's lists have held so far. */
    private static final class ListItems implements InstrumentationState {
        private final AtomicLong items = new AtomicLong();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new ListItems();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        GraphQLSchema schema = execution.getGraphQLSchema();
        GraphQLObjectType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Walk walk = new Walk(execution, defaultPageSize);
        long cost = walk.count(operation.getSelectionSet(), root, 0, 1);
        log.debug("GraphQL operation {} costs {} (limit {})", operation.getName(), cost, maxComplexity);
        if (walk.deepest.get() > maxDepth) {
            throw new AbortExecutionException("The request is " + walk.deepest.get() + " fields deep; at most " + maxDepth
                    + " are allowed");
        }
        if (cost > maxComplexity) {
            throw new AbortExecutionException("The request would cost " + cost + " (each field 1 plus what it selects, "
                    + "times its page size or the size its list is assumed to have); at most " + maxComplexity + " is allowed");
        }
        if (walk.rootFields.get() > maxRootFields) {
            throw new AbortExecutionException("The request asks for " + walk.rootFields.get()
                    + " root fields; at most " + maxRootFields + " are allowed in one request");
        }
        if (walk.aliases.get() > maxAliases) {
            throw new AbortExecutionException("The request uses " + walk.aliases.get()
                    + " aliases; at most " + maxAliases + " are allowed in one request");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        if (state instanceof ListItems counted && parameters.getFetchedObject() instanceof Collection<?> items
                && counted.items.addAndGet(items.size()) > maxListItems) {
            throw new AbortExecutionException("The answer would hold more than " + maxListItems
                    + " list items; ask for fewer (page with first, or select fewer nested lists)");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** One walk over the document, counting as it goes. */
    private static final class Walk {

        private final ExecutionContext execution;
        private final long defaultPageSize;
        private final AtomicInteger rootFields = new AtomicInteger();
        private final AtomicInteger aliases = new AtomicInteger();
        private final AtomicInteger deepest = new AtomicInteger();

        Walk(ExecutionContext execution, long defaultPageSize) {
            this.execution = execution;
            this.defaultPageSize = defaultPageSize;
        }

        /**
         * The cost of the selection on {@code type} (null when the schema does not say). Fragments count where spread. On
         * a connection, its {@code edges} are multiplied by {@code pageSize}, the {@code first} of the field that
         * answered it; its count, page information and other fields are answered once.
         */
        long count(SelectionSet selections, GraphQLType type, int depth, long pageSize) {
            if (selections == null || depth > 64) {
                return 0;
            }
            long cost = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    if (depth == 0) {
                        rootFields.incrementAndGet();
                    }
                    if (field.getAlias() != null) {
                        aliases.incrementAndGet();
                    }
                    deepest.accumulateAndGet(depth + 1, Math::max);
                    GraphQLFieldDefinition definition = type instanceof GraphQLFieldsContainer container
                            && !field.getName().startsWith("__") ? container.getFieldDefinition(field.getName()) : null;
                    GraphQLType selected = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
                    long multiplier = multiplier(field, definition);
                    long below;
                    if (isConnection(selected)) {
                        below = count(field.getSelectionSet(), selected, depth + 1, multiplier);
                        multiplier = 1;
                    }
                    else {
                        below = count(field.getSelectionSet(), selected, depth + 1, 1);
                        if (isConnection(type) && field.getName().equals("edges")) {
                            multiplier = pageSize;
                        }
                    }
                    cost = saturatedAdd(cost, saturatedAdd(1, saturatedMultiply(below, multiplier)));
                }
                else if (selection instanceof InlineFragment fragment) {
                    GraphQLType on = fragment.getTypeCondition() == null ? type
                            : execution.getGraphQLSchema().getType(fragment.getTypeCondition().getName());
                    cost = saturatedAdd(cost, count(fragment.getSelectionSet(), on, depth, pageSize));
                }
                else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition definition = execution.getFragment(spread.getName());
                    if (definition != null) {
                        GraphQLType on = execution.getGraphQLSchema().getType(definition.getTypeCondition().getName());
                        cost = saturatedAdd(cost, count(definition.getSelectionSet(), on, depth, pageSize));
                    }
                }
            }
            return cost;
        }

        /**
         * The {@code first} a field asks for, literal or variable; the default page when a field that pages is not given
         * one; else its list's assumed size; 1 for one value.
         */
        private long multiplier(Field field, GraphQLFieldDefinition definition) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    Value<?> value = argument.getValue();
                    if (value instanceof IntValue literal) {
                        return Math.max(1, literal.getValue().longValue());
                    }
                    if (value instanceof VariableReference variable
                            && execution.getCoercedVariables().get(variable.getName()) instanceof Number number) {
                        return Math.max(1, number.longValue());
                    }
                }
            }
            GraphQLAppliedDirective listSize = definition == null ? null : definition.getAppliedDirective(AccessRules.LIST_SIZE);
            if (listSize != null && listSize.getArgument("assumedSize").getValue() instanceof Number assumed) {
                return Math.max(1, assumed.longValue());
            }
            if (definition != null && definition.getArgument("first") != null) {
                return defaultPageSize;
            }
            return 1;
        }

        private static boolean isConnection(GraphQLType type) {
            return type instanceof GraphQLObjectType object && object.getName().endsWith("Connection");
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        private static long saturatedMultiply(long a, long b) {
            return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
        }
    }
}
