package app.alongside.perspective.view;

import java.util.List;
import java.util.Objects;

/**
 * The form for declaring a perspective, in words, with what the person typed and a message by each field that needs
 * one. The consent box's label is the purpose wording itself, so the person ticks the exact words recorded. When a
 * facilitator records on someone's behalf, {@code onBehalfFields} holds who gave consent, when and how.
 */
public record DeclarationFormView(String errorSummary, String perspectivesLegend, String perspectivesHelp,
                                  String perspectivesError, List<Choice> perspectives, TextField ownWords,
                                  Choice showOnPage, String showOnPageHelp, String consentLegend, Choice consent,
                                  String consentError, String onBehalfLegend, String onBehalfHelp,
                                  List<TextField> onBehalfFields, String submitLabel) {

    public DeclarationFormView {
        Objects.requireNonNull(perspectivesLegend, "perspectivesLegend");
        Objects.requireNonNull(ownWords, "ownWords");
        Objects.requireNonNull(showOnPage, "showOnPage");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(submitLabel, "submitLabel");
        perspectives = List.copyOf(perspectives);
        onBehalfFields = List.copyOf(onBehalfFields);
    }

    public boolean hasErrors() {
        return errorSummary != null;
    }

    public boolean hasPerspectivesError() {
        return perspectivesError != null;
    }

    public boolean hasConsentError() {
        return consentError != null;
    }

    public boolean isOnBehalf() {
        return !onBehalfFields.isEmpty();
    }

    /** The ids the perspectives' group is described by: its help, and its error when there is one. */
    public String perspectivesDescribedBy() {
        return "alongside-perspectives-help" + (perspectivesError != null ? " alongside-perspectives-error" : "");
    }

    public String consentDescribedBy() {
        return consentError != null ? "alongside-consent-error" : "";
    }

    /** A checkbox: its field name, submitted value, element id, label, and whether it is ticked. */
    public record Choice(String name, String value, String id, String label, boolean checked) {
        public Choice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A text field (one line, or several when {@code multiline}): what was typed is always shown back, however long,
     * so nothing is lost when it is refused.
     */
    public record TextField(String name, String id, String label, String help, String value, String error,
                            boolean multiline) {
        public TextField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            help = help == null ? "" : help;
            value = value == null ? "" : value;
        }

        public boolean hasError() {
            return error != null;
        }

        public boolean hasHelp() {
            return !help.isEmpty();
        }

        public String describedBy() {
            String ids = help.isEmpty() ? "" : id + "-help";
            if (error != null) {
                ids = ids.isEmpty() ? id + "-error" : ids + " " + id + "-error";
            }
            return ids;
        }
    }
}
