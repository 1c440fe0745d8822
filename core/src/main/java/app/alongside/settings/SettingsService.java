package app.alongside.settings;

import app.alongside.validation.Validated;

import java.util.Objects;

/** Reads the settings in force and applies edits made through the admin and space-admin screens or REST. */
public final class SettingsService {

    private final SettingsRepository repository;

    public SettingsService(SettingsRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    public InvolvementSettings global() {
        return repository.findGlobal().orElse(InvolvementSettings.DEFAULTS);
    }

    /** The settings in force in a space: its override applied to the global settings. */
    public InvolvementSettings effectiveFor(String spaceKey) {
        InvolvementSettings global = global();
        return repository.findSpace(SpaceKeys.requireValid(spaceKey))
                .map(override -> override.applyTo(global))
                .map(settings -> atLeastGlobalThreshold(settings, global))
                .orElse(global);
    }

    public SpaceOverride overrideFor(String spaceKey) {
        return repository.findSpace(SpaceKeys.requireValid(spaceKey))
                .orElseGet(() -> SpaceOverride.inheritEverything(spaceKey));
    }

    public Validated<InvolvementSettings> updateGlobal(SettingsForm form) {
        Validated<InvolvementSettings> result = form.toGlobal();
        result.value().ifPresent(repository::saveGlobal);
        return result;
    }

    public Validated<SpaceOverride> updateSpace(String spaceKey, SettingsForm form) {
        Validated<SpaceOverride> result = form.toSpace(SpaceKeys.requireValid(spaceKey), global());
        result.value().ifPresent(repository::saveSpace);
        return result;
    }

    /** If an admin raises the global k after a space saved a lower one, the global floor still wins. */
    private static InvolvementSettings atLeastGlobalThreshold(InvolvementSettings space, InvolvementSettings global) {
        if (space.suppressionThreshold() >= global.suppressionThreshold()) {
            return space;
        }
        return new InvolvementSettings(global.suppressionThreshold(), space.parityFraction());
    }
}
