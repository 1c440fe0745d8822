package app.alongside.confluence.reciprocity.rest;

import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.Money;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.text.Messages;

import java.math.BigDecimal;
import java.util.List;

/** What the ledger's REST resource answers. Amounts as pence and as {@code 12.50}; days as ISO 8601. */
public final class LedgerJson {

    private LedgerJson() {
    }

    /**
     * One entry. {@code name}, {@code person} and {@code recordedBy} are filled for facilitators only (a person
     * reading their own needs no name); the benefits flag only ever reaches the person and facilitators.
     */
    public record EntryJson(long id, String person, String name, String space, String date, String activity,
                            int minutes, String hours, Long meetingPageId, String type, String typeName,
                            long amountPence, String amount, String state, String stateName, String paidOn,
                            boolean mayAffectBenefits, String recordedBy) {
    }

    public record EntriesJson(List<EntryJson> entries) {
    }

    public record DeletedJson(boolean deleted) {
    }

    /**
     * Totals: {@code shown} false with only {@code threshold} (k) and {@code message}, or every figure. Never a
     * figure when not shown, so no client can display one by mistake.
     */
    public record TotalsJson(boolean shown, Integer threshold, String message, Integer people, Integer contributions,
                             Long minutes, String hours, Long paidPence, Long owedPence, Integer declined,
                             Integer medianDaysToPay, String from, String to) {
    }

    static EntryJson entry(LedgerEntry entry, boolean facilitator, LedgerAccess access, Messages messages) {
        var given = entry.given();
        var recognition = entry.recognition();
        return new EntryJson(entry.id(), facilitator ? given.subject().value() : null,
                facilitator ? access.name(given.subject()) : null, given.spaceKey(), given.on().toString(),
                given.activity(), given.minutes(), hours(given.minutes()),
                given.meetingPageId().isPresent() ? given.meetingPageId().getAsLong() : null,
                recognition.type().code(), messages.text(recognition.type().messageKey()), recognition.amountPence(),
                Money.plain(recognition.amountPence()), recognition.state().code(),
                messages.text(recognition.state().messageKey()), recognition.paidOn().map(Object::toString).orElse(null),
                recognition.mayAffectBenefits(), facilitator ? access.recorder(given.recordedBy()) : null);
    }

    static TotalsJson totals(ReciprocityTotals totals, String from, String to, Messages messages) {
        if (totals instanceof ReciprocityTotals.Shown s) {
            return new TotalsJson(true, null, null, s.people(), s.contributions(), s.minutes(), hours(s.minutes()),
                    s.paidPence(), s.owedPence(), s.declined(),
                    s.medianDaysToPay().isPresent() ? s.medianDaysToPay().getAsInt() : null, from, to);
        }
        int k = ((ReciprocityTotals.NotShown) totals).threshold();
        return new TotalsJson(false, k, messages.text("alongside.ledger.totals.notShown", k), null, null, null, null,
                null, null, null, null, from, to);
    }

    /** {@code 1.5}: hours to at most two places, without trailing zeros. */
    public static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
