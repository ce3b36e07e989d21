package org.fostergraph.security;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.execution.ExecutionContext;

/**
 * Refuses, before any field runs, a request that is too deep, would cost too much (each field 1 plus what it
 * selects, times the page it asks for with {@code first}), asks for too many root fields or uses too many aliases
 * (the "alias flood" that turns one request into thousands of look-ups).
 */
final class RequestSizeLimit extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;
    private final int maxRootFields;

    RequestSizeLimit(GraphQlLimitsProperties limits) {
        this.maxDepth = limits.maxDepth();
        this.maxComplexity = limits.maxComplexity();
        this.maxAliases = limits.maxAliases();
        this.maxRootFields = limits.maxRootFields();
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        AtomicInteger rootFields = new AtomicInteger();
        AtomicInteger aliases = new AtomicInteger();
        AtomicInteger deepest = new AtomicInteger();
        long cost = count(operation.getSelectionSet(), execution, rootFields, aliases, deepest, 0);
        if (deepest.get() > maxDepth) {
            throw new AbortExecutionException("The request is " + deepest.get() + " fields deep; at most " + maxDepth
                    + " are allowed");
        }
        if (cost > maxComplexity) {
            throw new AbortExecutionException("The request would cost " + cost + " (each field 1 plus what it selects, "
                    + "times its page size); at most " + maxComplexity + " is allowed");
        }
        if (rootFields.get() > maxRootFields) {
            throw new AbortExecutionException("The request asks for " + rootFields.get()
                    + " root fields; at most " + maxRootFields + " are allowed in one request");
        }
        if (aliases.get() > maxAliases) {
            throw new AbortExecutionException("The request uses " + aliases.get()
                    + " aliases; at most " + maxAliases + " are allowed in one request");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Counts as it walks; answers the cost of the selection. Fragments count where they are spread. */
    private static long count(SelectionSet selections, ExecutionContext execution, AtomicInteger rootFields,
            AtomicInteger aliases, AtomicInteger deepest, int depth) {
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
                long below = count(field.getSelectionSet(), execution, rootFields, aliases, deepest, depth + 1);
                cost += 1 + below * pageSize(field, execution);
            }
            else if (selection instanceof InlineFragment fragment) {
                cost += count(fragment.getSelectionSet(), execution, rootFields, aliases, deepest, depth);
            }
            else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = execution.getFragment(spread.getName());
                if (definition != null) {
                    cost += count(definition.getSelectionSet(), execution, rootFields, aliases, deepest, depth);
                }
            }
        }
        return cost;
    }

    /** The {@code first} a field asks for, literal or variable; 1 when it does not page. */
    private static long pageSize(Field field, ExecutionContext execution) {
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
        return 1;
    }
}
