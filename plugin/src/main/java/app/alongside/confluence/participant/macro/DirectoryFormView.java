package app.alongside.confluence.participant.macro;

import java.util.List;
import java.util.Objects;

/**
 * The directory's search form, in words: a plain GET form back to the page being viewed, so searching works without
 * JavaScript. Field names are the {@code alongside-directory-*} address parameters; the page's own query parameters
 * ride along as hidden fields. Only shown where a reader can use it (not in exports).
 */
public record DirectoryFormView(String action, List<Hidden> hidden, String legend, Field name, Field skill,
                                Field interest, String submitLabel, String resetLabel, String resetLink) {

    public DirectoryFormView {
        Objects.requireNonNull(action, "action");
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(submitLabel, "submitLabel");
        Objects.requireNonNull(resetLabel, "resetLabel");
        Objects.requireNonNull(resetLink, "resetLink");
    }

    /** A query parameter of the page itself (such as {@code pageId}), kept when the form is sent. */
    public record Hidden(String name, String value) {
        public Hidden {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A search field. */
    public record Field(String name, String id, String label, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }
}
