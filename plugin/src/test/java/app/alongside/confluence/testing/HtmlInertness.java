package app.alongside.confluence.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses HTML as a browser would and lists anything in it that could run: script-capable elements, event-handler
 * attributes and script URLs. Escaped text that merely mentions them is, correctly, not listed.
 */
public final class HtmlInertness {

    private static final Set<String> ACTIVE_ELEMENTS =
            Set.of("script", "iframe", "object", "embed", "svg", "math", "img", "base", "meta[http-equiv]");

    private HtmlInertness() {
    }

    public static List<String> activeContent(String html) {
        Document document = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag) || (tag.equals("meta") && element.hasAttr("http-equiv"))) {
                found.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(tag + "@" + name);
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    found.add(tag + "@" + name + "=" + value);
                }
            }
        }
        return found;
    }
}
