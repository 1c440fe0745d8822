package app.alongside.confluence.settings.web;

import java.util.List;
import java.util.Objects;

/** Everything the settings screen shows, already in words; the template only lays it out. */
public record SettingsPageView(String decorator, String title, String intro, String formAction,
                               String xsrfParameter, String xsrfToken, String savedMessage, String errorSummary,
                               List<Field> fields, String saveLabel) {

    public SettingsPageView {
        Objects.requireNonNull(decorator, "decorator");
        Objects.requireNonNull(title, "title");
        if (formAction == null || !formAction.startsWith("/") || formAction.startsWith("//")) {
            throw new IllegalArgumentException("the form posts back to this site: a path, not " + formAction);
        }
        fields = List.copyOf(fields);
    }

    public boolean hasErrors() {
        return errorSummary != null;
    }

    public boolean isSaved() {
        return savedMessage != null;
    }

    /** One text field: its current value, the help text, what a space inherits, and any error. */
    public record Field(String name, String label, String help, String value, String inherited, String error) {

        public boolean hasError() {
            return error != null;
        }

        public boolean hasInherited() {
            return inherited != null;
        }

        public String describedBy() {
            return "alongside-" + name + "-help" + (error != null ? " alongside-" + name + "-error" : "");
        }
    }
}
