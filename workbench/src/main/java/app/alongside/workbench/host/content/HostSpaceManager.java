package app.alongside.workbench.host.content;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** Confluence's {@link SpaceManager} over the content store; no permission check, as in Confluence. */
@SuppressWarnings("deprecation")
public final class HostSpaceManager implements SpaceManager {

    private final ContentStore store;

    public HostSpaceManager(ContentStore store) {
        this.store = store;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return store.space(spaceKey).map(WorkbenchSpace::new).orElse(null);
    }
}
