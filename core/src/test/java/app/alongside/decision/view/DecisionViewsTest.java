package app.alongside.decision.view;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DecisionViewsTest {

    /** Words are the key and its arguments, so tests can see which words were chosen. */
    private static final Messages KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final People PEOPLE = person -> {
        if (person instanceof PersonRef.User user) {
            return PersonView.named("User " + user.userKey());
        }
        if (person instanceof PersonRef.Page page) {
            return new PersonView(page.title(), "/display/" + page.spaceKey() + "/" + page.title());
        }
        return PersonView.named(((PersonRef.Named) person).name());
    };

    private final DecisionViews views = new DecisionViews(KEYS);

    @Test
    public void cardShowsTitleStatusDatesAndClaimedLevelInWords() {
        DecisionCardView card = views.card(parsed(decision("Move to the library", DecisionStatus.DECIDED,
                LocalDate.of(2026, 10, 14), LocalDate.of(2027, 4, 14), List.of())), "", PEOPLE, TODAY);

        assertEquals("Move to the library", card.title());
        assertEquals("alongside-decision-move-to-the-library", card.anchorId());
        assertFalse(card.hasIdAnchor());
        assertEquals("decided", card.statusValue());
        assertEquals("alongside.status.decided.name", card.statusName());
        assertEquals(List.of("14 October 2026", "14 April 2027", "alongside.decision.claimed.value[alongside.ladder.co-design.name, 6]"),
                card.facts().stream().map(DecisionCardView.Fact::value).toList());
        assertEquals("2026-10-14", card.facts().get(0).datetime());
        assertFalse("review is not due yet", card.facts().get(1).hasNote());
    }

    @Test
    public void reviewDateThatHasComeIsMarkedDueInWords() {
        DecisionCardView card = views.card(parsed(decision("Review me", DecisionStatus.DECIDED,
                LocalDate.of(2026, 1, 1), TODAY, List.of())), "", PEOPLE, TODAY);

        assertEquals("alongside.decision.review.due", card.facts().get(1).note());
    }

    @Test
    public void madeDecisionWithoutADateSaysSoAndUnmadeOneDoesNotMentionIt() {
        DecisionCardView made = views.card(parsed(decision("A", DecisionStatus.IN_DELIVERY, null, null, List.of())),
                "", PEOPLE, TODAY);
        DecisionCardView proposed = views.card(parsed(decision("B", DecisionStatus.PROPOSED, null, null, List.of())),
                "", PEOPLE, TODAY);

        assertEquals("alongside.decision.notRecorded", made.facts().get(0).value());
        assertEquals(List.of("alongside.decision.claimed.label"),
                proposed.facts().stream().map(DecisionCardView.Fact::label).toList());
    }

    @Test
    public void missingTitleStillGivesACardWithAnAnchor() {
        DecisionCardView card = views.card(new ParsedDecision(decision("", DecisionStatus.PROPOSED, null, null,
                List.of()), List.of(Problem.of("title", "alongside.decision.problem.title.missing"))), "", PEOPLE, TODAY);

        assertEquals("alongside.decision.untitled", card.title());
        assertTrue(card.untitled());
        assertEquals("alongside-decision-untitled", card.anchorId());
        assertEquals(List.of("alongside.decision.problem.format[alongside.decision.field.title, alongside.decision.problem.title.missing]"),
                card.problems());
    }

    @Test
    public void ownIdGivesASecondAnchor() {
        DecisionCardView card = views.card(parsed(decision("Library", DecisionStatus.DECIDED, null, null, List.of())),
                "d-library", PEOPLE, TODAY);

        assertEquals("alongside-decision-id-d-library", card.idAnchorId());
        assertTrue(card.hasIdAnchor());
    }

    @Test
    public void everyStageIsListedInOrderWithItsPeopleAsNamedByTheAdapter() {
        Decision decision = new Decision("d", "T", DecisionStatus.DECIDED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", "", Map.of(
                Stage.DECIDING, List.of(new PersonRef.User("u1"), new PersonRef.Named("Sam")),
                Stage.AGENDA, List.of(new PersonRef.Page("RC", "Priya Shah"))), List.of());

        DecisionCardView card = views.card(parsed(decision), "", PEOPLE, TODAY);

        assertEquals(List.of("agenda", "options", "deciding", "delivering", "reviewing"),
                card.stages().stream().map(DecisionCardView.StageView::value).toList());
        assertEquals(List.of(new PersonView("Priya Shah", "/display/RC/Priya Shah")), card.stages().get(0).people());
        assertFalse(card.stages().get(1).hasPeople());
        assertEquals(List.of("User u1", "Sam"), card.stages().get(2).people().stream().map(PersonView::name).toList());
    }

    @Test
    public void contributionsSayWhoOrAnonymousTheResponseAndTheReason() {
        Contribution named = new Contribution("Stairs at the front", Optional.of(new PersonRef.User("u2")),
                Optional.of(LocalDate.of(2026, 10, 1)), Response.ADAPTED, "Ground-floor room",
                Optional.of(LocalDate.of(2026, 10, 14)));
        Contribution anonymous = new Contribution("Hot drinks?", Optional.empty(), Optional.empty(),
                Response.NOT_ADOPTED, "No kitchen", Optional.empty());
        Contribution pending = new Contribution("Later start", Optional.empty(), Optional.empty(), Response.PENDING, "",
                Optional.empty());

        DecisionCardView card = views.card(parsed(decision("T", DecisionStatus.DECIDED, null, null,
                List.of(named, anonymous, pending))), "", PEOPLE, TODAY);

        DecisionCardView.ContributionView first = card.contributions().get(0);
        assertEquals("User u2", first.by().name());
        assertEquals("1 October 2026", first.saidOn());
        assertEquals("alongside.response.adapted.name", first.responseName());
        assertEquals("alongside.decision.answer.label.did", first.answerLabel());
        assertEquals("14 October 2026", first.answeredOn());
        DecisionCardView.ContributionView second = card.contributions().get(1);
        assertTrue(second.anonymous());
        assertEquals("alongside.decision.anonymous", second.by().name());
        assertEquals("alongside.decision.answer.label.because", second.answerLabel());
        assertFalse(card.contributions().get(2).answered());
        assertEquals("open", card.loopValue());
        assertEquals("alongside.decision.loop.open[1, 3]", card.loopSummary());
    }

    @Test
    public void loopIsClosedWhenEveryContributionHasAnAnswerAndAbsentWithoutContributions() {
        Contribution answered = new Contribution("x", Optional.empty(), Optional.empty(), Response.ADOPTED, "",
                Optional.empty());

        assertEquals("alongside.decision.loop.closed", views.card(parsed(decision("T", DecisionStatus.DECIDED, null,
                null, List.of(answered))), "", PEOPLE, TODAY).loopSummary());
        DecisionCardView none = views.card(parsed(decision("T", DecisionStatus.DECIDED, null, null, List.of())), "",
                PEOPLE, TODAY);
        assertEquals("no-contributions", none.loopValue());
        assertEquals("alongside.decision.loop.none", none.loopSummary());
    }

    @Test
    public void problemsAreLocalisedWithTheirArgumentsAndField() {
        List<String> sentences = views.problems(List.of(
                Problem.of("decidedOn", "alongside.decision.problem.date.invalid", "32/13/2026")));

        assertEquals(List.of("alongside.decision.problem.format[alongside.decision.field.decidedOn, "
                + "alongside.decision.problem.date.invalid[32/13/2026]]"), sentences);
    }

    @Test
    public void standaloneBlocksCarryANoteThatTheyBelongInADecision() {
        StandaloneBlockView stage = views.standaloneStage(views.stage(Stage.OPTIONS, List.of(), PEOPLE), List.of());
        StandaloneBlockView said = views.standaloneContribution(views.contribution(1, new Contribution("x",
                Optional.empty(), Optional.empty(), Response.PENDING, "", Optional.empty()), PEOPLE), List.of());

        assertTrue(stage.isStage());
        assertEquals("alongside.decision.standalone.stage.note", stage.note());
        assertFalse(said.isStage());
        assertEquals("alongside.decision.standalone.youSaid.note", said.note());
    }

    private static ParsedDecision parsed(Decision decision) {
        return new ParsedDecision(decision, List.of());
    }

    private static Decision decision(String title, DecisionStatus status, LocalDate decidedOn, LocalDate reviewOn,
                                     List<Contribution> contributions) {
        return new Decision("d", title, status, Optional.empty(), Optional.ofNullable(decidedOn),
                Optional.ofNullable(reviewOn), Optional.of(LadderRung.CO_DESIGN), "<p>x</p>", "x", Map.of(),
                contributions);
    }
}
