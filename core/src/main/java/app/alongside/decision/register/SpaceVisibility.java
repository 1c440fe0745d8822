package app.alongside.decision.register;

import java.util.Set;

/** Which spaces the person asking may view (Confluence's space permissions). */
@FunctionalInterface
public interface SpaceVisibility {

    /** The subset of {@code spaceKeys} the viewer may view. */
    Set<String> visible(Set<String> spaceKeys);
}
