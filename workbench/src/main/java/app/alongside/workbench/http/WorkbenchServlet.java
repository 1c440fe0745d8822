package app.alongside.workbench.http;

import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.UUID;

/** What the workbench's own screens share: the chrome, the current user, and plain error screens. */
abstract class WorkbenchServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServlet.class);

    protected final transient Chrome chrome;

    protected WorkbenchServlet(Chrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Workbench screen {} failed (reference {})", request.getRequestURI(), reference, e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                message(request, response, 500, "Something went wrong",
                        "The workbench could not show this page. The details are in the workbench log under reference "
                                + reference + ".");
            }
        }
    }

    protected static ConfluenceUser currentUser() {
        return AuthenticatedUserThreadLocal.get();
    }

    /** A screen that only says something; {@code text} is plain text. */
    protected void message(HttpServletRequest request, HttpServletResponse response, int status, String title,
                           String text) throws IOException {
        chrome.write(request, response, status, Screen.of(title, "<h1>" + Html.escape(title) + "</h1>\n<p>"
                + Html.escape(text) + "</p>"));
    }

    /** Not found, or not visible to this user: the same answer, so restricted content's existence is not revealed. */
    protected void notFound(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        if (currentUser() == null) {
            message(request, response, 401, "Please choose who you are",
                    "You are not logged in. Choose a person under \u201cActing as\u201d at the top of the page, then "
                            + "try again.");
        } else {
            message(request, response, 404, "Not found",
                    "There is no " + what + " here, or you do not have permission to see it.");
        }
    }

    protected static OptionalLong longParameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value.strip()));
    }
}
