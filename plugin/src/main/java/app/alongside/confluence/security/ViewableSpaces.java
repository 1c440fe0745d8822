package app.alongside.confluence.security;

import java.util.List;
import java.util.Set;

/**
 * Which of the spaces a macro was asked to cover the viewer may see: their keys and names (in the order asked, a
 * space without a name by its key), and the keys of those they may not see or that do not exist.
 */
public record ViewableSpaces(Set<String> keys, List<String> names, List<String> hiddenKeys) {

    public ViewableSpaces {
        keys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(keys));
        names = List.copyOf(names);
        hiddenKeys = List.copyOf(hiddenKeys);
    }

    public boolean noneVisible() {
        return keys.isEmpty();
    }
}
