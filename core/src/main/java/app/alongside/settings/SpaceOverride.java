package app.alongside.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What a space changes about the global settings. An empty field inherits the global value, so a space that
 * never touched a setting follows the admin's later changes.
 */
public record SpaceOverride(String spaceKey, Optional<Integer> suppressionThreshold,
                            Optional<ParityFraction> parityFraction) {

    public SpaceOverride {
        spaceKey = SpaceKeys.requireValid(spaceKey);
        Objects.requireNonNull(suppressionThreshold, "suppressionThreshold");
        Objects.requireNonNull(parityFraction, "parityFraction");
    }

    public static SpaceOverride inheritEverything(String spaceKey) {
        return new SpaceOverride(spaceKey, Optional.empty(), Optional.empty());
    }

    public boolean inheritsEverything() {
        return suppressionThreshold.isEmpty() && parityFraction.isEmpty();
    }

    /** The settings in force in the space. */
    public InvolvementSettings applyTo(InvolvementSettings global) {
        return new InvolvementSettings(
                suppressionThreshold.orElse(global.suppressionThreshold()),
                parityFraction.orElse(global.parityFraction()));
    }
}
