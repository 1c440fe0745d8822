package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The trash, at Confluence's addresses: {@value #REMOVE_PATH}{@code ?pageId=N} asks, then moves a page or blog post
 * to its space's trash (anyone who may edit it); {@value #TRASH_PATH}{@code ?key=K} lists a space's trash with
 * Restore and Delete permanently, {@value #RESTORE_PATH} and {@value #PURGE_PATH} (space administrators). Every
 * change is a form post with the session's XSRF token, and the app hears the trashed, restored and removed events.
 */
final class TrashServlet extends WorkbenchServlet {

    static final String REMOVE_PATH = "/pages/removepage.action";
    static final String TRASH_PATH = "/pages/viewtrash.action";
    static final String RESTORE_PATH = "/pages/restoretrashitem.action";
    static final String PURGE_PATH = "/pages/purgetrashitem.action";

    private final transient ContentStore store;
    private final transient AccessRules access;
    private final transient SessionXsrfTokens xsrf;

    TrashServlet(Chrome chrome, ContentStore store, AccessRules access, SessionXsrfTokens xsrf) {
        super(chrome);
        this.store = store;
        this.access = access;
        this.xsrf = xsrf;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case REMOVE_PATH -> removable(request, response).ifPresent(record -> confirm(request, response, record));
            case TRASH_PATH -> trashSpace(request, response).ifPresent(space -> trash(request, response, space, null));
            default -> message(request, response, 405, "Use the buttons", "This action is a button in the space\u2019s "
                    + "trash, not an address to open.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case REMOVE_PATH -> {
                Optional<ContentRecord> record = removable(request, response);
                if (record.isEmpty()) {
                    return;
                }
                if (!xsrf.validateFormEncodedToken(request)) {
                    message(request, response, 403, "Nothing was moved", "Your session check has expired, so the page "
                            + "was not moved to the trash. Go back and try again.");
                    return;
                }
                store.trash(record.get().id(), currentUser().getName());
                response.sendRedirect(Urls.space(record.get().spaceKey()));
            }
            case RESTORE_PATH, PURGE_PATH -> trashAction(request, response);
            default -> notFound(request, response, "action");
        }
    }

    private void trashAction(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SpaceRecord> space = trashSpace(request, response);
        if (space.isEmpty()) {
            return;
        }
        boolean restore = request.getServletPath().equals(RESTORE_PATH);
        OptionalLong id = longParameter(request, "contentId");
        Optional<ContentRecord> record = id.isPresent() ? store.current(id.getAsLong())
                .filter(r -> store.isTrashed(r.id()) && r.spaceKey().equals(space.get().key())) : Optional.empty();
        if (record.isEmpty()) {
            trash(request, response, space.get(), "That is no longer in this space\u2019s trash.");
            return;
        }
        if (!xsrf.validateFormEncodedToken(request)) {
            trash(request, response, space.get(), "Your session check has expired, so nothing was changed. Try again.");
            return;
        }
        try {
            if (restore) {
                store.restore(record.get().id(), currentUser().getName());
                response.sendRedirect(Urls.viewPage(record.get().id()));
            } else {
                store.purge(record.get().id(), currentUser().getName());
                response.sendRedirect(TRASH_PATH + "?key=" + Urls.encode(space.get().key()));
            }
        } catch (IllegalArgumentException e) {
            trash(request, response, space.get(), e.getMessage());
        }
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response, ContentRecord record) {
        String what = record.kind() == ContentKind.PAGE ? "page" : "blog post";
        StringBuilder body = new StringBuilder();
        body.append("<h1>Move \u201c").append(Html.escape(record.title())).append("\u201d to the trash?</h1>\n")
                .append("<p>The ").append(what).append(" leaves the space. A space administrator can restore it from ")
                .append("the space\u2019s trash, or delete it permanently.</p>\n")
                .append("<form method=\"post\" action=\"").append(REMOVE_PATH).append("?pageId=").append(record.id())
                .append("\">\n<input type=\"hidden\" name=\"").append(SessionXsrfTokens.PARAMETER).append("\" value=\"")
                .append(Html.escape(xsrf.getXsrfToken(request, response, true))).append("\">\n")
                .append("<div class=\"wb-buttons\"><button type=\"submit\" class=\"wb-primary\">Move to the trash")
                .append("</button>\n<a href=\"").append(Urls.viewPage(record.id())).append("\">Cancel</a></div>\n")
                .append("</form>\n");
        write(request, response, 200, Screen.inSpace("Move to the trash", body.toString(), record.spaceKey()));
    }

    private void trash(HttpServletRequest request, HttpServletResponse response, SpaceRecord space, String error) {
        List<ContentRecord> items = store.trashIn(space.key());
        String token = Html.escape(xsrf.getXsrfToken(request, response, true));
        StringBuilder body = new StringBuilder();
        body.append("<nav aria-label=\"Breadcrumb\" class=\"wb-breadcrumb\"><ol><li><a href=\"/\">Spaces</a></li>")
                .append("<li><a href=\"").append(Html.escape(Urls.space(space.key()))).append("\">")
                .append(Html.escape(space.name())).append("</a></li><li aria-current=\"page\">Trash</li></ol></nav>\n")
                .append("<h1>Trash of ").append(Html.escape(space.name())).append("</h1>\n");
        if (error != null) {
            body.append("<div class=\"wb-error-summary\" role=\"alert\"><p>").append(Html.escape(error))
                    .append("</p></div>\n");
        }
        if (items.isEmpty()) {
            body.append("<p>The trash is empty.</p>\n");
        } else {
            body.append("<table class=\"wb-table\">\n<caption>Pages and blog posts in the trash</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Type</th>")
                    .append("<th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n");
            for (ContentRecord item : items) {
                String title = Html.escape(item.title());
                body.append("<tr><td>").append(title).append("</td><td>")
                        .append(item.kind() == ContentKind.PAGE ? "Page" : "Blog post").append("</td><td>")
                        .append(actionForm(RESTORE_PATH, space, item, token, "Restore", title))
                        .append(actionForm(PURGE_PATH, space, item, token, "Delete permanently", title))
                        .append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
        }
        write(request, response, error == null ? 200 : 400, Screen.inSpace("Trash of " + space.name(),
                body.toString(), space.key()));
    }

    private static String actionForm(String path, SpaceRecord space, ContentRecord item, String token, String label,
                                     String escapedTitle) {
        return "<form class=\"wb-inline-form\" method=\"post\" action=\"" + path + "?key="
                + Html.escape(Urls.encode(space.key())) + "&amp;contentId=" + item.id() + "\">"
                + "<input type=\"hidden\" name=\"" + SessionXsrfTokens.PARAMETER + "\" value=\"" + token + "\">"
                + "<button type=\"submit\">" + label + "<span class=\"wb-visually-hidden\"> \u201c" + escapedTitle
                + "\u201d</span></button></form>";
    }

    /** The content to move to the trash, if it exists outside the trash and the user may edit it. */
    private Optional<ContentRecord> removable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ConfluenceUser user = currentUser();
        OptionalLong id = longParameter(request, "pageId");
        Optional<ContentRecord> record = id.isPresent() ? store.current(id.getAsLong())
                .filter(r -> !store.isTrashed(r.id()) && access.canEdit(user, r)) : Optional.empty();
        if (record.isEmpty()) {
            notFound(request, response, "page you can move to the trash");
        }
        return record;
    }

    /** The space whose trash this is, if the user administers it. */
    private Optional<SpaceRecord> trashSpace(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ConfluenceUser user = currentUser();
        Optional<SpaceRecord> space = store.space(request.getParameter("key"))
                .filter(s -> access.canAdministerSpace(user, s.key()));
        if (space.isEmpty()) {
            notFound(request, response, "space trash you administer");
        }
        return space;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, Screen screen) {
        try {
            chrome.write(request, response, status, screen);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
