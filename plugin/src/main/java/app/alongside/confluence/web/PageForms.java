package app.alongside.confluence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the servlets behind a page's no-JavaScript forms (signing a charter, acknowledging a signal) share: the page
 * the form came from, the way back to it, the way to log in and come back, and writing an HTML answer.
 */
public final class PageForms {

    private PageForms() {
    }

    /** The {@code pageId} the form sent, or 0 when it is missing or not a page id. */
    public static long pageId(HttpServletRequest request) {
        String raw = request.getParameter("pageId");
        if (raw == null || !raw.strip().matches("[0-9]{1,18}")) {
            return 0;
        }
        return Long.parseLong(raw.strip());
    }

    public static String pageHref(HttpServletRequest request, long pageId) {
        return request.getContextPath() + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** Log in, then back to the page (or the site's front page when there is none). */
    public static String loginHref(HttpServletRequest request, long pageId) {
        String back = pageId > 0 ? "/pages/viewpage.action?pageId=" + pageId : "/";
        return request.getContextPath() + "/login.action?os_destination="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    public static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
