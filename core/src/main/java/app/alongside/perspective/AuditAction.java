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
    AUDIT_READ;

    public String messageKey() {
        return "alongside.audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
