package app.alongside.workbench.render;

import java.util.Map;
import java.util.Optional;

/**
 * The few Confluence-provided macros that ordinary pages use, rendered plainly so that demo and test pages read
 * naturally: the info, note, warning and tip panels, panel, expand, code, noformat and status.
 */
final class BuiltInMacros {

    /** Body already rendered (rich text) and raw text (plain text) of one macro instance. */
    record Bodies(String richHtml, String plainText) {
    }

    private static final Map<String, String> PANEL_LABELS = Map.of(
            "info", "Information", "note", "Note", "warning", "Warning", "tip", "Tip");

    private BuiltInMacros() {
    }

    static boolean knows(String name) {
        return PANEL_LABELS.containsKey(name) || switch (name) {
            case "panel", "expand", "code", "noformat", "status" -> true;
            default -> false;
        };
    }

    static Optional<String> render(String name, Map<String, String> parameters, Bodies bodies) {
        String title = parameters.getOrDefault("title", "").strip();
        if (PANEL_LABELS.containsKey(name)) {
            return Optional.of(panel("wb-panel wb-panel--" + name, PANEL_LABELS.get(name), title, bodies.richHtml()));
        }
        return switch (name) {
            case "panel" -> Optional.of(panel("wb-panel", title.isEmpty() ? "Panel" : title, title, bodies.richHtml()));
            case "expand" -> Optional.of("<details class=\"wb-expand\"><summary>"
                    + Html.escape(title.isEmpty() ? "Click here to expand..." : title) + "</summary>"
                    + bodies.richHtml() + "</details>");
            case "code", "noformat" -> Optional.of("<pre class=\"wb-code\"><code>" + Html.escape(bodies.plainText())
                    + "</code></pre>");
            case "status" -> Optional.of("<span class=\"wb-status\">"
                    + Html.escape(title.isEmpty() ? parameters.getOrDefault("colour", "") : title) + "</span>");
            default -> Optional.empty();
        };
    }

    private static String panel(String cssClass, String label, String title, String bodyHtml) {
        StringBuilder out = new StringBuilder("<div class=\"").append(cssClass).append("\" role=\"note\" aria-label=\"")
                .append(Html.escape(label)).append("\">");
        if (!title.isEmpty()) {
            out.append("<p class=\"wb-panel__title\"><strong>").append(Html.escape(title)).append("</strong></p>");
        }
        return out.append("<div class=\"wb-panel__body\">").append(bodyHtml).append("</div></div>").toString();
    }
}
