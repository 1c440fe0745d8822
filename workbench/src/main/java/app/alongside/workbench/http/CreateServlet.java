package app.alongside.workbench.http;

import app.alongside.workbench.blueprint.BlueprintException;
import app.alongside.workbench.blueprint.Blueprints;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.plugin.descriptor.BlueprintModule;
import app.alongside.workbench.render.Html;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence's create dialog, server-rendered: {@value #PATH}{@code ?spaceKey=K} lists a blank page and the app's
 * blueprints (icon, name, description); {@value #WIZARD_PATH}{@code ?spaceKey=K&item=webItemKey} shows a blueprint's
 * wizard page, rendered from the app's Soy template, as a form. Submitting it creates the page through
 * {@link Blueprints} and opens it (or its editor, for {@code create-result="edit"}). A wizard with several pages
 * carries the earlier pages' fields forward. Nothing typed is lost on an error: the form comes back filled in.
 */
final class CreateServlet extends WorkbenchServlet {

    static final String PATH = "/workbench/create";
    static final String WIZARD_PATH = "/workbench/create/wizard";
    static final String SPACE = "spaceKey";
    static final String ITEM = "item";
    static final String WIZARD_PAGE = "wizardPage";
    private static final Set<String> RESERVED = Set.of(SPACE, ITEM, WIZARD_PAGE, SessionXsrfTokens.PARAMETER);

    private final transient ContentStore store;
    private final transient AccessRules access;
    private final transient SessionXsrfTokens xsrf;
    private final transient Blueprints blueprints;

    CreateServlet(Chrome chrome, ContentStore store, AccessRules access, SessionXsrfTokens xsrf, Blueprints blueprints) {
        super(chrome);
        this.store = store;
        this.access = access;
        this.xsrf = xsrf;
        this.blueprints = blueprints;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SpaceRecord> space = space(request, response);
        if (space.isEmpty()) {
            return;
        }
        if (request.getServletPath().equals(WIZARD_PATH)) {
            Optional<Blueprints.Item> item = item(request, response);
            if (item.isPresent()) {
                wizard(request, response, 200, space.get(), item.get(), 0, Map.of(), null);
            }
            return;
        }
        dialog(request, response, space.get());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SpaceRecord> space = space(request, response);
        if (space.isEmpty()) {
            return;
        }
        Optional<Blueprints.Item> item = item(request, response);
        if (item.isEmpty()) {
            return;
        }
        List<BlueprintModule.DialogPage> pages = item.get().blueprint().dialogPages();
        int pageIndex = pageIndex(request, pages.size());
        Map<String, String> fields = fields(request);
        if (!xsrf.validateFormEncodedToken(request)) {
            wizard(request, response, 403, space.get(), item.get(), pageIndex, fields,
                    "Your session check has expired, so nothing was created. What you typed is still here: "
                            + "submit the form again.");
            return;
        }
        Optional<String> missing = pages.isEmpty() ? Optional.empty()
                : firstMissingRequired(blueprints.wizardPage(pages.get(pageIndex)), fields);
        if (missing.isPresent()) {
            wizard(request, response, 400, space.get(), item.get(), pageIndex, fields,
                    "Fill in \u201c" + missing.get() + "\u201d.");
            return;
        }
        if (pageIndex + 1 < pages.size() && !pages.get(pageIndex).last()) {
            wizard(request, response, 200, space.get(), item.get(), pageIndex + 1, fields, null);
            return;
        }
        try {
            ContentRecord created = blueprints.create(item.get(), space.get().key(), fields, currentUser().getName());
            response.sendRedirect("edit".equals(item.get().blueprint().createResult())
                    ? Urls.editPage(created.id()) : Urls.viewPage(created.id()));
        } catch (BlueprintException e) {
            wizard(request, response, 400, space.get(), item.get(), pageIndex, fields, e.getMessage());
        }
    }

    // --- the dialog ---------------------------------------------------------------------------------------------

    private void dialog(HttpServletRequest request, HttpServletResponse response, SpaceRecord space)
            throws IOException {
        StringBuilder body = new StringBuilder();
        body.append(breadcrumb(space, null))
                .append("<h1>Create in ").append(Html.escape(space.name())).append("</h1>\n")
                .append("<p>Choose what to create.</p>\n<ul class=\"wb-create-list\">\n")
                .append("<li class=\"wb-create-item\"><a class=\"wb-create-item__name\" href=\"")
                .append(Html.escape(Urls.createPage(space.key()))).append("\">Blank page</a>")
                .append("<p class=\"wb-create-item__description\">An empty page, written in storage format.</p></li>\n");
        for (Blueprints.Item item : blueprints.items()) {
            body.append("<li class=\"wb-create-item\">");
            item.iconUrl().ifPresent(url -> body.append("<img class=\"wb-create-item__icon\" src=\"")
                    .append(Html.escape(url)).append("\" alt=\"\" width=\"100\" height=\"75\">"));
            body.append("<a class=\"wb-create-item__name\" id=\"create-").append(Html.escape(item.webItem().key()))
                    .append("\" href=\"").append(Html.escape(wizardUrl(space, item))).append("\">")
                    .append(Html.escape(item.name())).append("</a>");
            if (!item.description().isEmpty()) {
                body.append("<p class=\"wb-create-item__description\">").append(Html.escape(item.description()))
                        .append("</p>");
            }
            body.append("</li>\n");
        }
        body.append("</ul>\n");
        chrome.write(request, response, 200, Screen.inSpace("Create in " + space.name(), body.toString(),
                space.key()));
    }

    // --- a wizard page ------------------------------------------------------------------------------------------

    private void wizard(HttpServletRequest request, HttpServletResponse response, int status, SpaceRecord space,
                        Blueprints.Item item, int pageIndex, Map<String, String> typed, String error)
            throws IOException {
        List<BlueprintModule.DialogPage> pages = item.blueprint().dialogPages();
        Optional<BlueprintModule.DialogPage> page = pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(pageIndex));
        String heading = page.map(p -> blueprints.text(p.titleKey())).filter(t -> !t.isEmpty()).orElse(item.name());
        StringBuilder body = new StringBuilder();
        body.append(breadcrumb(space, item)).append("<h1>").append(Html.escape(heading)).append("</h1>\n");
        if (pages.size() > 1) {
            body.append("<p class=\"wb-help\">Step ").append(pageIndex + 1).append(" of ").append(pages.size())
                    .append("</p>\n");
        }
        if (error != null) {
            body.append("<div class=\"wb-error-summary\" role=\"alert\" id=\"wb-wizard-error\"><p>")
                    .append(Html.escape(error)).append("</p></div>\n");
        }
        page.ifPresent(p -> {
            String header = blueprints.text(p.descriptionHeaderKey());
            String content = blueprints.text(p.descriptionContentKey());
            if (!header.isEmpty() || !content.isEmpty()) {
                body.append("<aside class=\"wb-wizard-description\" aria-label=\"About this page\">");
                if (!header.isEmpty()) {
                    body.append("<h2>").append(Html.escape(header)).append("</h2>");
                }
                if (!content.isEmpty()) {
                    body.append("<p>").append(Html.escape(content)).append("</p>");
                }
                body.append("</aside>\n");
            }
        });
        String soyHtml = page.map(blueprints::wizardPage).orElse("<form></form>");
        body.append(form(soyHtml, request, response, space, item, pageIndex, typed, error != null,
                pageIndex + 1 >= pages.size() || page.get().last()));
        chrome.write(request, response, status, Screen.inSpace(heading, body.toString(), space.key()));
    }

    /**
     * The wizard page's own form (from the app's Soy template), made to post here: the action and method set, the
     * XSRF token, space, item and earlier pages' fields added as hidden fields, what was typed filled back in, and
     * the dialog's buttons added, as Confluence's create dialog wraps the same markup.
     */
    private String form(String soyHtml, HttpServletRequest request, HttpServletResponse response, SpaceRecord space,
                        Blueprints.Item item, int pageIndex, Map<String, String> typed, boolean markRequired,
                        boolean last) {
        Document document = Jsoup.parseBodyFragment(soyHtml);
        document.outputSettings().prettyPrint(false);
        Element form = document.selectFirst("form");
        if (form == null) {
            form = new Element("form");
            for (org.jsoup.nodes.Node child : List.copyOf(document.body().childNodes())) {
                form.appendChild(child);
            }
            document.body().appendChild(form);
        }
        form.attr("action", WIZARD_PATH).attr("method", "post").addClass("wb-wizard");
        Set<String> onThisPage = new java.util.HashSet<>();
        for (Element control : form.select("input[name], select[name], textarea[name]")) {
            String name = control.attr("name");
            onThisPage.add(name);
            String value = typed.get(name);
            if (markRequired && control.hasAttr("required") && (value == null || value.isBlank())) {
                control.attr("aria-invalid", "true");
            }
            if (value == null) {
                continue;
            }
            switch (control.normalName()) {
                case "select" -> control.select("option").forEach(option ->
                        option.attr("selected", option.attr("value").equals(value)));
                case "textarea" -> control.text(value);
                default -> {
                    String type = control.attr("type");
                    if (type.equals("checkbox") || type.equals("radio")) {
                        control.attr("checked", control.attr("value").equals(value));
                    } else {
                        control.attr("value", value);
                    }
                }
            }
        }
        Element hidden = form.prependElement("div").addClass("wb-wizard__hidden");
        hidden(hidden, SessionXsrfTokens.PARAMETER, xsrf.getXsrfToken(request, response, true));
        hidden(hidden, SPACE, space.key());
        hidden(hidden, ITEM, item.webItem().key());
        hidden(hidden, WIZARD_PAGE, String.valueOf(pageIndex));
        typed.forEach((name, value) -> {
            if (!onThisPage.contains(name)) {
                hidden(hidden, name, value);
            }
        });
        Element buttons = form.appendElement("div").addClass("wb-buttons");
        buttons.appendElement("button").attr("type", "submit").addClass("wb-primary").text(last ? "Create" : "Next");
        buttons.appendElement("a").attr("href", PATH + "?" + SPACE + "=" + Urls.encode(space.key())).text("Back");
        return document.body().html();
    }

    private static void hidden(Element parent, String name, String value) {
        parent.appendElement("input").attr("type", "hidden").attr("name", name).attr("value", value);
    }

    /** The label of the first field marked {@code required} that was left blank, as a browser would refuse it. */
    private static Optional<String> firstMissingRequired(String soyHtml, Map<String, String> fields) {
        Document document = Jsoup.parseBodyFragment(soyHtml);
        for (Element control : document.select("[required][name]")) {
            String value = fields.get(control.attr("name"));
            if (value == null || value.isBlank()) {
                Element label = control.id().isEmpty() ? null
                        : document.getElementsByAttributeValue("for", control.id()).first();
                String text = label == null ? control.attr("name") : label.ownText().strip();
                return Optional.of(text.isEmpty() ? control.attr("name") : text);
            }
        }
        return Optional.empty();
    }

    // --- request parts ----------------------------------------------------------------------------------------

    private Optional<SpaceRecord> space(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = currentUser();
        Optional<SpaceRecord> space = store.space(request.getParameter(SPACE))
                .filter(s -> access.canCreateIn(user, s.key()));
        if (space.isEmpty()) {
            notFound(request, response, "space where you can create pages");
        }
        return space;
    }

    private Optional<Blueprints.Item> item(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Blueprints.Item> item = blueprints.item(String.valueOf(request.getParameter(ITEM)));
        if (item.isEmpty()) {
            notFound(request, response, "blueprint with that name");
        }
        return item;
    }

    private static Map<String, String> fields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!RESERVED.contains(name) && values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        return fields;
    }

    private static int pageIndex(HttpServletRequest request, int pages) {
        String value = request.getParameter(WIZARD_PAGE);
        if (value == null || !value.matches("[0-9]{1,3}")) {
            return 0;
        }
        return Math.min(Integer.parseInt(value), Math.max(0, pages - 1));
    }

    private static String wizardUrl(SpaceRecord space, Blueprints.Item item) {
        return WIZARD_PATH + "?" + SPACE + "=" + Urls.encode(space.key()) + "&" + ITEM + "="
                + Urls.encode(item.webItem().key());
    }

    private static String breadcrumb(SpaceRecord space, Blueprints.Item item) {
        StringBuilder html = new StringBuilder("<nav aria-label=\"Breadcrumb\" class=\"wb-breadcrumb\"><ol>"
                + "<li><a href=\"/\">Spaces</a></li><li><a href=\"" + Html.escape(Urls.space(space.key())) + "\">"
                + Html.escape(space.name()) + "</a></li>");
        if (item == null) {
            html.append("<li aria-current=\"page\">Create</li>");
        } else {
            html.append("<li><a href=\"").append(PATH).append('?').append(SPACE).append('=')
                    .append(Html.escape(Urls.encode(space.key()))).append("\">Create</a></li><li aria-current=\"page\">")
                    .append(Html.escape(item.name())).append("</li>");
        }
        return html.append("</ol></nav>\n").toString();
    }
}
