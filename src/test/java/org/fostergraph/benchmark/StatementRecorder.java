package org.fostergraph.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the service's Neo4j {@link Driver} so that, while recording, every Cypher statement the service sends is kept
 * with its parameters, whichever way it was sent (Spring Data Neo4j's client, a session, a managed or an explicit
 * transaction). One statement is one database round trip; the statements of a request replayed through a plain driver
 * are the floor the architecture cannot beat.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** A statement as sent: the text and the parameters as the driver received them. */
    record Statement(String text, Value parameters) {

        boolean writes() {
            return WRITING.matcher(text).find();
        }

        /**
         * The parameters with every id the service generated ({@code Ids.next}: a prefix and 12 hex digits, such as the
         * read audit's record ids; random UUIDs, such as the change log's) replaced by a new one, so that a replayed write does not collide with the record the
         * original request committed.
         */
        Value withFreshIds() {
            return fresh(parameters);
        }

        private static Value fresh(Value value) {
            TypeSystem types = TypeSystem.getDefault();
            if (value.hasType(types.STRING()) && GENERATED_UUID.matcher(value.asString()).matches()) {
                return Values.value(UUID.randomUUID().toString());
            }
            if (value.hasType(types.STRING()) && GENERATED_ID.matcher(value.asString()).matches()) {
                return Values.value(value.asString().substring(0, value.asString().indexOf('-') + 1)
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT));
            }
            if (value.hasType(types.MAP())) {
                return Values.value(value.asMap(Statement::fresh));
            }
            if (value.hasType(types.LIST())) {
                return Values.value(value.asList(Statement::fresh));
            }
            return value;
        }

        private static final Pattern GENERATED_UUID = Pattern.compile(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        private static final Pattern GENERATED_ID = Pattern.compile("[A-Z]+-[0-9A-F]{12}");

        private static final Pattern WRITING = Pattern.compile(
                "\\b(CREATE|MERGE|SET|DELETE|REMOVE)\\b", Pattern.CASE_INSENSITIVE);
    }

    private static final Set<Class<?>> WRAPPED = Set.of(Session.class, Transaction.class, TransactionContext.class, QueryRunner.class);

    private volatile List<Statement> recording;

    /** Runs {@code work} and answers the statements sent meanwhile (by any thread: run nothing else at the time). */
    synchronized List<Statement> record(Runnable work) {
        List<Statement> statements = Collections.synchronizedList(new ArrayList<>());
        recording = statements;
        try {
            work.run();
        }
        finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T target, Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Recording(target));
    }

    private final class Recording implements InvocationHandler {
        private final Object target;

        Recording(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("run") && arguments != null && arguments.length > 0) {
                keep(arguments);
            }
            Object[] passed = arguments == null ? null : arguments.clone();
            if (passed != null && method.getName().startsWith("execute")) {
                for (int i = 0; i < passed.length; i++) {
                    passed[i] = wrapCallback(passed[i]);
                }
            }
            Object result;
            try {
                result = method.invoke(target, passed);
            }
            catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
            if (result instanceof Session) {
                return wrapAs(result, Session.class);
            }
            if (result instanceof Transaction) {
                return wrapAs(result, Transaction.class);
            }
            Class<?> returned = method.getReturnType();
            return result != null && WRAPPED.contains(returned) ? wrapAs(result, returned) : result;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object wrapCallback(Object argument) {
            if (argument instanceof TransactionCallback callback) {
                return (TransactionCallback<Object>) tx -> callback.execute(wrap(tx, TransactionContext.class));
            }
            if (argument instanceof Consumer consumer) {
                return (Consumer<TransactionContext>) tx -> consumer.accept(wrap(tx, TransactionContext.class));
            }
            return argument;
        }

        @SuppressWarnings("unchecked")
        private Object wrapAs(Object result, Class<?> type) {
            return wrap(result, (Class<Object>) type);
        }

        @SuppressWarnings("unchecked")
        private void keep(Object[] arguments) {
            List<Statement> statements = recording;
            if (statements == null) {
                return;
            }
            Statement statement;
            if (arguments[0] instanceof Query query) {
                statement = new Statement(query.text(), query.parameters());
            }
            else {
                Object parameters = arguments.length > 1 ? arguments[1] : null;
                Value value = parameters == null ? Values.EmptyMap
                        : parameters instanceof Value v ? v
                        : parameters instanceof Record r ? Values.value(r.asMap())
                        : Values.value((Map<String, Object>) parameters);
                statement = new Statement((String) arguments[0], value);
            }
            statements.add(statement);
        }
    }
}
