package app.alongside.confluence.web;

import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The HTTP request being served on this thread, if any: a seam over SAL's {@link HttpContext} so macros can read
 * their query-string parameters and the context path, and their tests can supply a request. Exports and background
 * rendering may have no request; callers then render without links that need one.
 */
@Named
public class CurrentRequest {

    private final HttpContext httpContext;

    @Inject
    public CurrentRequest(HttpContext httpContext) {
        this.httpContext = httpContext;
    }

    public Optional<HttpServletRequest> get() {
        try {
            return Optional.ofNullable(httpContext.getRequest());
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }

    /** The path Confluence is served under ({@code ""} at the root, e.g. {@code /confluence}), for building links. */
    public String contextPath() {
        return get().map(HttpServletRequest::getContextPath).filter(path -> path.startsWith("/")).orElse("");
    }
}
