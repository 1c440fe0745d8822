package app.alongside.ladder;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SettingsService;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A space's rules: the defaults with the space's parity from its settings, raised by the parity an agreed charter
 * covering the space asks for. A charter can raise the bar the administrator set, never lower it, so the stricter
 * (higher) share applies. A draft or a charter under review is not yet what the group agreed, so it is ignored; an
 * agreed charter whose review date has come still holds until the group changes it.
 */
public final class CharterParityRules implements SpaceRules {

    private final SettingsService settings;
    private final AgreedCharters charters;

    public CharterParityRules(SettingsService settings, AgreedCharters charters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.charters = Objects.requireNonNull(charters, "charters");
    }

    @Override
    public LadderRules rulesFor(String spaceKey) {
        return rules(spaceKey, settings.effectiveFor(spaceKey), charters.covering(spaceKey));
    }

    /** The rules from settings already read and the charters covering the space (others are ignored). */
    public static LadderRules rules(String spaceKey, InvolvementSettings inForce, Collection<Charter> covering) {
        LadderRules fromSettings = LadderRules.from(inForce);
        Optional<ParityFraction> charterParity = covering.stream()
                .filter(charter -> applies(charter, spaceKey))
                .flatMap(charter -> charter.parity().stream())
                .max(ParityFraction::compareTo);
        if (charterParity.isPresent() && charterParity.get().compareTo(fromSettings.parity()) > 0) {
            return fromSettings.withCharterParity(charterParity.get());
        }
        return fromSettings;
    }

    /** The parity the charter asks of the space's ladder: its parity when it is agreed and covers the space. */
    public static Optional<ParityFraction> askedOf(Charter charter, String spaceKey) {
        return applies(charter, spaceKey) ? charter.parity() : Optional.empty();
    }

    /** Whether the charter is one whose parity the space's placements follow. */
    public static boolean applies(Charter charter, String spaceKey) {
        return charter.status() == CharterStatus.AGREED && charter.spaces().contains(spaceKey);
    }
}
