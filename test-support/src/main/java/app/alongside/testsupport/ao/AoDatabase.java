package app.alongside.testsupport.ao;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where an Active Objects {@link EntityManager} lives: an H2 database in memory (tests), an H2 database in a file
 * (the workbench) or a PostgreSQL database (tests with {@code -Dalongside.db=postgres}, and the workbench if wanted).
 *
 * <p>{@link #entityManager(String)} builds an {@code EntityManager} the way Confluence's Active Objects plugin
 * configures one for an {@code <ao>} module: the Atlassian name converters that ship in the AO ORM
 * ({@code net.java.ao.atlassian.*}: upper-case snake-case names, 30-character limit) and the table prefix
 * {@link #tablePrefixFor(String) AO_xxxxxx} derived from the module's namespace. Schema migrations made through it
 * only ever touch tables that carry that prefix (as in Confluence, where one plugin's migration never drops another
 * plugin's or the host's tables).</p>
 *
 * <h2>Choosing the database with system properties ({@link #fromSystemProperties(String)})</h2>
 * <table>
 *   <caption>system properties</caption>
 *   <tr><th>property</th><th>default</th></tr>
 *   <tr><td>{@code alongside.db}</td><td>{@code h2} (in memory); or {@code postgres}</td></tr>
 *   <tr><td>{@code alongside.pg.url}</td><td>{@code jdbc:postgresql://127.0.0.1:55432/alongside_test}</td></tr>
 *   <tr><td>{@code alongside.pg.user}</td><td>{@code alongside}</td></tr>
 *   <tr><td>{@code alongside.pg.password}</td><td>{@code alongside}</td></tr>
 *   <tr><td>{@code alongside.pg.schema}</td><td>{@code public}</td></tr>
 * </table>
 * {@code bin/postgres-test-cluster start} starts a private PostgreSQL cluster matching these defaults.
 *
 * <h2>Pitfalls (see also reference/buildchain.md §1)</h2>
 * <ul>
 *   <li><b>H2 in memory needs {@code DB_CLOSE_DELAY=-1}.</b> The builder uses no connection pool, so every AO
 *       operation opens and closes a JDBC connection; without the flag the in-memory database (and its schema) is
 *       dropped whenever the last connection closes. {@link #h2Memory(String)} always adds it. File databases get it
 *       too (otherwise the file is re-opened for every statement); call {@link #shutdown()} to close them cleanly.</li>
 *   <li><b>H2 2.x: {@code Query.offset(n)} without {@code limit(m)} fails</b> with
 *       {@code Invalid value "-1" for parameter "result FETCH"}, because AO 3.2.11 renders {@code LIMIT -1} for H2.
 *       Confluence's evaluation database is H2 2.x, so the app must <b>always pair offset with limit</b>.
 *       {@link EntityManagerActiveObjects} rejects offset-without-limit on every database so this is caught on
 *       PostgreSQL test runs too.</li>
 *   <li><b>PostgreSQL folds unquoted identifiers to lower case</b>, while AO creates upper-case names quoted
 *       ({@code "AO_28BE2D_NOTE"."SPACE_KEY"}). AO quotes column names itself in {@code where}/{@code order} clauses
 *       it parses, but hand-written SQL (e.g. {@code findWithSQL}, plain JDBC) must quote them:
 *       {@code SELECT "ID" FROM public."AO_28BE2D_NOTE"}. Never hard-code the prefix; use
 *       {@code entityManager.getTableNameConverter().getName(Note.class)} and
 *       {@code entityManager.getProvider().withSchema(..)} / {@code processID(..)}.</li>
 *   <li>AO opens transactions at isolation level SERIALIZABLE unless the system property
 *       {@code ao.transaction.isolation.level} says otherwise (e.g. {@code TRANSACTION_READ_COMMITTED}, which is
 *       what Confluence's own transactions normally use). Concurrent writers in the workbench may therefore see
 *       serialization failures that Confluence would not show.</li>
 * </ul>
 */
public final class AoDatabase {

    /** Which kind of database. */
    public enum Kind { H2_MEMORY, H2_FILE, POSTGRES }

    public static final String PROP_DB = "alongside.db";
    public static final String PROP_PG_URL = "alongside.pg.url";
    public static final String PROP_PG_USER = "alongside.pg.user";
    public static final String PROP_PG_PASSWORD = "alongside.pg.password";
    public static final String PROP_PG_SCHEMA = "alongside.pg.schema";

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:55432/alongside_test";
    public static final String DEFAULT_PG_USER = "alongside";
    public static final String DEFAULT_PG_PASSWORD = "alongside";
    public static final String DEFAULT_PG_SCHEMA = "public";

    /** The schema H2 uses; AO's {@code H2DatabaseProvider} defaults to it too. */
    private static final String H2_SCHEMA = "PUBLIC";
    private static final AtomicInteger H2_MEMORY_COUNTER = new AtomicInteger();

    private final Kind kind;
    private final String url;
    private final String username;
    private final String password;
    private final String schema;
    private final boolean pooled;

    private AoDatabase(Kind kind, String url, String username, String password, String schema) {
        this(kind, url, username, password, schema, false);
    }

    private AoDatabase(Kind kind, String url, String username, String password, String schema, boolean pooled) {
        this.pooled = pooled;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.url = Objects.requireNonNull(url, "url");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.schema = schema;
    }

    /**
     * A named H2 in-memory database ({@code jdbc:h2:mem:<name>;DB_CLOSE_DELAY=-1}). It lives until {@link #shutdown()}
     * or the end of the JVM; two instances with the same name are the same database.
     */
    public static AoDatabase h2Memory(String name) {
        requireSimpleName(name);
        return new AoDatabase(Kind.H2_MEMORY, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", H2_SCHEMA);
    }

    /** A fresh, uniquely named H2 in-memory database ({@code <prefix>-<n>}). */
    public static AoDatabase h2MemoryUnique(String prefix) {
        return h2Memory(prefix + "-" + H2_MEMORY_COUNTER.incrementAndGet());
    }

    /**
     * An H2 database in a file, for the workbench. {@code file} is the database path without H2's
     * {@code .mv.db} suffix (e.g. {@code workbench-data/alongside}); its directory is created by H2.
     */
    public static AoDatabase h2File(Path file) {
        Objects.requireNonNull(file, "file");
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        if (path.contains(";")) {
            throw new IllegalArgumentException("H2 file path must not contain ';': " + path);
        }
        return new AoDatabase(Kind.H2_FILE, "jdbc:h2:file:" + path + ";DB_CLOSE_DELAY=-1", "sa", "", H2_SCHEMA);
    }

    /** A PostgreSQL database. {@code schema} null or blank means {@code public}. */
    public static AoDatabase postgres(String url, String username, String password, String schema) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC url: " + url);
        }
        String s = schema == null || schema.isBlank() ? DEFAULT_PG_SCHEMA : schema.trim();
        return new AoDatabase(Kind.POSTGRES, url, username, password == null ? "" : password, s);
    }

    /**
     * The database chosen by the system properties {@value #PROP_DB} (default {@code h2}) and {@code alongside.pg.*}.
     * For {@code h2} this is a fresh in-memory database named {@code <h2NamePrefix>-<n>}, so test classes never
     * share one; for {@code postgres} every call returns the same configured database.
     */
    public static AoDatabase fromSystemProperties(String h2NamePrefix) {
        return fromProperties(System.getProperties(), h2NamePrefix);
    }

    /** As {@link #fromSystemProperties(String)}, reading the given properties (for tests). */
    public static AoDatabase fromProperties(Properties props, String h2NamePrefix) {
        String db = props.getProperty(PROP_DB, "h2").trim().toLowerCase(Locale.ROOT);
        switch (db) {
            case "":
            case "h2":
                return h2MemoryUnique(h2NamePrefix);
            case "postgres":
            case "postgresql":
                return postgres(
                        props.getProperty(PROP_PG_URL, DEFAULT_PG_URL),
                        props.getProperty(PROP_PG_USER, DEFAULT_PG_USER),
                        props.getProperty(PROP_PG_PASSWORD, DEFAULT_PG_PASSWORD),
                        props.getProperty(PROP_PG_SCHEMA, DEFAULT_PG_SCHEMA));
            default:
                throw new IllegalArgumentException(
                        "unknown " + PROP_DB + "=" + db + " (expected 'h2' or 'postgres')");
        }
    }

    /**
     * The Active Objects table prefix Confluence gives an {@code <ao>} module: {@code "AO_"} followed by the last
     * six hex characters, upper case, of the MD5 of the namespace (the module's {@code namespace} attribute, or the
     * plugin key if it has none). {@code com.atlassian.example.ao.myplugin} gives {@code AO_28BE2D}.
     */
    public static String tablePrefixFor(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isEmpty()) {
            throw new IllegalArgumentException("namespace must not be empty");
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    /**
     * The same database, but every {@code EntityManager} built from it borrows connections from a small pool
     * (HikariCP) instead of opening a new one per transaction. Confluence gives Active Objects its pooled data source,
     * so benchmarks use this to measure what a node pays; tests keep the pool-less default, which is simpler to reason
     * about. Dispose managers with {@link #dispose(EntityManager)} to close their pool.
     */
    public AoDatabase pooled() {
        return new AoDatabase(kind, url, username, password, schema, true);
    }

    public boolean isPooled() {
        return pooled;
    }

    /** An {@code EntityManager} for the {@code <ao>} module with this namespace (prefix {@link #tablePrefixFor}). */
    public EntityManager entityManager(String namespace) {
        return entityManagerWithPrefix(tablePrefixFor(namespace));
    }

    /**
     * As {@link #entityManager(String)}, but every JDBC statement it sends is counted by {@code counter} (see
     * {@link StatementCounter}). It reaches the same tables as any other manager of this namespace and database.
     */
    public EntityManager entityManager(String namespace, StatementCounter counter) {
        Objects.requireNonNull(counter, "counter");
        return counter.entityManager(kind, url, username, password, schema, tablePrefixFor(namespace));
    }

    /**
     * An {@code EntityManager} whose tables are named {@code <prefix>_<UPPER_SNAKE(entity)>}, e.g. with a fixed
     * prefix like {@code AO_000000} (what AO's own test runner uses). Migrations only touch tables with this prefix.
     */
    public EntityManager entityManagerWithPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[A-Z][A-Z0-9_]*[A-Z0-9]")) {
            throw new IllegalArgumentException("table prefix must be upper case letters, digits and '_': " + prefix);
        }
        if (pooled) {
            return entityManagerOver(provider(new PooledDataSource(url, username, password)), prefix);
        }
        final String tablePrefix = prefix + "_";
        return EntityManagerBuilder.url(url)
                .username(username)
                .password(password)
                .schema(schema)
                .none() // no pool: predictable, and what the spike verified; see the DB_CLOSE_DELAY note above
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .schemaConfiguration(new PrefixSchemaConfiguration(tablePrefix))
                .build();
    }

    DatabaseProvider provider(DisposableDataSource dataSource) {
        return kind == Kind.POSTGRES
                ? new PostgreSQLDatabaseProvider(dataSource, schema)
                : new H2DatabaseProvider(dataSource, schema);
    }

    /**
     * An {@code EntityManager} over a provider, configured as {@link #entityManagerWithPrefix} configures one: the
     * Atlassian name converters and tables of one prefix only.
     */
    static EntityManager entityManagerOver(DatabaseProvider provider, String tablePrefix) {
        String prefix = tablePrefix + "_";
        NameConverters converters = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + name),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schemaConfiguration = new PrefixSchemaConfiguration(prefix);
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        return new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            @SuppressWarnings("deprecation")
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return converters;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schemaConfiguration;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        });
    }

    /** A HikariCP pool as AO's {@link DisposableDataSource}: disposing the provider closes the pool. */
    private static final class PooledDataSource extends HikariDataSource implements DisposableDataSource {
        PooledDataSource(String url, String username, String password) {
            super(poolConfig(url, username, password));
        }

        private static HikariConfig poolConfig(String url, String username, String password) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(8);
            config.setPoolName("alongside-ao");
            return config;
        }

        @Override
        public void dispose() {
            close();
        }
    }

    /** Releases the connections/data source of an {@code EntityManager} built here. Null-safe, never throws. */
    public static void dispose(EntityManager entityManager) {
        if (entityManager != null) {
            try {
                entityManager.getProvider().dispose();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
    }

    /** A plain JDBC connection to this database (autocommit on); the caller closes it. */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /**
     * Closes an H2 database ({@code SHUTDOWN}): an in-memory one is discarded, a file one is written and closed.
     * Do it only after every {@code EntityManager} on it is done. A no-op for PostgreSQL. Never throws.
     */
    public void shutdown() {
        if (kind == Kind.POSTGRES) {
            return;
        }
        try (Connection c = openConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed, or never opened
        }
    }

    public Kind kind() {
        return kind;
    }

    public boolean isH2() {
        return kind != Kind.POSTGRES;
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRES;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    /** The schema AO qualifies table names with ({@code PUBLIC} for H2). */
    public String schema() {
        return schema;
    }

    @Override
    public String toString() {
        return kind + " " + url + " user=" + username + " schema=" + schema + (pooled ? " (pooled)" : "");
    }

    private static void requireSimpleName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("H2 database name must match [A-Za-z0-9_.-]+: " + name);
        }
    }

    /**
     * Lets AO manage (create, alter, drop) only the tables of one prefix, like the AO plugin's prefixed schema
     * configuration: a destructive migration of one module never drops another module's or the host's tables.
     */
    static final class PrefixSchemaConfiguration implements SchemaConfiguration {
        private final String prefix;

        PrefixSchemaConfiguration(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean shouldManageTable(String tableName, boolean caseSensitive) {
            if (tableName == null) {
                return false;
            }
            return caseSensitive
                    ? tableName.startsWith(prefix)
                    : tableName.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT));
        }
    }
}
