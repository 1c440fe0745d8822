package app.alongside.confluence.decision.rest;

import app.alongside.decision.view.DecisionAnchors;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Absolute links for API answers, built from the address the caller used: the site is everything before
 * {@code /rest/} in the REST module's base address (so a context path such as {@code /confluence} is kept).
 */
final class SiteLinks {

    private final String site;
    private final URI request;

    SiteLinks(String site, URI request) {
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        this.request = request;
    }

    static SiteLinks of(UriInfo uriInfo) {
        String base = uriInfo.getBaseUri().toString();
        int rest = base.lastIndexOf("/rest/");
        String site = rest >= 0 ? base.substring(0, rest) : URI.create(base).resolve("/").toString();
        return new SiteLinks(site, uriInfo.getRequestUri());
    }

    String page(long pageId) {
        return site + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** The decision's card on its page (the anchor the decision macro renders). */
    String decision(long pageId, String title) {
        return page(pageId) + "#" + DecisionAnchors.forTitle(title);
    }

    String user(String username) {
        return site + "/display/~" + encode(username);
    }

    /** A participant page by space and title, as Confluence's own display addresses are written. */
    String participantPage(String spaceKey, String title) {
        return site + "/display/" + encode(spaceKey) + "/" + encode(title);
    }

    /** This request again, with {@code cursor} replaced. */
    String withCursor(String cursor) {
        String raw = request.getRawQuery();
        List<String> kept = new ArrayList<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                if (!part.isEmpty() && !part.equals(RegisterParameters.CURSOR)
                        && !part.startsWith(RegisterParameters.CURSOR + "=")) {
                    kept.add(part);
                }
            }
        }
        kept.add(RegisterParameters.CURSOR + "=" + encode(cursor));
        String path = request.getRawPath();
        String origin = request.getScheme() + "://" + request.getRawAuthority();
        return origin + path + "?" + String.join("&", kept);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
