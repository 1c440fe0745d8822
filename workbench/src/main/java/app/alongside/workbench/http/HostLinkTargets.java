package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.render.LinkTargets;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

import java.util.Optional;

/** Links in storage format resolved against the workbench's content and people, as the current user sees them. */
public final class HostLinkTargets implements LinkTargets {

    private final ContentStore store;
    private final AccessRules access;
    private final UserDirectory users;

    public HostLinkTargets(ContentStore store, AccessRules access, UserDirectory users) {
        this.store = store;
        this.access = access;
        this.users = users;
    }

    @Override
    public Optional<Link> page(String spaceKey, String title) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return store.byTitle(spaceKey, title).filter(p -> access.canView(user, p))
                .map(p -> new Link(Urls.viewPage(p.id()), p.title()));
    }

    @Override
    public Optional<Link> user(String username, String userKey) {
        Optional<WorkbenchUser> found = username != null ? users.byUsername(username)
                : userKey != null ? users.byKey(new UserKey(userKey)) : Optional.empty();
        return found.map(u -> new Link(Urls.user(u.username()), u.fullName()));
    }

    @Override
    public Optional<Link> space(String spaceKey) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return store.space(spaceKey).filter(s -> access.canViewSpace(user, s.key()))
                .map(s -> new Link(Urls.space(s.key()), s.name()));
    }
}
