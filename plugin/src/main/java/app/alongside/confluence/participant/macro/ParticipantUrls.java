package app.alongside.confluence.participant.macro;

import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.view.DecisionAnchors;
import app.alongside.participant.view.ParticipantLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links for participant pages as Confluence addresses them, under its context path: pages and decisions by page id
 * (which survives renames), photos as attachments of the page, spaces by key, "My data" as the app's servlet.
 * {@code site} is the context path for pages the browser reads, or the site's full address for API answers.
 */
public final class ParticipantUrls implements ParticipantLinks {

    public static final String MY_DATA_PATH = "/plugins/servlet/alongside/my-data";

    private final String site;

    public ParticipantUrls(String site) {
        String base = site == null ? "" : site;
        this.site = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String page(long pageId) {
        return site + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** An attachment's download address; the file name is one path segment, so it cannot step outside the page. */
    @Override
    public String photo(long pageId, String fileName) {
        if (pageId <= 0 || fileName == null || fileName.isBlank()) {
            return "";
        }
        return site + "/download/attachments/" + pageId + "/" + pathSegment(fileName.strip());
    }

    @Override
    public String decision(IndexedDecision decision) {
        return page(decision.page().pageId()) + "#" + DecisionAnchors.forTitle(decision.decision().title());
    }

    @Override
    public String space(String spaceKey) {
        return site + "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
    }

    @Override
    public String myData() {
        return site + MY_DATA_PATH;
    }

    /** Percent-encoded for a path: spaces as %20 (a plus sign in a path is a plus sign), slashes encoded. */
    static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
