package app.alongside.reciprocity;

import java.util.Objects;

/**
 * One line of the ledger: what was given and what came back. {@code id} is 0 until stored. The day paid is never
 * before the day the time was given.
 */
public record LedgerEntry(long id, TimeGiven given, Recognition recognition) {

    public LedgerEntry {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(recognition, "recognition");
        if (id < 0) {
            throw new IllegalArgumentException("id must not be negative");
        }
        if (recognition.paidOn().map(paid -> paid.isBefore(given.on())).orElse(false)) {
            throw new IllegalArgumentException("paid before the time was given");
        }
    }

    public LedgerEntry withId(long newId) {
        return new LedgerEntry(newId, given, recognition);
    }

    public LedgerEntry withRecognition(Recognition changed) {
        return new LedgerEntry(id, given, changed);
    }
}
