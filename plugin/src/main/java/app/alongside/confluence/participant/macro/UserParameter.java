package app.alongside.confluence.participant.macro;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

import java.util.Optional;

/**
 * The account a {@code user} macro parameter names. The macro browser's user picker stores
 * {@code <ri:user ri:userkey="…"/>}; Confluence hands the macro a username or the key as text. Try it as a username,
 * then as a user key; anything else names nobody.
 */
final class UserParameter {

    private UserParameter() {
    }

    static Optional<ConfluenceUser> resolve(UserAccessor users, String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 255) {
            return Optional.empty();
        }
        String value = raw.strip();
        try {
            ConfluenceUser user = users.getUserByName(value);
            if (user == null) {
                user = users.getUserByKey(new UserKey(value));
            }
            return user == null || user.getKey() == null ? Optional.empty() : Optional.of(user);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
