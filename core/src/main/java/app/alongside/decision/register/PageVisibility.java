package app.alongside.decision.register;

import java.util.Set;

/** Which pages the person asking may view (Confluence's permissions, page restrictions included). */
@FunctionalInterface
public interface PageVisibility {

    /** The subset of {@code pageIds} the viewer may view. */
    Set<Long> visible(Set<Long> pageIds);
}
