package app.alongside.workbench.host.content;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/**
 * SAL's {@link TransactionTemplate}. In Confluence it opens a Hibernate session and transaction so background work can
 * read pages; the workbench's content lives in memory and the app's own tables have their transactions through
 * Active Objects, so here it only runs the callback.
 */
public final class HostTransactionTemplate implements TransactionTemplate {

    @Override
    public <T> T execute(TransactionCallback<T> callback) {
        return callback.doInTransaction();
    }
}
