package app.alongside.confluence.decision.macro;

import java.util.List;
import java.util.Objects;

/**
 * The register's filter form, in words: a plain GET form back to the page being viewed, so filtering works without
 * JavaScript. Field names are the {@code alongside-register-*} address parameters; the page's own query parameters
 * ride along as hidden fields. Only shown where a reader can use it (not in exports).
 */
public record RegisterFormView(String action, List<Hidden> hidden, String legend, Field search, Select status,
                               Field labels, Field from, Field to, Select loop, Select signal, Checkbox reviewDue,
                               Select sort,
                               String submitLabel, String resetLabel, String resetLink) {

    public RegisterFormView {
        Objects.requireNonNull(action, "action");
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reviewDue, "reviewDue");
        Objects.requireNonNull(sort, "sort");
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

    /** A text field; {@code type} is {@code search}, {@code text} or {@code date}. */
    public record Field(String name, String id, String type, String label, String hint, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
            hint = hint == null ? "" : hint;
            value = value == null ? "" : value;
        }

        public boolean hasHint() {
            return !hint.isEmpty();
        }
    }

    public record Select(String name, String id, String label, List<Option> options) {
        public Select {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            options = List.copyOf(options);
        }
    }

    public record Option(String value, String label, boolean selected) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A tick box. The form sends {@code false} in a hidden field first and {@code true} from the box when ticked;
     * the register reads the last value, so unticking a box the page ticked works.
     */
    public record Checkbox(String name, String id, String label, boolean checked) {
        public Checkbox {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }
}
