package app.alongside.workbench.host.users;

import com.atlassian.sal.api.user.UserKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbench's users and groups. Every user is in {@value #USERS_GROUP}; Confluence administrators are in
 * {@value #ADMINISTRATORS_GROUP}. Thread-safe.
 */
public final class UserDirectory {

    public static final String USERS_GROUP = "confluence-users";
    public static final String ADMINISTRATORS_GROUP = "confluence-administrators";

    private final Map<String, WorkbenchUser> byName = new ConcurrentHashMap<>();
    private final Map<UserKey, WorkbenchUser> byKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();

    /** Adds a user to the directory, in {@value #USERS_GROUP} and the given groups. */
    public void add(WorkbenchUser user, Set<String> groups) {
        Objects.requireNonNull(user, "user");
        if (byName.putIfAbsent(user.username(), user) != null) {
            throw new IllegalArgumentException("there is already a user called " + user.username());
        }
        byKey.put(user.key(), user);
        Set<String> all = new java.util.TreeSet<>(groups);
        all.add(USERS_GROUP);
        groupsByUser.put(user.username(), Set.copyOf(all));
    }

    public Optional<WorkbenchUser> byUsername(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byName.get(username));
    }

    public Optional<WorkbenchUser> byKey(UserKey key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    public boolean isMember(String username, String group) {
        return groupsByUser.getOrDefault(username, Set.of()).contains(group);
    }

    public boolean isAdministrator(String username) {
        return isMember(username, ADMINISTRATORS_GROUP);
    }

    public Set<String> groupsOf(String username) {
        return groupsByUser.getOrDefault(username, Set.of());
    }

    /** Everyone, administrators first, then by display name: the order of the user switcher. */
    public List<WorkbenchUser> all() {
        List<WorkbenchUser> users = new ArrayList<>(byName.values());
        users.sort(Comparator.comparing((WorkbenchUser u) -> !isAdministrator(u.username()))
                .thenComparing(WorkbenchUser::fullName));
        return users;
    }

    /** Users by username, for the about page. */
    public Map<String, Set<String>> memberships() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        all().forEach(u -> result.put(u.username(), groupsOf(u.username())));
        return result;
    }
}
