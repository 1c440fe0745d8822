package app.alongside.workbench.http;

import app.alongside.workbench.host.web.CurrentHttpRequest;
import app.alongside.workbench.host.web.RequestWebResources;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Around every request: authenticate, put the user on the thread where Confluence keeps it
 * ({@link AuthenticatedUserThreadLocal}), open the request's web-resource collection, and clean both up afterwards
 * so nothing leaks to the next request served by the same thread.
 */
public final class RequestContextFilter extends HttpFilter {

    private final Authenticator authenticator;
    private final RequestWebResources webResources;

    public RequestContextFilter(Authenticator authenticator, RequestWebResources webResources) {
        this.authenticator = authenticator;
        this.webResources = webResources;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        Authenticator.Result result = authenticator.authenticate(request);
        if (result instanceof Authenticator.Rejected rejected) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(rejected.reason());
            return;
        }
        AuthenticatedUserThreadLocal.set(result instanceof Authenticator.Authenticated a ? a.user() : null);
        CurrentHttpRequest.set(request);
        webResources.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            webResources.end();
            CurrentHttpRequest.clear();
            AuthenticatedUserThreadLocal.reset();
        }
    }
}
