package app.alongside.people;

import java.util.Objects;
import java.util.Optional;

/**
 * A person as a page refers to them: a Confluence user, a participant page (for people without an account), or a
 * name typed without a link. Never a role.
 */
public sealed interface PersonRef permits PersonRef.User, PersonRef.Page, PersonRef.Named {

    /** A stable string for indexes and equality across pages: {@code user:KEY}, {@code page:SPACE:Title}, {@code name:Text}. */
    String key();

    /**
     * The person a {@link #key()} stands for: the exact inverse, so keys stored in an index can be read back.
     * A page key splits at the first ':' after {@code page:} (space keys hold no ':'; titles may). Empty for
     * anything that is not such a key.
     */
    static Optional<PersonRef> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            if (key.startsWith("user:")) {
                return Optional.of(new User(key.substring("user:".length())));
            }
            if (key.startsWith("name:")) {
                return Optional.of(new Named(key.substring("name:".length())));
            }
            if (key.startsWith("page:")) {
                String rest = key.substring("page:".length());
                int colon = rest.indexOf(':');
                return colon < 0 ? Optional.empty()
                        : Optional.of(new Page(rest.substring(0, colon), rest.substring(colon + 1)));
            }
        } catch (IllegalArgumentException blank) {
            // "user:" with nothing after it, and the like: not a key
        }
        return Optional.empty();
    }

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
