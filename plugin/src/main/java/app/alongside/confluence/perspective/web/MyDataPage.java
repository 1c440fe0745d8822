package app.alongside.confluence.perspective.web;

import app.alongside.perspective.view.AuditRow;
import app.alongside.perspective.view.HeldView;
import app.alongside.perspective.view.HistoryRow;
import app.alongside.perspective.view.TotalRow;

import java.util.List;
import java.util.Objects;

/**
 * "My data", in words: what is held about the person, the form to declare or change it, withdrawal, how the answer is
 * used (totals only), the consent history, the audit entries about their data, export and erasure. The person's own
 * perspectives appear only in {@code held}, which names nobody.
 */
public record MyDataPage(String title, String intro, String notice, String error,
                         ScreenParts.Confirmation confirmation,
                         String heldHeading, HeldView held, String nothingHeld, String formHeading,
                         ScreenParts.Section withdraw, ScreenParts.Section used, List<TotalRow> totals,
                         ScreenParts.Section history, List<String> historyColumns, List<HistoryRow> historyRows,
                         ScreenParts.Section audit, List<String> auditColumns, List<AuditRow> auditRows,
                         ScreenParts.Section ledger, ScreenParts.Section export, ScreenParts.Section erase, ScreenParts.Section facilitator) {

    public MyDataPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(ledger, "ledger");
        totals = List.copyOf(totals);
        historyColumns = List.copyOf(historyColumns);
        historyRows = List.copyOf(historyRows);
        auditColumns = List.copyOf(auditColumns);
        auditRows = List.copyOf(auditRows);
    }

    public boolean hasNotice() {
        return notice != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean hasConfirmation() {
        return confirmation != null;
    }

    public boolean hasHeld() {
        return held != null;
    }

    public boolean hasTotals() {
        return !totals.isEmpty();
    }

    public boolean hasHistory() {
        return !historyRows.isEmpty();
    }

    public boolean hasAudit() {
        return !auditRows.isEmpty();
    }

    public boolean hasFacilitator() {
        return facilitator != null;
    }
}
