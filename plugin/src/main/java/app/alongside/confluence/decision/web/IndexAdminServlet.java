package app.alongside.confluence.decision.web;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.settings.web.SettingsPages;
import app.alongside.decision.register.IndexRebuild;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/alongside/admin/decision-index}: Confluence administrators see where the decision index's
 * last rebuild is and start a new one, which runs in the background on one node while every node sees its progress.
 * The same action is {@code POST /rest/alongside/1.0/index/rebuild}.
 */
public class IndexAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/admin/decision-index";
    static final String TEMPLATE = "templates/decision/index-admin.vm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final IndexRebuild rebuild;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Templates templates;
    private final Messages messages;
    private final SettingsPages pages;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;

    @Inject
    public IndexAdminServlet(IndexRebuild rebuild, AppPermissions permissions, CurrentUser currentUser,
                             Templates templates, Messages messages, SettingsPages pages,
                             XsrfTokenAccessor xsrfTokens, XsrfTokenValidator xsrfValidator) {
        this.rebuild = rebuild;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.templates = templates;
        this.messages = messages;
        this.pages = pages;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(response).isEmpty()) {
            return;
        }
        String notice = switch (String.valueOf(request.getParameter("result"))) {
            case "started" -> messages.text("alongside.index.admin.started");
            case "running" -> messages.text("alongside.index.admin.alreadyRunning");
            default -> null;
        };
        render(request, response, notice, HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConfluenceUser> user = refused(response);
        if (user.isEmpty()) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            render(request, response, messages.text("alongside.settings.error.xsrf"), HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        IndexRebuild.StartResult result = rebuild.start(IndexRebuild.Scope.everything(),
                user.get().getKey().getStringValue());
        String outcome = result instanceof IndexRebuild.Started ? "started" : "running";
        response.sendRedirect(request.getContextPath() + PATH + "?result=" + outcome);
    }

    /** The logged-in Confluence administrator, or empty after writing the refusal. */
    private Optional<ConfluenceUser> refused(HttpServletResponse response) throws IOException {
        String title = messages.text("alongside.index.admin.title");
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            pages.message(response, HttpServletResponse.SC_UNAUTHORIZED, title, "alongside.settings.error.login");
            return Optional.empty();
        }
        if (!permissions.isConfluenceAdministrator(user)) {
            pages.message(response, HttpServletResponse.SC_FORBIDDEN, title, "alongside.index.admin.forbidden");
            return Optional.empty();
        }
        return user;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String notice, int status)
            throws IOException {
        IndexRebuild.Progress progress = rebuild.status();
        String path = request.getContextPath() + PATH;
        IndexAdminView view = new IndexAdminView(messages.text("alongside.index.admin.title"),
                messages.text("alongside.index.admin.intro"),
                messages.text("alongside.index.admin.state." + progress.state().parameterValue(),
                        progress.startedAt().map(t -> WHEN.format(t.atZone(ZoneId.systemDefault()))).orElse(""),
                        progress.finishedAt().map(t -> WHEN.format(t.atZone(ZoneId.systemDefault()))).orElse("")),
                progress.state() == IndexRebuild.State.NEVER_RUN ? null : messages.text("alongside.index.admin.progress",
                        progress.pagesDone(), progress.pagesTotal(), progress.decisionsIndexed(), progress.pagesFailed()),
                notice, path, xsrfValidator.getXsrfParameterName(), xsrfTokens.getXsrfToken(request, response, true),
                messages.text("alongside.index.admin.button"), progress.isRunning(), path,
                messages.text("alongside.index.admin.refresh"));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templates.require("app.alongside.confluence:settings-resources");
        response.getWriter().write(templates.render(TEMPLATE, Map.of("view", view)));
    }
}
