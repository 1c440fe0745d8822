package app.alongside.workbench.http;

import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.SpaceRecord;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.render.Html;
import app.alongside.workbench.render.HostConversionContext;
import app.alongside.workbench.render.StorageFormatException;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code /pages/viewpage.action?pageId=N}: a page or blog post rendered from storage format with the app's macros
 * executed. {@code &outputType=preview} or {@code pdf} renders it as Confluence does for the editor preview or a
 * PDF export, so macros can be checked in each.
 */
final class ViewPageServlet extends WorkbenchServlet {

    static final String PATH = "/pages/viewpage.action";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final transient ContentStore store;
    private final transient AccessRules access;
    private final transient UserDirectory users;
    private final transient StorageRenderer renderer;

    ViewPageServlet(Chrome chrome, ContentStore store, AccessRules access, UserDirectory users,
                    StorageRenderer renderer) {
        super(chrome);
        this.store = store;
        this.access = access;
        this.users = users;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = currentUser();
        OptionalLong id = longParameter(request, "pageId");
        Optional<ContentRecord> page = id.isPresent() ? store.current(id.getAsLong()) : Optional.empty();
        if (page.isEmpty() || store.isTrashed(page.get().id()) || !access.canView(user, page.get())) {
            notFound(request, response, "page");
            return;
        }
        Optional<ConversionContextOutputType> outputType = outputType(request.getParameter("outputType"));
        if (outputType.isEmpty()) {
            message(request, response, 400, "Unknown output type",
                    "The workbench renders pages for display, preview or pdf output only.");
            return;
        }
        ContentRecord record = page.get();
        SpaceRecord space = store.space(record.spaceKey()).orElseThrow();
        String content = content(record, outputType.get());
        StringBuilder body = new StringBuilder();
        body.append("<nav aria-label=\"Breadcrumb\" class=\"wb-breadcrumb\"><ol><li><a href=\"/\">Spaces</a></li>")
                .append("<li><a href=\"").append(Html.escape(Urls.space(space.key()))).append("\">")
                .append(Html.escape(space.name())).append("</a></li><li aria-current=\"page\">")
                .append(Html.escape(record.title())).append("</li></ol></nav>\n")
                .append("<article class=\"wb-page\">\n<h1>").append(Html.escape(record.title())).append("</h1>\n")
                .append("<p class=\"wb-page__meta\">Version ").append(record.version()).append(", last changed by ")
                .append(Html.escape(displayName(record.lastModifier()))).append(" on ")
                .append(WHEN.format(record.lastModified())).append(".</p>\n");
        if (record.isRestricted()) {
            body.append("<p class=\"wb-page__restriction\">Only these people can see this page: ")
                    .append(Html.escape(record.viewRestrictedTo().stream().map(this::displayName).sorted()
                            .collect(Collectors.joining(", ")))).append(".</p>\n");
        }
        if (outputType.get() != ConversionContextOutputType.DISPLAY) {
            body.append("<p class=\"wb-page__output\" role=\"status\">Rendered as for ")
                    .append(outputType.get() == ConversionContextOutputType.PDF ? "PDF export" : "the editor preview")
                    .append(". <a href=\"").append(Urls.viewPage(record.id())).append("\">Show the normal view</a>.</p>\n");
        }
        body.append("<div class=\"wb-page__body\">\n").append(content).append("\n</div>\n");
        if (!record.labels().isEmpty()) {
            body.append("<h2 class=\"wb-labels__heading\">Labels</h2>\n<ul class=\"wb-labels\">");
            record.labels().forEach(l -> body.append("<li>").append(Html.escape(l)).append("</li>"));
            body.append("</ul>\n");
        }
        body.append("</article>\n<ul class=\"wb-actions\">\n");
        if (access.canEdit(user, record)) {
            body.append("<li><a class=\"wb-button\" href=\"").append(Urls.editPage(record.id())).append("\">Edit</a></li>\n")
                    .append("<li><a href=\"").append(Urls.removePage(record.id())).append("\">Move to the trash</a></li>\n");
        }
        body.append("<li><a href=\"").append(Urls.viewPage(record.id())).append("&amp;outputType=preview\">")
                .append("Show as the editor previews it</a></li>\n<li><a href=\"").append(Urls.viewPage(record.id()))
                .append("&amp;outputType=pdf\">Show as exported to PDF</a></li>\n</ul>\n");
        chrome.write(request, response, 200, Screen.inSpace(record.title(), body.toString(), space.key()));
    }

    private String content(ContentRecord record, ConversionContextOutputType outputType) {
        try {
            return renderer.render(record.body(), HostConversionContext.of(outputType, store.asEntity(record),
                    record.spaceKey()));
        } catch (StorageFormatException e) {
            return "<div class=\"wb-macro-error\" role=\"alert\"><p>This page's content is not valid storage format, "
                    + "so it cannot be shown. Edit the page to correct it.</p><p>" + Html.escape(e.describe())
                    + "</p></div>";
        }
    }

    private String displayName(String username) {
        return users.byUsername(username).map(WorkbenchUser::fullName).orElse(username);
    }

    static Optional<ConversionContextOutputType> outputType(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(ConversionContextOutputType.DISPLAY);
        }
        for (ConversionContextOutputType type : HostConversionContext.SUPPORTED_OUTPUT_TYPES) {
            if (type.value().equals(parameter.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
