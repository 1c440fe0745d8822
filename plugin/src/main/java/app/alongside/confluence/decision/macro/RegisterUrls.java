package app.alongside.confluence.decision.macro;

import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterSort;
import app.alongside.decision.view.DecisionAnchors;
import app.alongside.decision.view.RegisterLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register's links. Decisions and pages link by page id ({@code /pages/viewpage.action?pageId=…}, which works
 * for pages and blog posts whatever their title); re-ordering and paging link back to the page being viewed with the
 * page's own query parameters kept and the register's settings as {@code alongside-register-*} parameters. Without
 * a page to link back to (exports, previews) those links are empty and the register shows plain text.
 */
final class RegisterUrls implements RegisterLinks {

    /** Where a link back to the page lands: the register, not the top of the page. */
    static final String REGISTER_ANCHOR = "alongside-register";

    private final String contextPath;
    private final Optional<String> pagePath;
    private final List<Map.Entry<String, String>> pageParameters;
    private final Map<String, String> carried;

    /**
     * @param pagePath       the path of the page being viewed, if links back to it can be made
     * @param pageParameters the page's own query parameters, kept in every link back (e.g. {@code pageId})
     * @param carried        the reader's register settings, kept when re-ordering and paging
     */
    RegisterUrls(String contextPath, Optional<String> pagePath, List<Map.Entry<String, String>> pageParameters,
                 Map<String, String> carried) {
        this.contextPath = contextPath;
        this.pagePath = pagePath;
        this.pageParameters = List.copyOf(pageParameters);
        this.carried = carried;
    }

    @Override
    public String decision(IndexedDecision decision) {
        return page(decision.page()) + "#" + DecisionAnchors.forTitle(decision.decision().title());
    }

    @Override
    public String page(IndexedPage page) {
        return contextPath + "/pages/viewpage.action?pageId=" + page.pageId();
    }

    @Override
    public String sort(RegisterSort sort) {
        Map<String, String> settings = new LinkedHashMap<>(carried);
        settings.remove(RegisterSettings.SORT);
        settings.put(RegisterSettings.SORT, sort.parameterValue());
        return back(settings);
    }

    @Override
    public String next(RegisterCursor cursor) {
        Map<String, String> settings = new LinkedHashMap<>(carried);
        settings.put(RegisterSettings.AFTER, cursor.encode());
        return back(settings);
    }

    @Override
    public String first() {
        return back(carried);
    }

    @Override
    public String reset() {
        return back(Map.of());
    }

    /** Whether links back to the page can be made (there is a page being viewed). */
    boolean interactive() {
        return pagePath.isPresent();
    }

    private String back(Map<String, String> settings) {
        if (pagePath.isEmpty()) {
            return "";
        }
        StringBuilder url = new StringBuilder(pagePath.get());
        char separator = '?';
        for (Map.Entry<String, String> parameter : pageParameters) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        for (String name : RegisterSettings.READER_PARAMETERS) {
            String value = settings.get(name);
            if (value != null && !value.isEmpty()) {
                url.append(separator).append(RegisterSettings.PREFIX).append(name).append('=').append(encode(value));
                separator = '&';
            }
        }
        return url.append('#').append(REGISTER_ANCHOR).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
