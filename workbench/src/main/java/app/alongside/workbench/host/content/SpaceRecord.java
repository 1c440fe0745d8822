package app.alongside.workbench.host.content;

import java.util.Objects;
import java.util.Set;

/**
 * A space and who may do what in it. {@code viewerGroups} and {@code viewerUsers} hold the VIEWSPACE permission;
 * {@code administrators} (usernames) hold SETSPACEPERMISSIONS. Confluence administrators get no implicit access to
 * content, as in Confluence: give them a viewer group if they should see the space.
 */
public record SpaceRecord(long id, String key, String name, String description, String homePageTitle,
                          Set<String> viewerGroups, Set<String> viewerUsers, Set<String> administrators) {

    public SpaceRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("a space id is positive: " + id);
        }
        if (key == null || !key.matches("[A-Z0-9]{1,255}")) {
            throw new IllegalArgumentException("a space key is upper-case letters and digits: " + key);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("space " + key + " needs a name");
        }
        description = Objects.requireNonNullElse(description, "");
        homePageTitle = Objects.requireNonNullElse(homePageTitle, "");
        viewerGroups = Set.copyOf(Objects.requireNonNullElse(viewerGroups, Set.of()));
        viewerUsers = Set.copyOf(Objects.requireNonNullElse(viewerUsers, Set.of()));
        administrators = Set.copyOf(Objects.requireNonNullElse(administrators, Set.of()));
    }
}
