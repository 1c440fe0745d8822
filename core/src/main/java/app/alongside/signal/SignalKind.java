package app.alongside.signal;

import java.util.Locale;
import java.util.Optional;

/**
 * The tokenism signals (docs/ladder.md): warnings with reasons, never blocks. Codes are permanent once released:
 * registers filter by them and REST answers carry them.
 */
public enum SignalKind {
    /** A decision was made and the total at deciding shows nobody with lived experience. */
    DECIDED_WITHOUT_LIVED_EXPERIENCE("decided-without-lived-experience", Scope.DECISION),
    /** Lived experience is shown only from deciding on: the agenda and options were fixed without it. */
    JOINED_LATE("joined-late", Scope.DECISION),
    /**
     * Lived experience at deciding is shown, but as fewer seats than the rules ask or below the parity share. A
     * literal single seat is a total of one, which suppression never shows: the placement says it is not known.
     */
    FEW_SEATS("few-seats", Scope.DECISION),
    /** A "you said" has waited longer than the rules allow for its "we did / we couldn't, because". */
    YOU_SAID_UNANSWERED("you-said-unanswered", Scope.DECISION),
    /** The group claimed a higher rung than the record shows. */
    CLAIMED_ABOVE_EVIDENCE("claimed-above-evidence", Scope.DECISION),
    /** The same one or two people decided every one of a space's recent decisions. */
    SAME_PEOPLE("same-people", Scope.SPACE),
    /** The charter promises recognition within a time, and contributions have waited longer. */
    UNRECOGNISED("unrecognised", Scope.SPACE);

    /** What a signal is about. */
    public enum Scope { DECISION, SPACE }

    private final String code;
    private final Scope scope;

    SignalKind(String code, Scope scope) {
        this.code = code;
        this.scope = scope;
    }

    public String code() {
        return code;
    }

    public Scope scope() {
        return scope;
    }

    public String nameKey() {
        return "alongside.signal." + code + ".name";
    }

    /** A number per kind, which forms send instead of the code: a code can name a perspective; markup must not. */
    public int bit() {
        return 1 << ordinal();
    }

    public static Optional<SignalKind> fromCode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (SignalKind kind : values()) {
            if (kind.code.equals(normalised)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
