package app.alongside.perspective.view;

import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.ConsentPurpose;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SuppressedCount;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the private-data screens' parts in the reader's words: the declaration form, what is held, the consent
 * history, audit entries and totals. Perspectives appear only in {@link HeldView} and the form, which name nobody;
 * histories and audit entries name people but never a perspective.
 */
public final class PerspectiveViews {

    /** Field names, as core's validation problems name them and as forms and JSON submit them. */
    public static final String PERSPECTIVES = "perspectives";
    public static final String CONSENT = "consent";
    public static final String OWN_WORDS = "ownWords";
    public static final String SHOW_ON_PAGE = "showOnPage";
    public static final String CONSENT_GIVEN_BY = "consentGivenBy";
    public static final String CONSENT_GIVEN_ON = "consentGivenOn";
    public static final String CONSENT_HOW = "consentHow";
    /** A problem about the whole form (an expired session check, say) rather than one field. */
    public static final String FORM = "form";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);

    private final Messages messages;
    private final ZoneId zone;

    public PerspectiveViews(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The values a form starts with: the current declaration's, with the consent box left for the person to tick. */
    public static DeclarationForm startingValues(Optional<Declaration> current) {
        if (current.isEmpty()) {
            return DeclarationForm.own(List.of(), false, "", false);
        }
        Declaration d = current.get();
        List<String> codes = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            if (d.perspectives().contains(p)) {
                codes.add(p.code());
            }
        }
        return DeclarationForm.own(codes, false, d.ownWords().orElse(""), d.showOnPage());
    }

    /**
     * The form showing {@code values} (as typed, however long or odd) with a message by each field {@code problems}
     * names. For {@link Voice#ON_BEHALF} it also asks for the note of the person's consent.
     */
    public DeclarationFormView form(DeclarationForm values, List<Problem> problems, Voice voice) {
        List<DeclarationFormView.Choice> choices = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            boolean checked = values.perspectiveCodes().stream()
                    .anyMatch(code -> Perspective.fromCode(code).filter(p::equals).isPresent());
            choices.add(new DeclarationFormView.Choice(PERSPECTIVES, p.code(), "alongside-perspective-" + p.code(),
                    messages.text(p.messageKey()), checked));
        }
        DeclarationFormView.TextField ownWords = new DeclarationFormView.TextField(OWN_WORDS, "alongside-ownWords",
                text(voice.key("alongside.perspective.form.ownWords.label")),
                text("alongside.perspective.form.ownWords.help", Declaration.MAX_OWN_WORDS),
                values.ownWords(), error(problems, OWN_WORDS), true);
        DeclarationFormView.Choice showOnPage = new DeclarationFormView.Choice(SHOW_ON_PAGE, "true",
                "alongside-showOnPage", text(voice.key("alongside.perspective.form.showOnPage.label")),
                values.showOnPage());
        DeclarationFormView.Choice consent = new DeclarationFormView.Choice(CONSENT, "true", "alongside-consent",
                text(ConsentPurpose.TOTALS_ONLY.wordingKey()), values.consentGiven());
        List<DeclarationFormView.TextField> onBehalf = new ArrayList<>();
        if (voice == Voice.ON_BEHALF) {
            onBehalf.add(field(CONSENT_GIVEN_BY, values.consentGivenBy(), problems));
            onBehalf.add(field(CONSENT_GIVEN_ON, values.consentGivenOn(), problems));
            onBehalf.add(field(CONSENT_HOW, values.consentHow(), problems));
        }
        return new DeclarationFormView(summary(problems),
                text("alongside.perspective.form.perspectives.legend"),
                text(voice.key("alongside.perspective.form.perspectives.help")),
                error(problems, PERSPECTIVES), choices, ownWords, showOnPage,
                text(voice.key("alongside.perspective.form.showOnPage.help")),
                text(voice.key("alongside.perspective.form.consent.legend")), consent, error(problems, CONSENT),
                text("alongside.perspective.form.onBehalf.legend"), text("alongside.perspective.form.onBehalf.help"),
                onBehalf, text(voice.key("alongside.perspective.form.submit")));
    }

    /** What is held, for the person themself or for a facilitator acting with their consent. */
    public HeldView held(Declaration declaration, Voice voice) {
        List<String> names = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            if (declaration.perspectives().contains(p)) {
                names.add(messages.text(p.messageKey()));
            }
        }
        String recorded = declaration.consent().method() == ConsentMethod.SELF
                ? text(voice.key("alongside.perspective.held.recorded.self"))
                : text(voice.key("alongside.perspective.held.recorded.onBehalf"));
        return new HeldView(text(voice.key("alongside.perspective.held.heading")),
                text("alongside.perspective.held.perspectives"), names,
                text(voice.key("alongside.perspective.held.ownWords")), declaration.ownWords().orElse(""),
                text(voice.key(declaration.showOnPage()
                        ? "alongside.perspective.held.showOnPage.yes" : "alongside.perspective.held.showOnPage.no")),
                text("alongside.perspective.held.consent"),
                text(declaration.consent().purpose().wordingKey()),
                text("alongside.perspective.held.consentGiven", dateTime(declaration.consent().givenAt())),
                recorded, text("alongside.perspective.held.version", declaration.version()));
    }

    /** Said instead of {@link #held} when nothing is held. */
    public String nothingHeld(Voice voice) {
        return text(voice.key("alongside.perspective.held.none"));
    }

    /** The consent history, newest first. Says what happened and when; never which perspectives. */
    public List<HistoryRow> history(List<ConsentEvent> events, AuditNames names) {
        List<HistoryRow> rows = new ArrayList<>();
        for (ConsentEvent event : events) {
            String what = switch (event.kind()) {
                case GIVEN -> text("alongside.perspective.history.given", event.version());
                case UPDATED -> text("alongside.perspective.history.updated", event.version());
                case WITHDRAWN -> text("alongside.perspective.history.withdrawn");
            };
            String note = event.onBehalf().map(this::note).orElse("");
            rows.add(0, new HistoryRow(dateTime(event.at()), iso(event.at()), what, names.actor(event.by()), note));
        }
        return rows;
    }

    /** Audit entries as given (newest first), in words. */
    public List<AuditRow> audit(List<AuditEntry> entries, AuditNames names) {
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            rows.add(new AuditRow(entry.id(), dateTime(entry.at()), iso(entry.at()), names.actor(entry.actor()),
                    text(entry.action().messageKey()), names.subject(entry.subject()), entry.detail()));
        }
        return rows;
    }

    /** A total as it may be shown: "4 of 9 people…" or why it is not shown. */
    public String total(SuppressedCount count) {
        if (count instanceof SuppressedCount.Shown shown) {
            return text("alongside.totals.shown", shown.value(), shown.outOf());
        }
        SuppressedCount.NotShown notShown = (SuppressedCount.NotShown) count;
        return text("alongside.totals.notShownBecause", text(notShown.reason().messageKey(), notShown.threshold()));
    }

    public TotalRow totalRow(String place, SuppressedCount count) {
        return new TotalRow(place, total(count), count.isShown());
    }

    /** "14 October 2026, 10:32" in the screen's time zone. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public String iso(Instant instant) {
        return instant.toString();
    }

    private String note(OnBehalfNote note) {
        return text("alongside.perspective.history.note", note.givenBy(), longDate(note.givenOn()), note.how());
    }

    private static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    private DeclarationFormView.TextField field(String name, String value, List<Problem> problems) {
        return new DeclarationFormView.TextField(name, "alongside-" + name,
                text("alongside.perspective.form." + name + ".label"),
                text("alongside.perspective.form." + name + ".help"), value, error(problems, name),
                CONSENT_HOW.equals(name));
    }

    private String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        return problems.stream().filter(p -> FORM.equals(p.field())).findFirst()
                .map(this::say).orElseGet(() -> text("alongside.perspective.form.error.summary"));
    }

    /** Every problem about the field, in one message (most fields have one). */
    private String error(List<Problem> problems, String field) {
        List<String> said = problems.stream().filter(p -> field.equals(p.field())).map(this::say).toList();
        return said.isEmpty() ? null : String.join(" ", said);
    }

    private String say(Problem problem) {
        return messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
