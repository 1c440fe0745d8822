package app.alongside.confluence.fidelity;

import app.alongside.confluence.decision.macro.RegisterFormView;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.decision.view.DecisionCardView;
import app.alongside.decision.view.DecisionViews;
import app.alongside.decision.view.People;
import app.alongside.decision.view.PersonView;
import app.alongside.decision.view.RegisterLinks;
import app.alongside.decision.view.RegisterView;
import app.alongside.decision.view.RegisterViews;
import app.alongside.decision.view.StandaloneBlockView;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decision views with one hostile text in every field a person can type or Confluence can hand over, and in every
 * word the bundle could say: for rendering the decision templates under Confluence's rules. Links are built as
 * the app builds them (URL-encoded after a fixed path).
 */
final class HostileDecisions {

    private HostileDecisions() {
    }

    static DecisionCardView card(String text) {
        Decision decision = new Decision("d", text, DecisionStatus.DECIDED, Optional.of(text),
                Optional.of(LocalDate.of(2026, 10, 14)), Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LadderRung.CO_DESIGN), "<p>x</p>", text,
                Map.of(Stage.AGENDA, List.of(new PersonRef.Named(text), new PersonRef.Page("RC", text)),
                        Stage.DECIDING, List.of(new PersonRef.User(text))),
                List.of(contribution(text, Response.NOT_ADOPTED),
                        new Contribution(text, Optional.empty(), Optional.empty(), Response.PENDING, "", Optional.empty())));
        DecisionViews views = new DecisionViews(words(text));
        return views.card(new ParsedDecision(decision,
                List.of(Problem.of("title", "k", text))), text, people(text), LocalDate.of(2026, 11, 29))
                .withPlacement(placement(views, text));
    }

    /**
     * Every part of a placement at once: could be, no evidence, the claim above it, unknowns, contradictions, one
     * signal acknowledged (by a hostile name, with a hostile note) and one with details waiting, and the form.
     */
    static app.alongside.decision.view.PlacementView placement(DecisionViews views, String text) {
        app.alongside.evidence.Reason reason = app.alongside.evidence.Reason.of("k", text);
        app.alongside.ladder.LadderPlacement placement = new app.alongside.ladder.LadderPlacement(
                LadderRung.ENGAGEMENT, app.alongside.ladder.ArnsteinRung.PLACATION,
                Optional.of(LadderRung.CO_PRODUCTION), true, List.of(reason), List.of(reason), List.of(reason),
                Optional.of(LadderRung.CO_PRODUCTION));
        List<app.alongside.signal.Signal> signals = List.of(
                app.alongside.signal.Signal.of(app.alongside.signal.SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, reason),
                new app.alongside.signal.Signal(app.alongside.signal.SignalKind.YOU_SAID_UNANSWERED, reason,
                        List.of(reason), List.of()));
        app.alongside.signal.Acknowledgement ack = new app.alongside.signal.Acknowledgement(
                app.alongside.signal.SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE,
                app.alongside.signal.SignalSubject.decision(9, "d"), "RC", text, "u-x",
                java.time.Instant.parse("2026-11-02T10:00:00Z"), Optional.empty());
        return views.placement(placement, signals, Map.of(ack.kind(), ack), key -> text, java.time.ZoneOffset.UTC,
                new app.alongside.decision.view.PlacementView.Post("/confluence/plugins/servlet/alongside/signals/acknowledge",
                        text, text, 9, text));
    }

    static StandaloneBlockView stageBlock(String text) {
        DecisionViews views = new DecisionViews(words(text));
        return views.standaloneStage(views.stage(Stage.OPTIONS, List.of(new PersonRef.Page("RC", text),
                new PersonRef.Named(text)), people(text)), List.of(Problem.of("stage", "k", text)));
    }

    static StandaloneBlockView youSaidBlock(String text) {
        DecisionViews views = new DecisionViews(words(text));
        return views.standaloneContribution(views.contribution(1, contribution(text, Response.ADAPTED),
                people(text)), List.of(Problem.of("by", "k", text)));
    }

    static RegisterView register(String text) {
        IndexedDecision row = new IndexedDecision(3, new IndexedPage(9, "RC", text, IndexedPage.ContentType.PAGE,
                List.of(text)), new Decision("d", text, DecisionStatus.REVERSED, Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2026, 4, 1)), Optional.empty(), "",
                text, Map.of(Stage.REVIEWING, List.of(new PersonRef.Named(text))),
                List.of(contribution(text, Response.ADOPTED))), true);
        RegisterQuery query = RegisterQuery.allIn(Set.of("RC"));
        IndexedDecision unplaced = new IndexedDecision(4, row.page(), row.decision(), true);
        return new RegisterViews(words(text)).of(new RegisterPage(List.of(row, unplaced),
                Optional.of(row.cursor(RegisterSort.DECIDED_NEWEST)), Map.of(DecisionStatus.REVERSED, 2)),
                query.withAfter(row.cursor(RegisterSort.DECIDED_NEWEST)), List.of(text), links(text),
                true, LocalDate.of(2026, 11, 29), Map.of(3L, new app.alongside.ladder.StoredPlacement(3,
                        LadderRung.CONSULTATION, Optional.of(LadderRung.CO_DESIGN),
                        Set.of(app.alongside.signal.SignalKind.JOINED_LATE), Optional.of(LocalDate.of(2026, 1, 1)))),
                key -> app.alongside.ladder.LadderRules.DEFAULTS);
    }

    static RegisterView emptyRegister(String text) {
        return new RegisterViews(words(text)).of(new RegisterPage(List.of(), Optional.empty(), Map.of()),
                new RegisterQuery(Set.of("RC"), Set.of(text), Set.of(), Optional.empty(), Optional.empty(), false,
                        Optional.empty(), Optional.of(text), RegisterSort.TITLE, 25, Optional.empty()),
                List.of(text, text), links(text), true, LocalDate.of(2026, 11, 29));
    }

    static RegisterFormView form(String text) {
        RegisterFormView.Field field = new RegisterFormView.Field(text, text, "text", text, text, text);
        RegisterFormView.Select select = new RegisterFormView.Select(text, text, text,
                List.of(new RegisterFormView.Option(text, text, true), new RegisterFormView.Option("", text, false)));
        return new RegisterFormView("/display/RC/Notes#alongside-register", List.of(new RegisterFormView.Hidden(text, text)),
                text, field, select, field, field, field, select, select,
                new RegisterFormView.Checkbox(text, text, text, true), select, text, text, "/display/RC/Notes?" + encode(text));
    }

    private static Contribution contribution(String text, Response response) {
        return new Contribution(text, Optional.of(new PersonRef.Page("RC", text)), Optional.of(LocalDate.of(2026, 10, 1)),
                response, text, Optional.of(LocalDate.of(2026, 10, 2)));
    }

    /** Every word the bundle could say is the hostile text. */
    private static Messages words(String text) {
        return (key, arguments) -> text;
    }

    private static People people(String text) {
        return person -> person instanceof PersonRef.Page page
                ? new PersonView(text, "/display/RC/" + encode(page.title())) : PersonView.named(text);
    }

    private static RegisterLinks links(String text) {
        return new RegisterLinks() {
            public String decision(IndexedDecision decision) {
                return "/pages/viewpage.action?pageId=9#alongside-decision-x";
            }

            public String page(IndexedPage page) {
                return "/pages/viewpage.action?pageId=9";
            }

            public String sort(RegisterSort sort) {
                return "/display/RC/Notes?alongside-register-search=" + encode(text);
            }

            public String next(RegisterCursor cursor) {
                return "/display/RC/Notes?alongside-register-after=" + cursor.encode();
            }

            public String first() {
                return "/display/RC/Notes?alongside-register-search=" + encode(text);
            }

            public String reset() {
                return "/display/RC/Notes";
            }
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
