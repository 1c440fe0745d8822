package app.alongside.workbench.render;

import java.util.Optional;

/**
 * What {@code ac:link} and {@code ri:} resource identifiers point at, as the current user may see it. A page the
 * user may not view is reported as absent, so a link never reveals a restricted page's existence.
 */
public interface LinkTargets {

    /** A page by title in a space, if it exists and the current user may view it. */
    Optional<Link> page(String spaceKey, String title);

    /** A user by username or user key (either may be null), if the user exists. */
    Optional<Link> user(String username, String userKey);

    /** A space's home, if it exists and the current user may view it. */
    Optional<Link> space(String spaceKey);

    /** A resolved link target: where it goes and the text to show for it. */
    record Link(String href, String text) {
        public Link {
            java.util.Objects.requireNonNull(href, "href");
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** Resolves nothing: every link renders as plain text. */
    LinkTargets NONE = new LinkTargets() {
        @Override
        public Optional<Link> page(String spaceKey, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Link> user(String username, String userKey) {
            return Optional.empty();
        }

        @Override
        public Optional<Link> space(String spaceKey) {
            return Optional.empty();
        }
    };
}
