package app.alongside.workbench.render;

/**
 * What the page shows in place of a macro that cannot be rendered, worded like Confluence's own panels. The text is
 * escaped: a macro name or exception message in hostile storage stays text.
 */
final class MacroPanels {

    private MacroPanels() {
    }

    static String unknownMacro(String name) {
        return "<div class=\"wb-macro-error\" role=\"note\"><p>Unknown macro: " + Html.escape(name) + "</p></div>";
    }

    static String failedMacro(String name, String message, String reference) {
        String detail = message == null || message.isBlank() ? "" : ": " + message;
        return "<div class=\"wb-macro-error\" role=\"note\"><p>Error rendering macro '" + Html.escape(name) + "'"
                + Html.escape(detail) + "</p><p class=\"wb-macro-error__reference\">Reference "
                + Html.escape(reference) + " in the workbench log.</p></div>";
    }

    static String tooDeep(String name) {
        return "<div class=\"wb-macro-error\" role=\"note\"><p>Error rendering macro '" + Html.escape(name)
                + "': macros are nested too deeply.</p></div>";
    }
}
