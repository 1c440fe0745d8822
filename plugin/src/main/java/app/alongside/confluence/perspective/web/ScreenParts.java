package app.alongside.confluence.perspective.web;

import app.alongside.perspective.view.DeclarationFormView;

import java.util.List;
import java.util.Objects;

/** Parts the private-data screens share, already in words: sections, confirmations and forms. */
public final class ScreenParts {

    private ScreenParts() {
    }

    /** A heading with a sentence, and a link when there is somewhere to go. */
    public record Section(String id, String heading, String text, String link, String linkLabel) {
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            text = text == null ? "" : text;
            link = link == null ? "" : requireSitePath(link);
            linkLabel = linkLabel == null ? "" : linkLabel;
        }

        public static Section of(String id, String heading, String text) {
            return new Section(id, heading, text, null, null);
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }

        public boolean hasText() {
            return !text.isEmpty();
        }
    }

    /** A hidden form field. */
    public record Hidden(String name, String value) {
        public Hidden {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }

    /** Where a form posts, with this session's XSRF token and any hidden fields. */
    public record FormPost(String action, String xsrfParameter, String xsrfToken, List<Hidden> hidden) {
        public FormPost {
            requireSitePath(action);
            hidden = List.copyOf(hidden);
        }
    }

    /**
     * "Are you sure?" before something that cannot be undone: what will happen, the button that does it (a post with
     * the hidden fields), and a way back that changes nothing.
     */
    public record Confirmation(String heading, String text, FormPost post, String buttonLabel, String cancelLink,
                               String cancelLabel) {
        public Confirmation {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(buttonLabel, "buttonLabel");
            requireSitePath(cancelLink);
        }
    }

    /** A form that only looks something up (GET, so no session check is needed), with one field. */
    public record LookupForm(String action, List<Hidden> hidden, DeclarationFormView.TextField field,
                             String buttonLabel) {
        public LookupForm {
            requireSitePath(action);
            hidden = List.copyOf(hidden);
            Objects.requireNonNull(field, "field");
        }
    }

    /** A person to choose, with where choosing them leads and where they are (a space), never a perspective. */
    public record PersonLink(String name, String link, String where) {
        public PersonLink {
            Objects.requireNonNull(name, "name");
            requireSitePath(link);
            where = where == null ? "" : where;
        }
    }

    /** Links and form actions go to this site: a path, never another host or a script. */
    static String requireSitePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a path on this site, not " + path);
        }
        return path;
    }
}
