package app.alongside.workbench.host.users;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;

/**
 * SAL's {@link UserManager}: the remote user is whoever the workbench authenticated for this request (set on the
 * thread by the HTTP layer); Confluence administrators are both admins and system admins.
 */
public final class HostUserManager implements UserManager {

    private final UserDirectory directory;

    public HostUserManager(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return directory.byKey(userKey).map(Profile::new).orElse(null);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return directory.byKey(userKey).map(u -> directory.isAdministrator(u.username())).orElse(false);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return group != null && directory.byKey(userKey).map(u -> directory.isMember(u.username(), group)).orElse(false);
    }

    private record Profile(WorkbenchUser user) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return user.key();
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }
    }
}
