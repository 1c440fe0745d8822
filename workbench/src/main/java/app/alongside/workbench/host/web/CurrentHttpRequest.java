package app.alongside.workbench.host.web;

import com.atlassian.sal.api.web.context.HttpContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * SAL's {@link HttpContext}: the request being served on this thread, set by the workbench's request filter as
 * Confluence's own filters do, and {@code null} outside a request (for example while indexing in the background).
 */
public final class CurrentHttpRequest implements HttpContext {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

    public static void set(HttpServletRequest request) {
        REQUEST.set(request);
    }

    public static void clear() {
        REQUEST.remove();
    }

    @Override
    public HttpServletRequest getRequest() {
        return REQUEST.get();
    }
}
