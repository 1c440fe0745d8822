package app.alongside.decision.view;

import java.util.Objects;

/**
 * A person as a page shows them: a display name, and a link when there is somewhere to go (a participant page).
 * Never a role.
 */
public record PersonView(String name, String link) {

    public PersonView {
        Objects.requireNonNull(name, "name");
        link = link == null ? "" : link;
    }

    public static PersonView named(String name) {
        return new PersonView(name, "");
    }

    public boolean hasLink() {
        return !link.isEmpty();
    }
}
