package app.alongside.confluence.participant.macro;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The address of the page being viewed, for forms and links back to it: its path as the browser asked for it, and
 * its own query parameters (such as {@code pageId}) without the directory's, credentials or tokens.
 */
final class PageAddress {

    private static final int MAX_KEPT_PARAMETERS = 20;

    private final String path;
    private final List<Map.Entry<String, String>> parameters;

    private PageAddress(String path, List<Map.Entry<String, String>> parameters) {
        this.path = path;
        this.parameters = List.copyOf(parameters);
    }

    static Optional<PageAddress> of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/") || uri.startsWith("//")) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        Map<String, String[]> all = request.getParameterMap();
        if (all != null) {
            for (Map.Entry<String, String[]> parameter : all.entrySet()) {
                String name = parameter.getKey();
                String[] values = parameter.getValue();
                if (name == null || name.startsWith("alongside-") || name.length() > 100
                        || name.toLowerCase(Locale.ROOT).startsWith("os_") || name.equalsIgnoreCase("atl_token")
                        || values == null || values.length == 0 || values[0] == null || values[0].length() > 1000) {
                    continue;
                }
                kept.add(new AbstractMap.SimpleImmutableEntry<>(name, values[0]));
                if (kept.size() == MAX_KEPT_PARAMETERS) {
                    break;
                }
            }
        }
        return Optional.of(new PageAddress(uri, kept));
    }

    String path() {
        return path;
    }

    List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** The page with only its own parameters, landing on {@code anchor}. */
    String withOwnParameters(String anchor) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.append('#').append(anchor).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
