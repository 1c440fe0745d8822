package app.alongside.charter.view;

import java.util.List;
import java.util.Objects;

/**
 * The charter's forms, which post to the app and work without JavaScript: signing (sign, re-confirm or withdraw)
 * and the anonymous check-in, one fieldset per principle with a 1 to 5 scale and an optional comment.
 */
public final class CharterForms {

    private CharterForms() {
    }

    /** Where a form posts, its XSRF token, and the charter page it is about. Built by the adapter, never from input. */
    public record Post(String action, String xsrfParameter, String xsrfToken, long pageId) {
        public Post {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(xsrfParameter, "xsrfParameter");
            Objects.requireNonNull(xsrfToken, "xsrfToken");
        }
    }

    /** One signing button: {@code value} is what the servlet does (sign or withdraw). */
    public record Button(String value, String label) {
    }

    /** The check-in for one period: intro, the fields, and problems about the check-in as a whole. */
    public record CheckInForm(String heading, String intro, List<Field> fields, List<String> problems,
                              String commentLabel, String submitLabel) {
        public CheckInForm {
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** One principle: its name as the legend, the scale, the comment typed, and its problem (or ""). */
    public record Field(String scoreName, String commentName, String idPrefix, String legend, List<Option> options,
                        String comment, String problem) {
        public Field {
            options = List.copyOf(options);
        }

        public boolean hasProblem() {
            return !problem.isEmpty();
        }
    }

    /** One point of the 1 to 5 scale, with its words. */
    public record Option(String value, String label, boolean checked) {
    }
}
