package app.alongside.reciprocity;

import java.util.Locale;
import java.util.Optional;

/** What a person got back for their time, as the charter's reciprocity policy offers it. */
public enum RecognitionType {
    PAYMENT(true),
    VOUCHER(true),
    EXPENSES(true),
    TRAINING(false),
    REFERENCE(false),
    TIME_CREDIT(false),
    /** The person chose to take nothing: recognised, with no amount. */
    DECLINED(false);

    private final boolean monetary;

    RecognitionType(boolean monetary) {
        this.monetary = monetary;
    }

    /** Whether it carries an amount in pence (payments, vouchers and expenses do; the rest never do). */
    public boolean monetary() {
        return monetary;
    }

    /** {@code payment}, {@code time-credit}: what forms, REST and CSV use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecognitionType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (RecognitionType type : values()) {
            if (type.code().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "alongside.ledger.type." + code();
    }
}
