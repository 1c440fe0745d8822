package app.alongside.workbench.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Confluence's page decoration (SiteMesh) for the app's servlets: an HTML page with a
 * {@code <meta name="decorator">} is put into the workbench chrome, with the web resources its request required
 * and those of the decorator's context ({@code atl.admin} for {@code atl.admin}, else {@code atl.general});
 * anything else is passed on unchanged.
 */
final class DecoratorFilter extends HttpFilter {

    private final transient Chrome chrome;

    DecoratorFilter(Chrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        if (response.isCommitted()) {
            return; // a redirect or an error page already went out
        }
        byte[] content = buffered.content();
        Optional<DecoratedPage> page = buffered.isHtml() ? DecoratedPage.parse(buffered.text()) : Optional.empty();
        if (page.isPresent()) {
            String context = Screen.ADMIN.equals(page.get().decorator()) ? Screen.ADMIN : Screen.GENERAL;
            chrome.write(request, response, buffered.getStatus(), new Screen(page.get().title(), page.get().body(),
                    page.get().extraHead(), spaceKey(request), context));
        } else if (content.length > 0) {
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        }
    }

    /** Confluence's space-aware screens name the space in {@code spaceKey} or {@code key}. */
    private static String spaceKey(HttpServletRequest request) {
        String key = request.getParameter("spaceKey");
        return key != null ? key : request.getParameter("key");
    }
}
