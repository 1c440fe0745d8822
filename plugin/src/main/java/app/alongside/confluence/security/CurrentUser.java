package app.alongside.confluence.security;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Named;

import java.util.Optional;

/** Who is asking. A seam over Confluence's thread-local so adapters and their tests never touch statics. */
@Named
public class CurrentUser {

    /** The logged-in user, or empty for an anonymous visitor. */
    public Optional<ConfluenceUser> get() {
        return Optional.ofNullable(AuthenticatedUserThreadLocal.get());
    }
}
