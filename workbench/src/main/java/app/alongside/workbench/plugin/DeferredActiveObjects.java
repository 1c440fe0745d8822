package app.alongside.workbench.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link ActiveObjects} the app imports. As with Confluence's Active Objects plugin, the module's tables are
 * created and its upgrade tasks run when the service is first needed (the workbench asks for it right after the
 * app's context starts), and every call waits for that to finish.
 */
final class DeferredActiveObjects implements ActiveObjects {

    private final Supplier<ActiveObjects> installer;
    private volatile ActiveObjects delegate;

    DeferredActiveObjects(Supplier<ActiveObjects> installer) {
        this.installer = Objects.requireNonNull(installer, "installer");
    }

    ActiveObjects delegate() {
        ActiveObjects current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = Objects.requireNonNull(installer.get(), "installed ActiveObjects");
                    delegate = current;
                }
            }
        }
        return current;
    }

    boolean isInstalled() {
        return delegate != null;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        delegate().migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return delegate().get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return delegate().create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return delegate().create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, java.util.List<Map<String, Object>> rows) {
        delegate().create(type, rows);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate().delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return delegate().deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return delegate().find(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return delegate().find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        delegate().stream(type, query, callback);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return delegate().count(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return delegate().count(type, query);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return delegate().executeInTransaction(callback);
    }
}
