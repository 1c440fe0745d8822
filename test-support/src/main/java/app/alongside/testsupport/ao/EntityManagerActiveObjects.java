package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real {@link ActiveObjects}: every call goes to an AO {@link EntityManager} on a real database, the way
 * Confluence's Active Objects plugin does it.
 *
 * <ul>
 *   <li>Checked {@link SQLException}s are wrapped in {@link ActiveObjectsException} (a {@code RuntimeException}),
 *       as the AO plugin does.</li>
 *   <li>{@link #executeInTransaction} runs the callback in one database transaction ({@link Transaction}): commit
 *       when it returns, rollback and rethrow when it throws. A call made while a transaction of the same database
 *       is already running on this thread <b>joins</b> it instead of nesting (Confluence's SAL
 *       {@code TransactionTemplate} is propagation REQUIRED): only the outermost call commits. If a joined call
 *       throws, the whole transaction is marked rollback-only; should the caller catch that exception and return
 *       normally, the outermost call rolls everything back and throws {@link UnexpectedRollbackException}, like
 *       Spring's transaction template behind SAL.</li>
 *   <li>Outside {@code executeInTransaction} every call runs in auto-commit mode on its own connection.</li>
 *   <li>Queries with {@code offset} but no {@code limit} are rejected on every database, because they fail on
 *       H2 2.x (Confluence's evaluation database); see {@link AoDatabase}.</li>
 * </ul>
 *
 * <p>Thread-safe as far as the {@code EntityManager} is: each thread has its own transaction.</p>
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    /**
     * Running transactions of this thread, per database provider: two facades over the same
     * {@code EntityManager} join the same transaction (AO allows only one per thread and provider).
     */
    private static final ThreadLocal<Map<DatabaseProvider, TxFrame>> FRAMES = new ThreadLocal<>();

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The underlying {@code EntityManager} (for host code and tests, not for app code). */
    public EntityManager entityManager() {
        return entityManager;
    }

    /** The physical table name of an entity, e.g. {@code AO_28BE2D_NOTE}. */
    public String tableName(Class<? extends RawEntity<?>> type) {
        return entityManager.getTableNameConverter().getName(type);
    }

    // ---------------------------------------------------------------- schema

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw wrap("migrate", e);
        }
    }

    /**
     * Migrates and drops every table and column of this prefix that the given entities do not declare.
     * For test set-up; Confluence never does this to a live module.
     */
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrateDestructively(entities);
        } catch (SQLException e) {
            throw wrap("migrateDestructively", e);
        }
    }

    // ---------------------------------------------------------------- read

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        try {
            return entityManager.get(type, key);
        } catch (SQLException e) {
            throw wrap("get", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        try {
            return entityManager.find(type, criteria, parameters);
        } catch (SQLException e) {
            throw wrap("find", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        checkQuery(query);
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw wrap("find", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        checkQuery(query);
        Objects.requireNonNull(streamCallback, "streamCallback");
        try {
            entityManager.stream(type, query, streamCallback);
        } catch (SQLException e) {
            throw wrap("stream", e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.count(type, criteria, parameters);
        } catch (SQLException e) {
            throw wrap("count", e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        checkQuery(query);
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw wrap("count", e);
        }
    }

    // ---------------------------------------------------------------- write

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw wrap("create", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw wrap("create", e);
        }
    }

    /** One batched INSERT for all rows (AO's {@code EntityManager.create(Class, List)}). */
    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        try {
            entityManager.create(type, rows);
        } catch (SQLException e) {
            throw wrap("create", e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw wrap("delete", e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.deleteWithSQL(type, criteria, parameters);
        } catch (SQLException e) {
            throw wrap("deleteWithSQL", e);
        }
    }

    // ---------------------------------------------------------------- transactions

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        final DatabaseProvider provider = entityManager.getProvider();
        Map<DatabaseProvider, TxFrame> frames = FRAMES.get();
        if (frames == null) {
            frames = new IdentityHashMap<>();
            FRAMES.set(frames);
        }
        final TxFrame running = frames.get(provider);
        if (running != null) {
            return joinTransaction(running, callback);
        }

        final TxFrame frame = new TxFrame();
        frames.put(provider, frame);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    T result;
                    try {
                        result = callback.doInTransaction();
                    } finally {
                        frame.finished = true;
                    }
                    if (frame.rollbackOnlyCause != null) {
                        // throwing here makes Transaction.execute() roll back
                        throw new UnexpectedRollbackException(
                                "Transaction rolled back because a joined executeInTransaction call threw "
                                        + frame.rollbackOnlyCause + " and its caller went on",
                                frame.rollbackOnlyCause);
                    }
                    return result;
                }
            }.execute();
        } catch (SQLException e) {
            throw wrap("transaction (commit or rollback)", e);
        } finally {
            frames.remove(provider);
            if (frames.isEmpty()) {
                FRAMES.remove();
            }
        }
    }

    private static <T> T joinTransaction(TxFrame frame, TransactionCallback<T> callback) {
        if (frame.finished) {
            throw new IllegalStateException("executeInTransaction called after the transaction's callback returned");
        }
        frame.depth++;
        try {
            return callback.doInTransaction();
        } catch (RuntimeException | Error e) {
            if (frame.rollbackOnlyCause == null) {
                frame.rollbackOnlyCause = e;
            }
            throw e;
        } finally {
            frame.depth--;
        }
    }

    /** Whether this thread is inside {@link #executeInTransaction} of this facade's database. */
    public boolean isInTransaction() {
        Map<DatabaseProvider, TxFrame> frames = FRAMES.get();
        return frames != null && frames.containsKey(entityManager.getProvider());
    }

    /**
     * How deep this thread is in {@link #executeInTransaction} of this facade's database: 0 outside, 1 in the
     * outermost call, 2 in a call that joined it, and so on.
     */
    public int transactionDepth() {
        Map<DatabaseProvider, TxFrame> frames = FRAMES.get();
        TxFrame frame = frames == null ? null : frames.get(entityManager.getProvider());
        return frame == null ? 0 : frame.depth;
    }

    // ---------------------------------------------------------------- helpers

    private static void checkQuery(Query query) {
        Objects.requireNonNull(query, "query");
        if (query.getOffset() > 0 && query.getLimit() < 0) {
            throw new IllegalArgumentException("Query has offset(" + query.getOffset() + ") but no limit(): "
                    + "this fails on H2 2.x (AO renders 'LIMIT -1'); always pair offset with limit");
        }
    }

    private static ActiveObjectsException wrap(String operation, SQLException e) {
        return new ActiveObjectsException("Active Objects " + operation + " failed: " + e.getMessage(), e);
    }

    private static final class TxFrame {
        int depth = 1;
        boolean finished;
        Throwable rollbackOnlyCause;
    }

    /**
     * Thrown by the outermost {@link #executeInTransaction} when it rolled back because a joined call failed but
     * the failure was swallowed (Spring's {@code UnexpectedRollbackException} in Confluence).
     */
    public static final class UnexpectedRollbackException extends ActiveObjectsException {
        private static final long serialVersionUID = 1L;

        public UnexpectedRollbackException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
