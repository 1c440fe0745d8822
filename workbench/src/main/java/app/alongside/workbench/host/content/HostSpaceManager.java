package app.alongside.workbench.host.content;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;

import java.util.Collection;
import java.util.List;

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

    /** Every space's key; the workbench has no archived spaces. */
    @Override
    public Collection<String> getAllSpaceKeys(SpaceStatus status) {
        return status == SpaceStatus.ARCHIVED ? List.of() : store.spaces().stream().map(SpaceRecord::key).toList();
    }
}
