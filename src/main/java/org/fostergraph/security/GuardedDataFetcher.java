package org.fostergraph.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.TrivialDataFetcher;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Wraps every field's data fetcher: the caller's roles must include one the field allows; ids in its arguments must
 * belong to the caller's councils; and council-owned records it answers are dropped unless they belong to the
 * caller's councils (so no path through the graph reaches another council's child). Children it hands out are
 * noted for the read audit.
 * <p>
 * A guard keeps what its field's own fetcher says of itself, through {@link #of}: graphql-java and Spring's request
 * observation pass a trivial fetcher (a property) and one that loads through a DataLoader (a {@code @BatchMapping}) by
 * without wrapping them again; guarded as anything else, every one of the hundreds of fields of a match answer was
 * wrapped, which the national benchmark saw as a tenth of a request.
 */
class GuardedDataFetcher implements DataFetcher<Object> {

    private final DataFetcher<?> delegate;
    private final FieldCoordinates coordinates;
    private final Set<Role> allowed;
    private final List<OwnedArgument> ownedArguments;
    private final boolean answersNullWhenMissing;
    private final boolean answersOwnedRecords;
    private final FieldRules rules;

    /** A guard around the field's fetcher that is trivial, or loads through a DataLoader, when the fetcher is. */
    static GuardedDataFetcher of(DataFetcher<?> delegate, FieldCoordinates coordinates, Set<Role> allowed,
            List<OwnedArgument> ownedArguments, boolean answersNullWhenMissing, boolean answersOwnedRecords,
            FieldRules rules) {
        if (delegate instanceof TrivialDataFetcher<?>) {
            return new Trivial(delegate, coordinates, allowed, ownedArguments, answersNullWhenMissing, answersOwnedRecords, rules);
        }
        if (delegate instanceof SelfDescribingDataFetcher<?> described && described.usesDataLoader()) {
            return new LoadingThroughDataLoader(described, coordinates, allowed, ownedArguments, answersNullWhenMissing,
                    answersOwnedRecords, rules);
        }
        return new GuardedDataFetcher(delegate, coordinates, allowed, ownedArguments, answersNullWhenMissing,
                answersOwnedRecords, rules);
    }

    private GuardedDataFetcher(DataFetcher<?> delegate, FieldCoordinates coordinates, Set<Role> allowed,
            List<OwnedArgument> ownedArguments, boolean answersNullWhenMissing, boolean answersOwnedRecords,
            FieldRules rules) {
        this.delegate = delegate;
        this.coordinates = coordinates;
        this.allowed = allowed;
        this.ownedArguments = List.copyOf(ownedArguments);
        this.answersNullWhenMissing = answersNullWhenMissing;
        this.answersOwnedRecords = answersOwnedRecords;
        this.rules = rules;
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        RequestAccess access = env.getGraphQlContext().get(RequestAccess.class);
        if (access == null || !access.caller().hasAnyOf(allowed)) {
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(env)
                            .errorType(access == null ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                            .message(coordinates + " is not available to your role")
                            .extensions(Map.of("code", "FORBIDDEN"))
                            .build())
                    .build();
        }
        if (!env.getArguments().isEmpty()) {
            rules.inputs().check(env.getArguments());
        }
        // A council's user changes one council's records; a provider's staff change their one provider's (Caller).
        if ("Mutation".equals(coordinates.getTypeName()) && !access.caller().isProviderStaff()
                && access.caller().councils().size() != 1) {
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(env)
                            .errorType(ErrorType.FORBIDDEN)
                            .message(new OneCouncilNeededException(access.caller().councils()).getMessage())
                            .extensions(Map.of("code", "ONE_COUNCIL_NEEDED"))
                            .build())
                    .build();
        }
        CouncilScope.Checked checked = ownedArguments.isEmpty() ? CouncilScope.Checked.NOTHING_NAMED
                : "Query".equals(coordinates.getTypeName())
                        ? rules.scope().check(access.caller(), env.getArguments(), ownedArguments, env.getDataLoaderRegistry())
                        // A mutation's answer is read after its change: what its check read would be stale.
                        : rules.scope().check(access.caller(), env.getArguments(), ownedArguments);
        if (checked.refusal().isPresent()) {
            if (answersNullWhenMissing) {
                return null;
            }
            throw checked.refusal().get();
        }
        if ("Query".equals(coordinates.getTypeName())) {
            // A query about a named child (its matches, why not a household, …) reads that child's record, whether or not
            // the answer holds a Child value: its home and school are what the distances are measured from.
            checked.childrenNamed().forEach(childId -> access.childRead(childId, rootField(env.getExecutionStepInfo())));
        }
        Object result = delegate.get(env);
        if (!answersOwnedRecords) {
            return result;
        }
        // Spring's controller methods answer errors, and some values, as a Mono or future; they pass through as they are.
        if (result instanceof CompletionStage<?> pending) {
            return pending.thenApply(value -> keepOwn(value, access, env));
        }
        if (result instanceof Mono<?> pending) {
            return pending.flatMap(value -> Mono.justOrEmpty(keepOwn(value, access, env)));
        }
        if (result instanceof Flux<?> items) {
            return items.filter(item -> item instanceof CouncilOwned record && mayRead(record, access, env)
                    || item instanceof ProviderOwned providers && mayRead(providers, access, env));
        }
        return keepOwn(result, access, env);
    }

    private Object keepOwn(Object value, RequestAccess access, DataFetchingEnvironment env) {
        if (value instanceof DataFetcherResult<?> result) {
            return DataFetcherResult.newResult().data(keepOwn(result.getData(), access, env))
                    .errors(result.getErrors()).localContext(result.getLocalContext()).build();
        }
        if (value instanceof Optional<?> optional) {
            return keepOwn(optional.orElse(null), access, env);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> own = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof CouncilOwned record && mayRead(record, access, env)
                        || item instanceof ProviderOwned providers && mayRead(providers, access, env)
                        || item instanceof SummaryOfRecords summary && maySee(summary, access, env)) {
                    own.add(item);
                }
            }
            return own;
        }
        if (value instanceof SummaryOfRecords summary) {
            return maySee(summary, access, env) ? value : null;
        }
        if (value == null || value instanceof CouncilOwned record && mayRead(record, access, env)
                || value instanceof ProviderOwned own && mayRead(own, access, env)) {
            return value;
        }
        // Another council's or provider's record, or something that cannot say whose it is: answered as absent.
        return null;
    }

    private boolean mayRead(CouncilOwned record, RequestAccess access, DataFetchingEnvironment env) {
        if (!CouncilScope.mayRead(access.caller(), record)) {
            return false;
        }
        if (record instanceof ChildRecord) {
            access.childRead(record.id(), rootField(env.getExecutionStepInfo()));
        }
        return true;
    }

    /** A provider's record, to its provider's staff only; the children it shows them are audited as read. */
    private boolean mayRead(ProviderOwned record, RequestAccess access, DataFetchingEnvironment env) {
        if (!access.caller().worksFor(record.provider())) {
            return false;
        }
        record.childrenShown().forEach(childId -> access.childRead(childId, rootField(env.getExecutionStepInfo())));
        return true;
    }

    /**
     * A summary of records (a change in the history) is shown only to a caller whose roles may read every field of every
     * kind of record it is about: the history of a placement is officers' as the placement is. The children it is about
     * are audited as read.
     */
    private boolean maySee(SummaryOfRecords summary, RequestAccess access, DataFetchingEnvironment env) {
        if (!rules.readers().mayReadEveryField(access.caller(), summary.recordsByType().keySet())) {
            return false;
        }
        summary.recordsByType().getOrDefault("Child", List.of())
                .forEach(childId -> access.childRead(childId, rootField(env.getExecutionStepInfo())));
        return true;
    }

    /** The query or mutation field the request asked for (not its alias), as the audit's operation. */
    private static String rootField(ExecutionStepInfo step) {
        ExecutionStepInfo root = step;
        while (root.getParent() != null && root.getParent().getParent() != null) {
            root = root.getParent();
        }
        return root.getObjectType().getName() + "." + root.getFieldDefinition().getName();
    }

    /** The guard of a property: graphql-java and the request observation treat it as the trivial fetcher it guards. */
    private static final class Trivial extends GuardedDataFetcher implements TrivialDataFetcher<Object> {

        Trivial(DataFetcher<?> delegate, FieldCoordinates coordinates, Set<Role> allowed, List<OwnedArgument> ownedArguments,
                boolean answersNullWhenMissing, boolean answersOwnedRecords, FieldRules rules) {
            super(delegate, coordinates, allowed, ownedArguments, answersNullWhenMissing, answersOwnedRecords, rules);
        }
    }

    /** The guard of a {@code @BatchMapping} field, described as the controller method it guards. */
    private static final class LoadingThroughDataLoader extends GuardedDataFetcher implements SelfDescribingDataFetcher<Object> {

        private final SelfDescribingDataFetcher<?> described;

        LoadingThroughDataLoader(SelfDescribingDataFetcher<?> described, FieldCoordinates coordinates, Set<Role> allowed,
                List<OwnedArgument> ownedArguments, boolean answersNullWhenMissing, boolean answersOwnedRecords,
                FieldRules rules) {
            super(described, coordinates, allowed, ownedArguments, answersNullWhenMissing, answersOwnedRecords, rules);
            this.described = described;
        }

        @Override
        public String getDescription() {
            return described.getDescription();
        }

        @Override
        public ResolvableType getReturnType() {
            return described.getReturnType();
        }

        @Override
        public Map<String, ResolvableType> getArguments() {
            return described.getArguments();
        }

        @Override
        public Method asMethod() {
            return described.asMethod();
        }

        @Override
        public boolean usesDataLoader() {
            return true;
        }
    }
}
