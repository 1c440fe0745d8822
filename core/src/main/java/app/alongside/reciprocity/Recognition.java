package app.alongside.reciprocity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person got back: its type, an amount in pence (payments, vouchers and expenses only; 0 to
 * {@link #MAX_PENCE}), owed or paid, the day it was paid (present exactly when paid), and whether the person said
 * payments may affect their benefits. A declined recognition is always "paid" (settled) with nothing to pay.
 */
public record Recognition(RecognitionType type, long amountPence, RecognitionState state, Optional<LocalDate> paidOn,
                          boolean mayAffectBenefits) {

    /** £5,000: more than any one contribution is paid; a bigger figure is a typing mistake. */
    public static final long MAX_PENCE = 500_000;

    public Recognition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paidOn, "paidOn");
        if (amountPence < 0 || amountPence > MAX_PENCE) {
            throw new IllegalArgumentException("amount must be 0 to " + MAX_PENCE + " pence, got " + amountPence);
        }
        if (!type.monetary() && amountPence != 0) {
            throw new IllegalArgumentException(type + " carries no amount");
        }
        if (type == RecognitionType.DECLINED && state != RecognitionState.PAID) {
            throw new IllegalArgumentException("a declined recognition is settled");
        }
        if ((state == RecognitionState.PAID) != paidOn.isPresent()) {
            throw new IllegalArgumentException("a date paid exactly when paid");
        }
    }

    public static Recognition owed(RecognitionType type, long amountPence, boolean mayAffectBenefits) {
        return new Recognition(type, amountPence, RecognitionState.OWED, Optional.empty(), mayAffectBenefits);
    }

    public Recognition paid(LocalDate on) {
        return new Recognition(type, amountPence, RecognitionState.PAID, Optional.of(on), mayAffectBenefits);
    }

    public boolean isOwed() {
        return state == RecognitionState.OWED;
    }
}
