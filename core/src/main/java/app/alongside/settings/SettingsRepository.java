package app.alongside.settings;

import java.util.Optional;

/** Where the settings live (Active Objects in Confluence; a fake in core tests). */
public interface SettingsRepository {

    /** The global settings, or empty if an admin never saved any. */
    Optional<InvolvementSettings> findGlobal();

    void saveGlobal(InvolvementSettings settings);

    Optional<SpaceOverride> findSpace(String spaceKey);

    /** Saves the override; an override that inherits everything removes the space's row. */
    void saveSpace(SpaceOverride override);
}
