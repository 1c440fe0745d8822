package app.alongside.confluence.perspective.rest;

import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.MyData;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.view.AuditNames;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.Money;
import app.alongside.reciprocity.Recognition;
import app.alongside.reciprocity.TimeGiven;
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

    /**
     * Everything held about the person: "My data" and the export. {@code ledger} came last (after the first release),
     * so readers of the earlier fields are unaffected.
     */
    record MyDataJson(String subject, DeclarationJson declaration, List<HistoryJson> consentHistory,
                      List<AuditJson> audit, List<LedgerEntryJson> ledger) {
    }

    /**
     * One of the person's reciprocity ledger entries, for any subject of theirs (their account, or a participant page
     * linked to it): what they gave and what came back, the benefits flag included because it is theirs. Amounts in
     * pence and as {@code 12.50}; days as ISO 8601. Who recorded it is left out, as on the person's own ledger screen.
     */
    record LedgerEntryJson(long id, String subject, String space, String date, String activity, int minutes,
                           Long meetingPageId, String type, String typeName, long amountPence, String amount,
                           String state, String stateName, String paidOn, boolean mayAffectBenefits,
                           String recordedAt) {
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

    /** {@code ledgerEntriesRetired}: ledger entries settled before the cut-off, deleted or kept without a name. */
    record RetentionJson(String cutoff, int privateRowsDeleted, int auditEntriesDeleted, int ledgerEntriesRetired) {
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

    static MyDataJson myData(MyData data, List<LedgerEntry> ledger, Messages messages, AuditNames names) {
        List<HistoryJson> history = new ArrayList<>();
        for (ConsentEvent event : data.consentHistory()) {
            history.add(new HistoryJson(code(event.kind()), event.version(), event.at().toString(),
                    names.actor(event.by()), code(event.method()), event.onBehalf().map(PrivacyJson::note).orElse(null)));
        }
        return new MyDataJson(data.subject().value(), declaration(data.declaration(), messages).orElse(null), history,
                audit(data.audit(), messages, names), ledger(ledger, messages));
    }

    static List<LedgerEntryJson> ledger(List<LedgerEntry> entries, Messages messages) {
        List<LedgerEntryJson> json = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            TimeGiven given = entry.given();
            Recognition recognition = entry.recognition();
            json.add(new LedgerEntryJson(entry.id(), given.subject().value(), given.spaceKey(), given.on().toString(),
                    given.activity(), given.minutes(),
                    given.meetingPageId().isPresent() ? given.meetingPageId().getAsLong() : null,
                    recognition.type().code(), messages.text(recognition.type().messageKey()),
                    recognition.amountPence(), Money.plain(recognition.amountPence()), recognition.state().code(),
                    messages.text(recognition.state().messageKey()),
                    recognition.paidOn().map(Object::toString).orElse(null), recognition.mayAffectBenefits(),
                    given.recordedAt().toString()));
        }
        return json;
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
