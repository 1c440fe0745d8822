package app.alongside.perspective.view;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.Consent;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.ConsentPurpose;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SuppressedCount;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class PerspectiveViewsTest {

    /** Says the key, and its arguments in brackets, so tests can see which words were chosen. */
    private static final Messages KEYS = (key, args) -> args.length == 0 ? key
            : key + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("|", "[", "]"));

    private static final Instant AT = Instant.parse("2026-10-14T09:30:00Z");
    private static final SubjectKey ALEX = SubjectKey.user("key-alex");

    private final PerspectiveViews views = new PerspectiveViews(KEYS, ZoneId.of("Europe/London"));

    private final AuditNames names = new AuditNames() {
        @Override
        public String actor(String userKey) {
            return userKey.equals("key-alex") ? "you" : "name of " + userKey;
        }

        @Override
        public String subject(String subject) {
            return "whose " + subject;
        }
    };

    @Test
    public void formOffersEveryPerspectiveInOrderIncludingPreferNotToSay() {
        DeclarationFormView form = views.form(DeclarationForm.own(List.of(), false, "", false), List.of(), Voice.OWN);

        assertEquals(Arrays.stream(Perspective.values()).map(Perspective::code).toList(),
                form.perspectives().stream().map(DeclarationFormView.Choice::value).toList());
        assertEquals("alongside.perspective.prefer-not-to-say", form.perspectives().get(5).label());
        assertFalse(form.hasErrors());
        assertFalse(form.isOnBehalf());
    }

    @Test
    public void consentBoxIsLabelledWithThePurposeWordingAndStartsUnticked() {
        Declaration current = declaration(ConsentMethod.SELF, Optional.empty());

        DeclarationFormView form = views.form(PerspectiveViews.startingValues(Optional.of(current)), List.of(), Voice.OWN);

        assertEquals(ConsentPurpose.TOTALS_ONLY.wordingKey(), form.consent().label());
        assertFalse(form.consent().checked());
        assertTrue(form.perspectives().get(0).checked());
        assertTrue(form.perspectives().get(2).checked());
        assertFalse(form.perspectives().get(1).checked());
        assertEquals("Zoë’s words 😊", form.ownWords().value());
    }

    @Test
    public void showOnMyPageIsOffByDefault() {
        DeclarationFormView form = views.form(PerspectiveViews.startingValues(Optional.empty()), List.of(), Voice.OWN);

        assertFalse(form.showOnPage().checked());
    }

    @Test
    public void problemsAreSaidByTheirFieldsAndWhatWasTypedIsKept() {
        String tooLong = "x".repeat(600);
        DeclarationForm typed = DeclarationForm.own(List.of("nonsense"), false, tooLong, true);

        DeclarationFormView form = views.form(typed, List.of(
                Problem.of("perspectives", "alongside.perspective.error.unknown", "nonsense"),
                Problem.of("consent", "alongside.perspective.error.consent"),
                Problem.of("ownWords", "alongside.perspective.error.ownWords.tooLong", 500)), Voice.OWN);

        assertEquals("alongside.perspective.form.error.summary", form.errorSummary());
        assertEquals("alongside.perspective.error.unknown[nonsense]", form.perspectivesError());
        assertEquals("alongside.perspective.error.consent", form.consentError());
        assertEquals("alongside.perspective.error.ownWords.tooLong[500]", form.ownWords().error());
        assertEquals(tooLong, form.ownWords().value());
        assertTrue(form.showOnPage().checked());
        assertEquals("alongside-ownWords-help alongside-ownWords-error", form.ownWords().describedBy());
        assertEquals("alongside-perspectives-help alongside-perspectives-error", form.perspectivesDescribedBy());
    }

    @Test
    public void aProblemWithTheWholeFormIsTheSummary() {
        DeclarationFormView form = views.form(DeclarationForm.own(List.of(), true, "", false),
                List.of(Problem.of("form", "alongside.perspective.error.xsrf")), Voice.OWN);

        assertEquals("alongside.perspective.error.xsrf", form.errorSummary());
        assertNull(form.perspectivesError());
    }

    @Test
    public void onBehalfFormAsksWhoWhenAndHowAndKeepsWhatWasTyped() {
        DeclarationForm typed = new DeclarationForm(List.of("peer-worker"), true, "", false, "Rowan", "32/13/2026", "");

        DeclarationFormView form = views.form(typed, List.of(
                Problem.of("consentGivenOn", "alongside.perspective.error.givenOn", "32/13/2026"),
                Problem.of("consentHow", "alongside.perspective.error.how")), Voice.ON_BEHALF);

        assertTrue(form.isOnBehalf());
        assertEquals(List.of("consentGivenBy", "consentGivenOn", "consentHow"),
                form.onBehalfFields().stream().map(DeclarationFormView.TextField::name).toList());
        assertEquals("Rowan", form.onBehalfFields().get(0).value());
        assertEquals("32/13/2026", form.onBehalfFields().get(1).value());
        assertEquals("alongside.perspective.error.givenOn[32/13/2026]", form.onBehalfFields().get(1).error());
        assertEquals("alongside.perspective.error.how", form.onBehalfFields().get(2).error());
        assertEquals("alongside.perspective.form.submit.onBehalf", form.submitLabel());
    }

    @Test
    public void heldNamesThePerspectivesAndConsentButNobody() {
        Declaration onBehalf = declaration(ConsentMethod.ON_BEHALF,
                Optional.of(new OnBehalfNote("Alex", LocalDate.of(2026, 10, 1), "In person")));

        HeldView held = views.held(onBehalf, Voice.OWN);

        assertEquals(List.of("alongside.perspective.lived-experience", "alongside.perspective.peer-worker"),
                held.perspectives());
        assertEquals("alongside.consent.purpose.totals-only", held.consentWording());
        assertEquals("alongside.perspective.held.consentGiven[14 October 2026, 10:30]", held.consentGiven());
        assertEquals("alongside.perspective.held.recorded.onBehalf.own", held.recordedHow());
        assertEquals("alongside.perspective.held.showOnPage.no.own", held.showOnPageText());
        assertFalse(held.toString().contains("key-sam"));
    }

    @Test
    public void historyIsNewestFirstAndNeverSaysWhichPerspectives() {
        List<ConsentEvent> events = List.of(
                new ConsentEvent(ALEX, ConsentEvent.Kind.GIVEN, 1, AT, "key-alex", ConsentMethod.SELF, Optional.empty()),
                new ConsentEvent(ALEX, ConsentEvent.Kind.UPDATED, 2, AT.plusSeconds(60), "key-sam",
                        ConsentMethod.ON_BEHALF, Optional.of(new OnBehalfNote("Alex", LocalDate.of(2026, 10, 14), "By phone"))),
                new ConsentEvent(ALEX, ConsentEvent.Kind.WITHDRAWN, 2, AT.plusSeconds(120), "key-alex",
                        ConsentMethod.SELF, Optional.empty()));

        List<HistoryRow> rows = views.history(events, names);

        assertEquals(List.of("alongside.perspective.history.withdrawn", "alongside.perspective.history.updated[2]",
                "alongside.perspective.history.given[1]"), rows.stream().map(HistoryRow::what).toList());
        assertEquals("name of key-sam", rows.get(1).by());
        assertEquals("alongside.perspective.history.note[Alex|14 October 2026|By phone]", rows.get(1).note());
        assertFalse(rows.get(0).hasNote());
        assertEquals("2026-10-14T09:32:00Z", rows.get(0).whenIso());
    }

    @Test
    public void auditRowsSayWhoDidWhatToWhoseData() {
        List<AuditRow> rows = views.audit(List.of(new AuditEntry(7, AT, "key-sam", "user:key-alex", AuditAction.READ, "")),
                names);

        AuditRow row = rows.get(0);
        assertEquals(7, row.id());
        assertEquals("name of key-sam", row.who());
        assertEquals("alongside.audit.action.read", row.action());
        assertEquals("whose user:key-alex", row.about());
        assertFalse(row.hasDetail());
    }

    @Test
    public void totalsAreShownOrSayWhyNot() {
        assertEquals("alongside.totals.shown[4|9]", views.total(new SuppressedCount.Shown(4, 9)));
        assertEquals("alongside.totals.notShownBecause[alongside.totals.notshown.group-too-small[3]]",
                views.total(new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3)));
        assertEquals("too few counted and everyone counted read the same (ADR 7)",
                views.total(new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, 3)),
                views.total(new SuppressedCount.NotShown(SuppressedCount.Reason.WOULD_DESCRIBE_EVERYONE, 3)));
        assertFalse(views.totalRow("RC", new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3)).shown());
    }

    private static Declaration declaration(ConsentMethod method, Optional<OnBehalfNote> note) {
        return new Declaration(ALEX, Set.of(Perspective.PEER_WORKER, Perspective.LIVED_EXPERIENCE),
                Optional.of("Zoë’s words 😊"), false,
                new Consent(ConsentPurpose.TOTALS_ONLY, AT, method == ConsentMethod.SELF ? "key-alex" : "key-sam", method, note),
                1, AT, "key-alex");
    }
}
