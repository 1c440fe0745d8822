package app.alongside.perspective;

/** What someone did with private data; every read and change is logged as one of these. */
public enum AuditAction {
    READ,
    DECLARED,
    UPDATED,
    WITHDRAWN,
    EXPORTED,
    ERASED,
    RETENTION_APPLIED,
    AUDIT_READ,
    // The reciprocity ledger: reads of someone else's entries and every change (app.alongside.reciprocity.Ledger).
    LEDGER_READ,
    LEDGER_RECORDED,
    LEDGER_CHANGED,
    LEDGER_DELETED,
    LEDGER_EXPORTED,
    LEDGER_ERASED;

    public String messageKey() {
        return "alongside.audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
