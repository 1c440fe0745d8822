package app.alongside.workbench.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web item's {@code <link>} with the Velocity expressions Confluence's web fragments commonly use filled in:
 * {@code $helper.spaceKey}, {@code $generalUtil.urlEncode($helper.spaceKey)}, {@code $spaceKey} and
 * {@code $req.contextPath}. A link using anything else is not shown (and logged once), rather than shown broken.
 */
final class WebItemLinks {

    private static final Logger LOG = LoggerFactory.getLogger(WebItemLinks.class);
    private static final Pattern ENCODED_SPACE_KEY = Pattern.compile(
            "\\$!?\\{?generalUtil\\.urlEncode\\(\\s*\\$!?\\{?helper\\.spaceKey}?\\s*\\)}?");
    private static final Pattern SPACE_KEY = Pattern.compile("\\$!?\\{?(helper\\.spaceKey|spaceKey)}?");
    private static final Pattern CONTEXT_PATH = Pattern.compile("\\$!?\\{?req\\.contextPath}?");
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private WebItemLinks() {
    }

    /** The link for a page in {@code spaceKey} (null outside a space), or empty if it cannot be filled in. */
    static Optional<String> render(String link, String spaceKey) {
        String result = link.strip();
        boolean needsSpace = ENCODED_SPACE_KEY.matcher(result).find() || SPACE_KEY.matcher(result).find();
        if (needsSpace && spaceKey == null) {
            return Optional.empty();
        }
        String encoded = spaceKey == null ? "" : URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
        result = ENCODED_SPACE_KEY.matcher(result).replaceAll(Matcher.quoteReplacement(encoded));
        result = SPACE_KEY.matcher(result).replaceAll(Matcher.quoteReplacement(encoded));
        result = CONTEXT_PATH.matcher(result).replaceAll("");
        if (result.contains("$")) {
            if (REPORTED.add(link)) {
                LOG.warn("Web item link {} uses Velocity the workbench does not fill in; the link is not shown", link);
            }
            return Optional.empty();
        }
        return Optional.of(result);
    }
}
