package app.alongside.confluence.decision.web;

import java.util.Objects;

/** The decision index screen, in words: where the last rebuild is, and the button to start one. */
public record IndexAdminView(String title, String intro, String stateText, String progressText, String notice,
                             String formAction, String xsrfParameter, String xsrfToken, String buttonLabel,
                             boolean running, String refreshLink, String refreshLabel) {

    public IndexAdminView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stateText, "stateText");
        if (formAction == null || !formAction.startsWith("/") || formAction.startsWith("//")) {
            throw new IllegalArgumentException("the form posts back to this site: a path, not " + formAction);
        }
    }

    public boolean hasNotice() {
        return notice != null;
    }

    public boolean hasProgress() {
        return progressText != null;
    }
}
