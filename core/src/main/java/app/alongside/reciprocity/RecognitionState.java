package app.alongside.reciprocity;

import java.util.Locale;
import java.util.Optional;

/** Whether the recognition is still owed or has been given (paid, handed over, or declined). */
public enum RecognitionState {
    OWED,
    PAID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RecognitionState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (RecognitionState state : values()) {
            if (state.code().equals(wanted)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "alongside.ledger.state." + code();
    }
}
