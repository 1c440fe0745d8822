package app.alongside.charter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Port: the charters on pages of some spaces (read from their pages), for insights and space signals. */
@FunctionalInterface
public interface ChartersInSpaces {

    /** Every charter on a page of these spaces (trashed pages left out), any order. */
    List<CharterOnPage> in(Set<String> spaceKeys);

    record CharterOnPage(long pageId, String title, Charter charter) {
        public CharterOnPage {
            if (pageId <= 0) {
                throw new IllegalArgumentException("pageId must be positive");
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(charter, "charter");
        }
    }
}
