package app.alongside.decision.register;

import app.alongside.settings.SpaceKeys;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The page (or blog post) a decision lives on, as the index records it. */
public record IndexedPage(long pageId, String spaceKey, String title, ContentType type, List<String> labels) {

    /** Pages and blog posts both hold decisions (meeting notes are often blog posts). */
    public enum ContentType { PAGE, BLOGPOST }

    public IndexedPage {
        if (pageId <= 0) {
            throw new IllegalArgumentException("pageId must be positive");
        }
        SpaceKeys.requireValid(spaceKey);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        labels = labels.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .distinct().sorted().toList();
    }
}
