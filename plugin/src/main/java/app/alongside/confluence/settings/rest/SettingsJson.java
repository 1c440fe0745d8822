package app.alongside.confluence.settings.rest;

import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsForm;

/**
 * Settings as JSON: {@code {"suppressionThreshold": 3, "parityFraction": "1/3"}}. In a space, a null field
 * means "inherit the site-wide value".
 */
public record SettingsJson(Integer suppressionThreshold, String parityFraction) {

    static SettingsJson of(InvolvementSettings settings) {
        return new SettingsJson(settings.suppressionThreshold(), settings.parityFraction().toString());
    }

    SettingsForm toForm() {
        return new SettingsForm(suppressionThreshold == null ? null : suppressionThreshold.toString(), parityFraction);
    }
}
