package app.alongside.workbench.host.users;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

import java.util.Objects;

/**
 * A seeded person, as Confluence's {@link ConfluenceUser}. People are described by name only: the directory holds
 * no role or health information about anyone.
 */
public record WorkbenchUser(UserKey key, String username, String fullName, String email) implements ConfluenceUser {

    public WorkbenchUser {
        Objects.requireNonNull(key, "key");
        if (username == null || !username.matches("[a-z][a-z0-9._-]{0,39}")) {
            throw new IllegalArgumentException("a username is lower case letters, digits, '.', '_' or '-': " + username);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("every user needs a display name: " + username);
        }
        email = email == null ? "" : email;
    }

    /** A user whose key is derived from the username, stable across restarts (as Confluence keeps user keys). */
    public static WorkbenchUser of(String username, String fullName, String email) {
        return new WorkbenchUser(new UserKey("wb-" + username), username, fullName, email);
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }
}
