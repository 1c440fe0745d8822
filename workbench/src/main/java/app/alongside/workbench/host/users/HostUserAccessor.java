package app.alongside.workbench.host.users;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

/** Confluence's {@link UserAccessor} over the workbench's directory. */
public final class HostUserAccessor implements UserAccessor {

    private final UserDirectory directory;

    public HostUserAccessor(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return directory.byKey(key).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return directory.byUsername(name).orElse(null);
    }
}
