package app.alongside.testsupport.ao;

import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Counts the SQL statements an {@code EntityManager} sends to the database, to prove that a feature costs a constant
 * number of statements. Every JDBC connection the manager opens is wrapped in a {@code java.sql} proxy; each
 * {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeLargeUpdate} and {@code executeBatch}
 * on its statements counts once (a batch of many rows is one round trip, so one statement). The SQL is kept for the
 * failure message.
 *
 * <pre>{@code
 * StatementCounter counter = new StatementCounter();
 * EntityManager em = AO.database().entityManager(AO.namespace(), counter);   // same tables as the rule's
 * try {
 *     DecisionIndex index = new AoDecisionIndex(new EntityManagerActiveObjects(em));
 *     int statements = counter.countDuring(() -> register.search(query, everything));
 *     assertTrue(counter.describe(), statements <= 4);
 * } finally {
 *     AoDatabase.dispose(em);
 * }
 * }</pre>
 * Counts from every thread; thread-safe.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final AtomicInteger count = new AtomicInteger();
    private final List<String> statements = new ArrayList<>();

    /** Statements sent since this counter was made or last {@link #reset()}. */
    public int count() {
        return count.get();
    }

    /** The SQL of each statement counted, in order. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    public void reset() {
        synchronized (statements) {
            count.set(0);
            statements.clear();
        }
    }

    /** Resets, runs the action, and returns how many statements it sent. */
    public int countDuring(Runnable action) {
        reset();
        action.run();
        return count();
    }

    /** The count and the statements, one a line, for assertion messages. */
    public String describe() {
        List<String> sent = statements();
        StringBuilder text = new StringBuilder(sent.size() + " statements:");
        for (String sql : sent) {
            text.append("\n  ").append(sql);
        }
        return text.toString();
    }

    private void record(String sql) {
        synchronized (statements) {
            count.incrementAndGet();
            statements.add(sql == null ? "(batch)" : sql.strip());
        }
    }

    /** A connection whose statements are counted. */
    Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new ConnectionHandler(connection));
    }

    /**
     * An {@code EntityManager} configured as {@link AoDatabase#entityManagerWithPrefix} configures one (Atlassian name
     * converters, tables of one prefix only), over connections whose statements this counter counts.
     */
    EntityManager entityManager(AoDatabase.Kind kind, String url, String username, String password, String schema,
                                String tablePrefix) {
        DisposableDataSource dataSource = new CountingDataSource(url, username, password);
        DatabaseProvider provider = kind == AoDatabase.Kind.POSTGRES
                ? new PostgreSQLDatabaseProvider(dataSource, schema)
                : new H2DatabaseProvider(dataSource, schema);
        return AoDatabase.entityManagerOver(provider, tablePrefix);
    }

    /** Like AO's connection-pool-less data source: a new driver connection each time, here a counted one. */
    private final class CountingDataSource implements DisposableDataSource {
        private final String url;
        private final String username;
        private final String password;

        CountingDataSource(String url, String username, String password) {
            this.url = url;
            this.username = username;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(DriverManager.getConnection(url, username, password));
        }

        @Override
        public Connection getConnection(String user, String pass) throws SQLException {
            return counted(DriverManager.getConnection(url, user, pass));
        }

        @Override
        public void dispose() {
            // nothing pooled
        }

        @Override
        public PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = invokeOn(connection, method, args);
            String name = method.getName();
            if (result instanceof Statement statement
                    && (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type},
                        new StatementHandler(statement, sql));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement statement;
        private final String preparedSql;

        StatementHandler(Statement statement, String preparedSql) {
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                record(sql);
            }
            return invokeOn(statement, method, args);
        }
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
