package app.alongside.workbench.http;

import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is making a request. HTTP Basic authentication (the demo password of every user is the username, which is
 * why the workbench only listens on the loopback interface by default) wins; otherwise the person chosen in the
 * header's "Acting as" switcher, remembered in the {@value #ACT_AS_COOKIE} cookie; otherwise nobody.
 */
public final class Authenticator {

    public static final String ACT_AS_COOKIE = "alongside_workbench_user";

    /** The outcome: a user, nobody, or credentials that were given but are wrong. */
    public sealed interface Result permits Authenticated, Anonymous, Rejected {
    }

    public record Authenticated(WorkbenchUser user) implements Result {
    }

    public record Anonymous() implements Result {
    }

    public record Rejected(String reason) implements Result {
    }

    private final UserDirectory directory;

    public Authenticator(UserDirectory directory) {
        this.directory = directory;
    }

    public Result authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).strip());
        }
        return actingAs(request).<Result>map(Authenticated::new).orElseGet(Anonymous::new);
    }

    private Result basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Rejected("The Authorization header is not valid Basic authentication.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Rejected("The Authorization header is not valid Basic authentication.");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<WorkbenchUser> user = directory.byUsername(username);
        if (user.isEmpty() || !password.equals(username)) {
            return new Rejected("Wrong username or password. In the workbench every password is the username.");
        }
        return new Authenticated(user.get());
    }

    private Optional<WorkbenchUser> actingAs(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (ACT_AS_COOKIE.equals(cookie.getName())) {
                return directory.byUsername(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
