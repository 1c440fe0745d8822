package app.alongside.workbench.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app page that asks Confluence to decorate it ({@code <meta name="decorator" content="atl.admin">}): its title,
 * the rest of its head, and its body, for the workbench to put into its chrome as Confluence puts it into its
 * own. The app's HTML is trusted (its templates escape), so it is taken apart, not sanitised.
 */
record DecoratedPage(String decorator, String title, String extraHead, String body) {

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>(.*?)</head>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>(.*)</body>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The page's parts, if it is a whole HTML page with a decorator meta tag. */
    static Optional<DecoratedPage> parse(String html) {
        Matcher head = HEAD.matcher(html);
        Matcher body = BODY.matcher(html);
        if (!head.find() || !body.find()) {
            return Optional.empty();
        }
        String headHtml = head.group(1);
        String decorator = null;
        Matcher meta = META.matcher(headHtml);
        while (meta.find()) {
            if ("decorator".equalsIgnoreCase(attribute(meta.group(), "name"))) {
                decorator = attribute(meta.group(), "content");
            }
        }
        if (decorator == null) {
            return Optional.empty();
        }
        Matcher title = TITLE.matcher(headHtml);
        String titleText = title.find() ? unescape(title.group(1).strip()) : "";
        String extra = TITLE.matcher(headHtml).replaceAll("");
        extra = META.matcher(extra).replaceAll(m -> {
            String tag = m.group();
            boolean dropped = attribute(tag, "charset") != null || attribute(tag, "name") != null
                    && (attribute(tag, "name").equalsIgnoreCase("decorator")
                    || attribute(tag, "name").equalsIgnoreCase("viewport"));
            return dropped ? "" : Matcher.quoteReplacement(tag);
        });
        return Optional.of(new DecoratedPage(decorator, titleText, extra.strip().isEmpty() ? "" : extra.strip() + "\n",
                body.group(1).strip()));
    }

    private static String attribute(String tag, String name) {
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String quoted = m.group(2);
                return unescape(quoted.substring(1, quoted.length() - 1));
            }
        }
        return null;
    }

    /** The text of an escaped HTML string (the five entities the app's escaping writes). */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
