package app.alongside.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake {@link SettingsRepository} for core tests. */
public final class InMemorySettingsRepository implements SettingsRepository {

    private InvolvementSettings global;
    private final Map<String, SpaceOverride> spaces = new HashMap<>();

    @Override
    public Optional<InvolvementSettings> findGlobal() {
        return Optional.ofNullable(global);
    }

    @Override
    public void saveGlobal(InvolvementSettings settings) {
        global = settings;
    }

    @Override
    public Optional<SpaceOverride> findSpace(String spaceKey) {
        return Optional.ofNullable(spaces.get(spaceKey));
    }

    @Override
    public void saveSpace(SpaceOverride override) {
        if (override.inheritsEverything()) {
            spaces.remove(override.spaceKey());
        } else {
            spaces.put(override.spaceKey(), override);
        }
    }

    public int spaceRows() {
        return spaces.size();
    }
}
