package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code /display/KEY}: a space's home, with its pages and blog posts; {@code /display/KEY/Title}: a page by title;
 * {@code /display/~username}: a person's profile (their name only: the workbench knows nothing else about people).
 */
final class SpaceServlet extends WorkbenchServlet {

    private final transient ContentStore store;
    private final transient AccessRules access;
    private final transient UserDirectory users;

    SpaceServlet(Chrome chrome, ContentStore store, AccessRules access, UserDirectory users) {
        super(chrome);
        this.store = store;
        this.access = access;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String key = URLDecoder.decode(slash < 0 ? path : path.substring(0, slash), StandardCharsets.UTF_8);
        if (key.startsWith("~")) {
            profile(request, response, key.substring(1));
            return;
        }
        ConfluenceUser user = currentUser();
        Optional<SpaceRecord> space = store.space(key).filter(s -> access.canViewSpace(user, s.key()));
        if (space.isEmpty()) {
            notFound(request, response, "space with the key \u201c" + key + "\u201d");
            return;
        }
        if (slash >= 0 && slash < path.length() - 1) {
            String title = URLDecoder.decode(path.substring(slash + 1).replace('+', ' '), StandardCharsets.UTF_8);
            Optional<ContentRecord> page = store.byTitle(key, title).filter(p -> access.canView(user, p));
            if (page.isEmpty()) {
                notFound(request, response, "page called \u201c" + title + "\u201d");
            } else {
                response.sendRedirect(Urls.viewPage(page.get().id()));
            }
            return;
        }
        home(request, response, space.get(), user);
    }

    private void home(HttpServletRequest request, HttpServletResponse response, SpaceRecord space, ConfluenceUser user)
            throws IOException {
        List<ContentRecord> visible = store.inSpace(space.key()).stream().filter(c -> access.canView(user, c)).toList();
        StringBuilder body = new StringBuilder();
        body.append("<nav aria-label=\"Breadcrumb\" class=\"wb-breadcrumb\"><ol><li><a href=\"/\">Spaces</a></li>")
                .append("<li aria-current=\"page\">").append(Html.escape(space.name())).append("</li></ol></nav>\n")
                .append("<h1>").append(Html.escape(space.name())).append("</h1>\n");
        if (!space.description().isBlank()) {
            body.append("<p>").append(Html.escape(space.description())).append("</p>\n");
        }
        store.byTitle(space.key(), space.homePageTitle()).filter(p -> access.canView(user, p)).ifPresent(home ->
                body.append("<p><a href=\"").append(Urls.viewPage(home.id())).append("\">Go to the space's home page: ")
                        .append(Html.escape(home.title())).append("</a></p>\n"));
        section(body, "Pages", visible.stream().filter(c -> c.kind() == ContentKind.PAGE).toList());
        section(body, "Blog posts", visible.stream().filter(c -> c.kind() == ContentKind.BLOG_POST).toList());
        if (access.canCreateIn(user, space.key())) {
            body.append("<p class=\"wb-buttons\"><a class=\"wb-button\" href=\"")
                    .append(Html.escape(Urls.create(space.key()))).append("\">Create</a>\n<a href=\"")
                    .append(Html.escape(Urls.createPage(space.key()))).append("\">Create a blank page</a></p>\n");
        }
        if (access.canAdministerSpace(user, space.key())) {
            body.append("<p><a href=\"").append(Html.escape(Urls.trash(space.key()))).append("\">Space trash</a></p>\n");
        }
        chrome.write(request, response, 200, Screen.inSpace(space.name(), body.toString(), space.key()));
    }

    private static void section(StringBuilder body, String heading, List<ContentRecord> content) {
        if (content.isEmpty()) {
            return;
        }
        body.append("<h2>").append(heading).append("</h2>\n<ul class=\"wb-list\">\n");
        for (ContentRecord record : content) {
            body.append("<li><a href=\"").append(Urls.viewPage(record.id())).append("\">")
                    .append(Html.escape(record.title())).append("</a>")
                    .append(record.isRestricted() ? " <span class=\"wb-tag\">Restricted</span>" : "")
                    .append("</li>\n");
        }
        body.append("</ul>\n");
    }

    private void profile(HttpServletRequest request, HttpServletResponse response, String username) throws IOException {
        Optional<WorkbenchUser> person = currentUser() == null ? Optional.empty() : users.byUsername(username);
        if (person.isEmpty()) {
            notFound(request, response, "person called \u201c" + username + "\u201d");
            return;
        }
        chrome.write(request, response, 200, Screen.of(person.get().fullName(), "<h1>"
                + Html.escape(person.get().fullName()) + "</h1>\n<p>Username: " + Html.escape(username) + "</p>"));
    }
}
