package app.alongside.confluence.security;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every permission question the app asks, answered by Confluence. Nothing here caches: Confluence decides. */
@Named
public class AppPermissions {

    /** Members of this Confluence group may record perspectives on people's behalf, with their consent noted. */
    public static final String FACILITATORS_GROUP = "alongside-facilitators";

    private final PermissionManager permissionManager;
    private final SpacePermissionManager spacePermissionManager;
    private final SpaceManager spaceManager;
    private final UserManager userManager;

    @Inject
    public AppPermissions(PermissionManager permissionManager, SpacePermissionManager spacePermissionManager,
                          SpaceManager spaceManager, UserManager userManager) {
        this.permissionManager = permissionManager;
        this.spacePermissionManager = spacePermissionManager;
        this.spaceManager = spaceManager;
        this.userManager = userManager;
    }

    public boolean isConfluenceAdministrator(Optional<ConfluenceUser> user) {
        return user.isPresent() && permissionManager.isConfluenceAdministrator(user.get());
    }

    /**
     * Facilitators may record a perspective on someone's behalf (with the person's consent noted) and see what is
     * held for them: Confluence administrators, and members of {@value #FACILITATORS_GROUP}. Anonymous visitors never.
     */
    public boolean isFacilitator(Optional<ConfluenceUser> user) {
        if (user.isEmpty()) {
            return false;
        }
        return isConfluenceAdministrator(user) || userManager.isUserInGroup(user.get().getKey(), FACILITATORS_GROUP);
    }

    /** The space, if it exists and the user may view it; a space the user cannot see is treated as absent. */
    public Optional<Space> viewableSpace(Optional<ConfluenceUser> user, String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null || !permissionManager.hasPermission(user.orElse(null), Permission.VIEW, space)) {
            return Optional.empty();
        }
        return Optional.of(space);
    }

    /** Of these space keys, those the user may view (with their names) and those they may not. */
    public ViewableSpaces viewableSpaces(Optional<ConfluenceUser> user, Collection<String> spaceKeys) {
        List<String> names = new ArrayList<>();
        Set<String> visible = new LinkedHashSet<>();
        List<String> hidden = new ArrayList<>();
        for (String key : spaceKeys) {
            Optional<Space> space = viewableSpace(user, key);
            if (space.isPresent()) {
                visible.add(key);
                String name = space.get().getName();
                names.add(name == null || name.isBlank() ? key : name);
            } else {
                hidden.add(key);
            }
        }
        return new ViewableSpaces(visible, names, hidden);
    }

    /** Whether the user may edit this page (or blog post): who may acknowledge a decision's signals. */
    public boolean mayEdit(Optional<ConfluenceUser> user, Object content) {
        return user.isPresent() && content != null
                && permissionManager.hasPermission(user.get(), Permission.EDIT, content);
    }

    /** Space administrators, and Confluence administrators, may change a space's settings. */
    public boolean canAdministerSpace(Optional<ConfluenceUser> user, Space space) {
        if (user.isEmpty()) {
            return false;
        }
        return isConfluenceAdministrator(user) || spacePermissionManager.hasPermission(
                SpacePermission.ADMINISTER_SPACE_PERMISSION, space, user.get());
    }
}
