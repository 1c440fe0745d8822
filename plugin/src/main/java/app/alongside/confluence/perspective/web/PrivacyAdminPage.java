package app.alongside.confluence.perspective.web;

import app.alongside.perspective.view.AuditRow;

import java.util.List;
import java.util.Objects;

/** The administrators' private-data screen, in words: erasure, retention, and the audit log, newest first. */
public record PrivacyAdminPage(String title, String intro, String notice, String error,
                         ScreenParts.Confirmation confirmation,
                               ScreenParts.Section erase, ScreenParts.LookupForm eraseForm,
                               ScreenParts.Section retention, ScreenParts.LookupForm retentionForm,
                               ScreenParts.Section audit, List<String> auditColumns, List<AuditRow> auditRows,
                               String olderLink, String olderLabel, String newestLink, String newestLabel) {

    public PrivacyAdminPage {
        Objects.requireNonNull(title, "title");
        auditColumns = List.copyOf(auditColumns);
        auditRows = List.copyOf(auditRows);
        olderLink = olderLink == null ? "" : ScreenParts.requireSitePath(olderLink);
        newestLink = newestLink == null ? "" : ScreenParts.requireSitePath(newestLink);
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

    public boolean hasAudit() {
        return !auditRows.isEmpty();
    }

    public boolean hasOlder() {
        return !olderLink.isEmpty();
    }

    public boolean hasNewest() {
        return !newestLink.isEmpty();
    }
}
