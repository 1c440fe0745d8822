package app.alongside.workbench.host.content;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What is needed to create a page or blog post; the store gives it an id and version 1. */
public record NewContent(ContentKind kind, String spaceKey, String title, String body, List<String> labels,
                         Set<String> viewRestrictedTo, String author) {

    public NewContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(author, "author");
        labels = List.copyOf(Objects.requireNonNullElse(labels, List.of()));
        viewRestrictedTo = Set.copyOf(Objects.requireNonNullElse(viewRestrictedTo, Set.of()));
    }

    public static NewContent page(String spaceKey, String title, String body, String author) {
        return new NewContent(ContentKind.PAGE, spaceKey, title, body, List.of(), Set.of(), author);
    }
}
