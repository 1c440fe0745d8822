package app.alongside.confluence.perspective.rest;

import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.MyData;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.view.AuditNames;
import app.alongside.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Private data as JSON, with stable field names: perspectives as codes ({@code lived-experience}...), times in ISO
 * 8601 UTC, kinds and actions as lower-case codes, and words alongside where a person reads them. No answer ever
 * puts a perspective beside a person's name: declarations carry no name, and histories and audit entries (which do
 * name people) carry no perspective.
 */
final class PrivacyJson {

    private PrivacyJson() {
    }

    /** A declaration: never a name. */
    record DeclarationJson(List<String> perspectives, String ownWords, boolean showOnPage, int version,
                           String recordedAt, ConsentJson consent) {
    }

    /** The consent recorded with it: the purpose (code and the words agreed to), when, how, and any note. */
    record ConsentJson(String purpose, String wording, String givenAt, String method, NoteJson note) {
    }

    /** A facilitator's note of the person's consent. */
    record NoteJson(String givenBy, String givenOn, String how) {
    }

    /** One consent history entry: what happened and who recorded it, never which perspectives. */
    record HistoryJson(String kind, int version, String at, String by, String method, NoteJson note) {
    }

    /** One audit entry: who did what to whose data, never a perspective. */
    record AuditJson(long id, String at, String actor, String action, String actionText, String subject,
                     String subjectName, String detail) {
    }

    /** Everything held about the person: "My data" and the export. */
    record MyDataJson(String subject, DeclarationJson declaration, List<HistoryJson> consentHistory,
                      List<AuditJson> audit) {
    }

    /** The answer to reading or changing one declaration. */
    record PerspectiveJson(DeclarationJson declaration) {
    }

    /** A participant page's declaration, read by a facilitator: the page id only, never the person's name. */
    record ParticipantPerspectiveJson(long pageId, DeclarationJson declaration) {
    }

    record WithdrawnJson(boolean withdrawn) {
    }

    record ErasedJson(boolean erased, int subjects, List<String> pseudonyms) {
    }

    record RetentionJson(String cutoff, int privateRowsDeleted, int auditEntriesDeleted) {
    }

    record AuditPageJson(List<AuditJson> entries, String next) {
    }

    static DeclarationJson declaration(Declaration d, Messages messages) {
        List<String> codes = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            if (d.perspectives().contains(p)) {
                codes.add(p.code());
            }
        }
        return new DeclarationJson(codes, d.ownWords().orElse(null), d.showOnPage(), d.version(),
                d.recordedAt().toString(), new ConsentJson(d.consent().purpose().code(),
                messages.text(d.consent().purpose().wordingKey()), d.consent().givenAt().toString(),
                code(d.consent().method()), d.consent().onBehalf().map(PrivacyJson::note).orElse(null)));
    }

    static Optional<DeclarationJson> declaration(Optional<Declaration> d, Messages messages) {
        return d.map(value -> declaration(value, messages));
    }

    static MyDataJson myData(MyData data, Messages messages, AuditNames names) {
        List<HistoryJson> history = new ArrayList<>();
        for (ConsentEvent event : data.consentHistory()) {
            history.add(new HistoryJson(code(event.kind()), event.version(), event.at().toString(),
                    names.actor(event.by()), code(event.method()), event.onBehalf().map(PrivacyJson::note).orElse(null)));
        }
        return new MyDataJson(data.subject().value(), declaration(data.declaration(), messages).orElse(null), history,
                audit(data.audit(), messages, names));
    }

    static List<AuditJson> audit(List<AuditEntry> entries, Messages messages, AuditNames names) {
        List<AuditJson> json = new ArrayList<>();
        for (AuditEntry entry : entries) {
            json.add(new AuditJson(entry.id(), entry.at().toString(), names.actor(entry.actor()),
                    code(entry.action()), messages.text(entry.action().messageKey()), entry.subject(),
                    names.subject(entry.subject()), entry.detail()));
        }
        return json;
    }

    private static NoteJson note(OnBehalfNote note) {
        return new NoteJson(note.givenBy(), note.givenOn().toString(), note.how());
    }

    /** {@code ON_BEHALF} → {@code on-behalf}: the codes the API uses for enums. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
