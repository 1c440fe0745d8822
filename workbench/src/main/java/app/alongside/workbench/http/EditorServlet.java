package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.NewContent;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.content.VersionConflictException;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.render.Html;
import app.alongside.workbench.render.HostConversionContext;
import app.alongside.workbench.render.StorageFormatException;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The storage-format editor: {@code /pages/editpage.action?pageId=N} edits a page, {@code
 * /pages/createpage.action?spaceKey=K} creates one. A textarea of storage format, Preview (rendered with the
 * {@code preview} output type) and Save. Nothing typed is ever lost: a malformed body, a taken title, an expired
 * session check or a newer version saved meanwhile all show the form again with the text and a message.
 */
final class EditorServlet extends WorkbenchServlet {

    static final String EDIT_PATH = "/pages/editpage.action";
    static final String CREATE_PATH = "/pages/createpage.action";
    static final String TITLE = "title";
    static final String CONTENT = "content";
    static final String VERSION = "version";
    static final String ACTION = "action";

    private final transient ContentStore store;
    private final transient AccessRules access;
    private final transient SessionXsrfTokens xsrf;
    private final transient StorageRenderer renderer;

    EditorServlet(Chrome chrome, ContentStore store, AccessRules access, SessionXsrfTokens xsrf,
                  StorageRenderer renderer) {
        super(chrome);
        this.store = store;
        this.access = access;
        this.xsrf = xsrf;
        this.renderer = renderer;
    }

    /** What the form shows: the target, what was typed, and at most one message. */
    private record Form(Optional<ContentRecord> page, SpaceRecord space, String title, String content, int version,
                        String error, boolean contentInvalid, String previewHtml) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Form> form = target(request, response);
        if (form.isPresent()) {
            show(request, response, 200, form.get());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Form> target = target(request, response);
        if (target.isEmpty()) {
            return;
        }
        String title = nonNull(request.getParameter(TITLE));
        String content = nonNull(request.getParameter(CONTENT));
        int version = target.get().page().isPresent() ? intParameter(request) : 0;
        Form typed = new Form(target.get().page(), target.get().space(), title, content, version, null, false, null);
        if (!xsrf.validateFormEncodedToken(request)) {
            show(request, response, 403, withError(typed, "Your session check has expired, so nothing was saved. "
                    + "Your text is still here: submit the form again.", false));
            return;
        }
        if (title.isBlank()) {
            show(request, response, 400, withError(typed, "Give the page a title.", false));
            return;
        }
        try {
            renderer.validate(content);
        } catch (StorageFormatException e) {
            show(request, response, 400, withError(typed, "The content is not valid storage format, so it was not "
                    + (isPreview(request) ? "previewed" : "saved") + ". " + e.describe(), true));
            return;
        }
        if (isPreview(request)) {
            show(request, response, 200, new Form(typed.page(), typed.space(), title, content, version, null, false,
                    preview(typed)));
            return;
        }
        save(request, response, typed);
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Form typed) throws IOException {
        ConfluenceUser user = currentUser();
        try {
            ContentRecord saved = typed.page().isPresent()
                    ? store.update(typed.page().get().id(), typed.version(), typed.title(), typed.content(), user.getName())
                    : store.create(NewContent.page(typed.space().key(), typed.title(), typed.content(), user.getName()));
            response.sendRedirect(Urls.viewPage(saved.id()));
        } catch (VersionConflictException e) {
            show(request, response, 409, withError(typed, e.getMessage(), false));
        } catch (IllegalArgumentException e) {
            show(request, response, 400, withError(typed, e.getMessage(), false));
        }
    }

    /** The page being edited or the space a page is being created in, if the user may; otherwise a refusal. */
    private Optional<Form> target(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = currentUser();
        if (request.getServletPath().equals(CREATE_PATH)) {
            String key = request.getParameter("spaceKey");
            Optional<SpaceRecord> space = store.space(key).filter(s -> access.canCreateIn(user, s.key()));
            if (space.isEmpty()) {
                notFound(request, response, "space where you can create pages");
                return Optional.empty();
            }
            return Optional.of(new Form(Optional.empty(), space.get(), "", "<p></p>", 0, null, false, null));
        }
        OptionalLong id = longParameter(request, "pageId");
        Optional<ContentRecord> page = id.isPresent() ? store.current(id.getAsLong()) : Optional.empty();
        if (page.isEmpty() || store.isTrashed(page.get().id()) || !access.canEdit(user, page.get())) {
            notFound(request, response, "page you can edit");
            return Optional.empty();
        }
        SpaceRecord space = store.space(page.get().spaceKey()).orElseThrow();
        return Optional.of(new Form(page, space, page.get().title(), page.get().body(), page.get().version(), null,
                false, null));
    }

    private String preview(Form typed) {
        try {
            return renderer.render(typed.content(), HostConversionContext.of(ConversionContextOutputType.PREVIEW,
                    typed.page().map(store::asEntity).orElse(null), typed.space().key()));
        } catch (StorageFormatException e) {
            return "";
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, Form form)
            throws IOException {
        boolean editing = form.page().isPresent();
        String heading = editing ? "Edit \u201c" + form.page().get().title() + "\u201d" : "Create a page in "
                + form.space().name();
        String action = editing ? EDIT_PATH + "?pageId=" + form.page().get().id()
                : CREATE_PATH + "?spaceKey=" + Urls.encode(form.space().key());
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(heading)).append("</h1>\n");
        if (form.error() != null) {
            body.append("<div class=\"wb-error-summary\" role=\"alert\" id=\"wb-editor-error\"><p>")
                    .append(Html.escape(form.error())).append("</p></div>\n");
        }
        if (form.previewHtml() != null) {
            body.append("<section class=\"wb-preview\" aria-labelledby=\"wb-preview-heading\">\n")
                    .append("<h2 id=\"wb-preview-heading\">Preview (not saved yet)</h2>\n<div class=\"wb-page__body\">")
                    .append(form.previewHtml()).append("</div>\n</section>\n");
        }
        body.append("<form class=\"wb-editor\" method=\"post\" action=\"").append(Html.escape(action)).append("\">\n")
                .append("<input type=\"hidden\" name=\"").append(SessionXsrfTokens.PARAMETER).append("\" value=\"")
                .append(Html.escape(xsrf.getXsrfToken(request, response, true))).append("\">\n");
        if (editing) {
            body.append("<input type=\"hidden\" name=\"").append(VERSION).append("\" value=\"").append(form.version())
                    .append("\">\n");
        }
        body.append("<div class=\"wb-field\"><label for=\"wb-title\">Title</label>\n<input id=\"wb-title\" name=\"")
                .append(TITLE).append("\" type=\"text\" maxlength=\"").append(ContentRecord.MAX_TITLE_LENGTH)
                .append("\" required value=\"").append(Html.escape(form.title())).append("\"></div>\n")
                .append("<div class=\"wb-field\"><label for=\"wb-content\">Content (Confluence storage format)</label>\n")
                .append("<p id=\"wb-content-help\" class=\"wb-help\">XHTML with Confluence's ac: and ri: elements, "
                        + "for example a macro: &lt;ac:structured-macro ac:name=\"alongside-principles\"&gt;"
                        + "&lt;ac:parameter ac:name=\"framework\"&gt;nef&lt;/ac:parameter&gt;"
                        + "&lt;/ac:structured-macro&gt;</p>\n")
                .append("<textarea id=\"wb-content\" name=\"").append(CONTENT).append("\" rows=\"20\" cols=\"80\" ")
                .append("spellcheck=\"false\" aria-describedby=\"wb-content-help")
                .append(form.contentInvalid() ? " wb-editor-error\" aria-invalid=\"true\"" : "\"").append('>')
                .append(Html.escape(form.content())).append("</textarea></div>\n")
                .append("<div class=\"wb-buttons\"><button type=\"submit\" name=\"").append(ACTION)
                .append("\" value=\"preview\">Preview</button>\n<button type=\"submit\" name=\"").append(ACTION)
                .append("\" value=\"save\" class=\"wb-primary\">Save</button>\n<a href=\"")
                .append(editing ? Urls.viewPage(form.page().get().id()) : Html.escape(Urls.space(form.space().key())))
                .append("\">Cancel</a></div>\n</form>\n");
        chrome.write(request, response, status, Screen.inSpace(heading, body.toString(), form.space().key()));
    }

    private static Form withError(Form form, String error, boolean contentInvalid) {
        return new Form(form.page(), form.space(), form.title(), form.content(), form.version(), error,
                contentInvalid, null);
    }

    private static boolean isPreview(HttpServletRequest request) {
        return "preview".equals(request.getParameter(ACTION));
    }

    private static int intParameter(HttpServletRequest request) {
        String value = request.getParameter(VERSION);
        return value != null && value.matches("[0-9]{1,9}") ? Integer.parseInt(value) : -1;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
