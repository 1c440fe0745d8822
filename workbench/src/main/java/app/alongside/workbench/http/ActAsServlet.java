package app.alongside.workbench.http;

import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.host.users.UserDirectory;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /workbench/act-as}: the header's "Acting as" switcher. Remembers the chosen person in a cookie (or
 * forgets it for "Nobody") and returns to the page the person was on. The form carries the session's XSRF token.
 */
final class ActAsServlet extends WorkbenchServlet {

    static final String PATH = "/workbench/act-as";
    static final String USERNAME = "username";
    static final String RETURN_TO = "returnTo";

    private final transient UserDirectory users;
    private final transient SessionXsrfTokens xsrf;

    ActAsServlet(Chrome chrome, UserDirectory users, SessionXsrfTokens xsrf) {
        super(chrome);
        this.users = users;
        this.xsrf = xsrf;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!xsrf.validateFormEncodedToken(request)) {
            message(request, response, 403, "Please try again",
                    "Your session check has expired, so the person you act as was not changed. Choose again.");
            return;
        }
        String username = request.getParameter(USERNAME);
        Cookie cookie;
        if (username == null || username.isBlank()) {
            cookie = new Cookie(Authenticator.ACT_AS_COOKIE, "");
            cookie.setMaxAge(0);
        } else if (users.byUsername(username).isPresent()) {
            cookie = new Cookie(Authenticator.ACT_AS_COOKIE, username);
            cookie.setMaxAge(60 * 60 * 24 * 30);
        } else {
            message(request, response, 400, "Unknown person", "There is nobody called " + username + " in the workbench.");
            return;
        }
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(safeReturn(request.getParameter(RETURN_TO)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect("/");
    }

    /** Only a path on this site: never another host (no open redirect). */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return returnTo;
    }
}
