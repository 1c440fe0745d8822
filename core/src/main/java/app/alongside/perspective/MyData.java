package app.alongside.perspective;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the app's private store holds about one person: the current declaration, the consent history and the
 * audit entries about their data. What "My data" shows and what the JSON export contains.
 */
public record MyData(SubjectKey subject, Optional<Declaration> declaration, List<ConsentEvent> consentHistory,
                     List<AuditEntry> audit) {

    public MyData {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(declaration, "declaration");
        consentHistory = List.copyOf(consentHistory);
        audit = List.copyOf(audit);
    }
}
