package app.alongside.confluence.settings.rest;

import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SpaceOverride;

/** A space's own settings (null = inherited) and the settings in force there. */
public record SpaceSettingsJson(String spaceKey, SettingsJson override, SettingsJson effective) {

    static SpaceSettingsJson of(SpaceOverride override, InvolvementSettings effective) {
        return new SpaceSettingsJson(override.spaceKey(),
                new SettingsJson(override.suppressionThreshold().orElse(null),
                        override.parityFraction().map(ParityFraction::toString).orElse(null)),
                SettingsJson.of(effective));
    }
}
