package app.alongside.workbench.render;

import java.util.Map;

/** Confluence's named emoticons ({@code <ac:emoticon ac:name="tick"/>}) as emoji with a text alternative. */
final class Emoticons {

    private static final Map<String, String> EMOJI = Map.ofEntries(
            Map.entry("smile", "\uD83D\uDE42"), Map.entry("sad", "\uD83D\uDE41"), Map.entry("cheeky", "\uD83D\uDE1B"),
            Map.entry("laugh", "\uD83D\uDE00"), Map.entry("wink", "\uD83D\uDE09"), Map.entry("thumbs-up", "\uD83D\uDC4D"),
            Map.entry("thumbs-down", "\uD83D\uDC4E"), Map.entry("information", "\u2139\uFE0F"),
            Map.entry("tick", "\u2705"), Map.entry("cross", "\u274C"), Map.entry("warning", "\u26A0\uFE0F"),
            Map.entry("plus", "\u2795"), Map.entry("minus", "\u2796"), Map.entry("question", "\u2753"),
            Map.entry("light-on", "\uD83D\uDCA1"), Map.entry("light-off", "\uD83D\uDCA1"),
            Map.entry("yellow-star", "\u2B50"), Map.entry("heart", "\u2764\uFE0F"));

    private Emoticons() {
    }

    static String render(String name, String fallback) {
        String emoji = EMOJI.getOrDefault(name, fallback == null ? "" : fallback);
        if (emoji.isEmpty()) {
            return "";
        }
        String label = name == null || name.isBlank() ? "emoticon" : name.replace('-', ' ');
        return "<span role=\"img\" aria-label=\"" + Html.escape(label) + "\">" + Html.escape(emoji) + "</span>";
    }
}
