package app.alongside.people;

import java.util.Objects;

/**
 * A person as a page refers to them: a Confluence user, a participant page (for people without an account), or a
 * name typed without a link. Never a role.
 */
public sealed interface PersonRef permits PersonRef.User, PersonRef.Page, PersonRef.Named {

    /** A stable string for indexes and equality across pages: {@code user:KEY}, {@code page:SPACE:Title}, {@code name:Text}. */
    String key();

    /** A Confluence user, by user key (stable across renames). */
    record User(String userKey) implements PersonRef {
        public User {
            requireText(userKey, "userKey");
        }

        @Override
        public String key() {
            return "user:" + userKey;
        }
    }

    /** A participant page, by space key (empty: the same space as the decision) and title. */
    record Page(String spaceKey, String title) implements PersonRef {
        public Page {
            Objects.requireNonNull(spaceKey, "spaceKey");
            requireText(title, "title");
        }

        @Override
        public String key() {
            return "page:" + spaceKey + ":" + title;
        }

        /** The same page, with an empty space key filled in from the page that mentions it. */
        public Page inSpace(String contextSpaceKey) {
            return spaceKey.isEmpty() ? new Page(contextSpaceKey, title) : this;
        }
    }

    /** A name typed as text. Shown as written; cannot carry a perspective, so it never counts in totals. */
    record Named(String name) implements PersonRef {
        public Named {
            requireText(name, "name");
        }

        @Override
        public String key() {
            return "name:" + name;
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
