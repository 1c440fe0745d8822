package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** {@code /}: the spaces the current user can see. */
final class HomeServlet extends WorkbenchServlet {

    private final transient ContentStore store;
    private final transient AccessRules access;

    HomeServlet(Chrome chrome, ContentStore store, AccessRules access) {
        super(chrome);
        this.store = store;
        this.access = access;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = currentUser();
        StringBuilder body = new StringBuilder("<h1>Spaces</h1>\n");
        if (user == null) {
            body.append("<p>You are not logged in. Choose a person under \u201cActing as\u201d at the top of the page to "
                    + "see the demo spaces as they would. <a href=\"").append(AboutServlet.PATH)
                    .append("\">About the workbench</a> lists everyone.</p>\n");
        } else {
            List<SpaceRecord> visible = store.spaces().stream().filter(s -> access.canViewSpace(user, s.key())).toList();
            if (visible.isEmpty()) {
                body.append("<p>There are no spaces you can see.</p>\n");
            } else {
                body.append("<ul class=\"wb-list\">\n");
                for (SpaceRecord space : visible) {
                    body.append("<li><a href=\"").append(Html.escape(Urls.space(space.key()))).append("\">")
                            .append(Html.escape(space.name())).append("</a>");
                    if (!space.description().isBlank()) {
                        body.append("<p>").append(Html.escape(space.description())).append("</p>");
                    }
                    body.append("</li>\n");
                }
                body.append("</ul>\n");
            }
        }
        chrome.write(request, response, 200, Screen.of("Spaces", body.toString()));
    }
}
