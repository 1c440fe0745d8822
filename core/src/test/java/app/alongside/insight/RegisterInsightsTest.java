package app.alongside.insight;

import app.alongside.charter.ChartersInSpaces;
import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.SpaceVisibility;
import app.alongside.insight.InsightsFigures.SignalTally;
import app.alongside.insight.InsightsFigures.StageInvolvement;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacementWorld;
import app.alongside.people.PersonRef;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.reciprocity.RecognitionMonth;
import app.alongside.reciprocity.RecognitionTimeliness;
import app.alongside.signal.SignalKind;
import app.alongside.signal.UnrecognisedSignals;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static app.alongside.ladder.PlacementWorld.decided;
import static app.alongside.ladder.PlacementWorld.decision;
import static app.alongside.ladder.PlacementWorld.page;
import static app.alongside.ladder.PlacementWorld.users;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RegisterInsightsTest {

    private static final LocalDate TODAY = PlacementWorld.TODAY;
    private static final InsightsQuery YEAR = new InsightsQuery(Set.of("RC"), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    private static final SpaceVisibility ALL_SPACES = keys -> keys;

    private final PlacementWorld world = new PlacementWorld();
    private final InMemoryInsightsIndex index = new InMemoryInsightsIndex(world.store);
    private final List<ChartersInSpaces.CharterOnPage> charterPages = new ArrayList<>();
    private Map<SignalKind, Integer> acknowledged = Map.of();
    private ReciprocityTotals ledger = new ReciprocityTotals.NotShown(3);
    private final CountingPages everyPage = new CountingPages(Set.of());
    private final Map<String, List<RecognitionMonth>> recognition = new HashMap<>();
    private final RecognitionTimeliness timeliness = (spaces, from, to, days, today) -> new RecognitionTimeliness
            .Timeliness(3, spaces.stream().flatMap(s -> recognition.getOrDefault(s, List.of()).stream()).toList());
    private final RegisterInsights insights = new RegisterInsights(index, world.index,
            (spaces, from, to) -> acknowledged, spaces -> charterPages,
            new CommitmentEvaluator(world.index, world.totals, new app.alongside.meeting.InMemoryMeetingIndex(),
                    timeliness), (spaces, from, to) -> ledger,
            new UnrecognisedSignals(spaces -> charterPages, timeliness));

    private void threeWithLivedExperience() {
        world.declare("a", "lived-experience");
        world.declare("b", "carer-or-family");
        world.declare("c", "peer-worker");
    }

    private InsightsFigures figures(InsightsQuery query) {
        return insights.figures(query, ALL_SPACES, everyPage, TODAY);
    }

    @Test
    public void decisionsAreCountedByTheMonthTheyWereDecidedAndTheirRungForEveryMonthOfThePeriod() {
        threeWithLivedExperience();
        Map<Stage, List<PersonRef>> codesign = Map.of(Stage.AGENDA, users("a", "b", "c", "x"),
                Stage.DECIDING, users("a", "b", "c", "x", "y"));
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), codesign),
                decided("d2", LocalDate.of(2026, 3, 20), Map.of()),
                decided("d3", LocalDate.of(2026, 7, 1), codesign),
                decided("d4", LocalDate.of(2025, 12, 31), codesign));

        InsightsFigures figures = figures(YEAR);

        assertEquals(3, figures.decisions());
        assertEquals(12, figures.byMonth().size());
        assertEquals(YearMonth.of(2026, 1), figures.byMonth().get(0).month());
        assertEquals(1, (int) figures.byMonth().get(2).byRung().get(LadderRung.CO_DESIGN));
        assertEquals(1, (int) figures.byMonth().get(2).byRung().get(LadderRung.INFORMING));
        assertEquals(1, figures.byMonth().get(6).inBand(LadderRung.Band.DOING_WITH));
        assertEquals(0, figures.byMonth().get(0).total());
    }

    @Test
    public void spacesTheViewerMayNotViewAreLeftOutOfEveryFigure() {
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));
        world.save(page(2, "BOARD"), decided("d2", LocalDate.of(2026, 3, 2), Map.of()));
        InsightsQuery both = new InsightsQuery(Set.of("RC", "BOARD"), YEAR.from(), YEAR.to());

        InsightsFigures figures = insights.figures(both, keys -> Set.of("RC"), everyPage, TODAY);

        assertEquals(List.of("BOARD"), figures.spacesLeftOut());
        assertEquals(1, figures.decisions());
    }

    @Test
    public void noViewableSpaceGivesEmptyFiguresNotAnError() {
        InsightsFigures figures = insights.figures(YEAR, keys -> Set.of(), everyPage, TODAY);

        assertEquals(List.of("RC"), figures.spacesLeftOut());
        assertEquals(0, figures.decisions());
        assertEquals(12, figures.byMonth().size());
    }

    @Test
    public void pagesTheViewerMayNotSeeAreLeftOutAndVisibilityIsAskedOnceForEveryPage() {
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));
        world.save(page(2, "RC"), decision("d2", DecisionStatus.DECIDED, Optional.of(LocalDate.of(2026, 3, 2)),
                Optional.empty(), Map.of(), List.of(said(LocalDate.of(2026, 3, 1)))));
        CountingPages onlyFirst = new CountingPages(Set.of(2L));

        InsightsFigures figures = insights.figures(YEAR, ALL_SPACES, onlyFirst, TODAY);

        assertEquals(1, figures.decisions());
        assertEquals(0, figures.openLoops().total());
        assertEquals("one question for every page the aggregates name (too few decisions for the same-people check)",
                1, onlyFirst.calls);
    }

    @Test
    public void trashedPagesAreLeftOut() {
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));
        world.placements.setTrashed(1, true);

        assertEquals(0, figures(YEAR).decisions());
    }

    @Test
    public void partlyKnownCountsDecisionsThatCouldBeHigherIfHiddenTotalsWereShown() {
        world.declare("a", "lived-experience");
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of(Stage.AGENDA, users("a", "x", "y"),
                Stage.DECIDING, users("a", "x", "y"))), decided("d2", LocalDate.of(2026, 3, 2), Map.of()));

        assertEquals(1, figures(YEAR).partlyKnown());
    }

    @Test
    public void involvementByStageCountsWhatEachCardShowed() {
        threeWithLivedExperience();
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of(
                Stage.AGENDA, users("a", "b", "c", "x"), Stage.OPTIONS, users("x", "y", "z"),
                Stage.DECIDING, users("a", "x"))));

        List<StageInvolvement> byStage = figures(YEAR).byStage();

        assertEquals(new StageInvolvement(Stage.AGENDA, 1, 0, 0, 0), byStage.get(0));
        assertEquals(new StageInvolvement(Stage.OPTIONS, 0, 1, 0, 0), byStage.get(1));
        assertEquals(new StageInvolvement(Stage.DECIDING, 0, 0, 1, 0), byStage.get(2));
        assertEquals(new StageInvolvement(Stage.REVIEWING, 0, 0, 0, 1), byStage.get(4));
    }

    @Test
    public void openLoopsAreCountedByAgeWithTheOldest() {
        world.save(page(1, "RC"), decision("d1", DecisionStatus.DECIDED, Optional.of(LocalDate.of(2026, 3, 2)),
                Optional.empty(), Map.of(), List.of(said(TODAY.minusDays(3)), said(TODAY.minusDays(30)),
                        said(TODAY.minusDays(31)), said(TODAY.minusDays(90)), said(TODAY.minusDays(91)),
                        said(TODAY.minusDays(200)), answered(TODAY.minusDays(300)))));

        InsightsFigures.OpenLoops loops = figures(YEAR).openLoops();

        assertEquals(new InsightsFigures.OpenLoops(2, 2, 1, 1, Optional.of(200)), loops);
    }

    @Test
    public void signalsAreTalliedWithTheirAcknowledgementsAndTheUnansweredYouSaidCountsOnTheDay() {
        world.save(page(1, "RC"),
                decision("d1", DecisionStatus.DECIDED, Optional.of(LocalDate.of(2026, 3, 2)),
                        Optional.of(LadderRung.CO_PRODUCTION), Map.of(Stage.DECIDING, users("x", "y", "z")),
                        List.of(said(TODAY.minusDays(31)))),
                decision("d2", DecisionStatus.DECIDED, Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty(),
                        Map.of(Stage.DECIDING, users("x", "y", "z")), List.of(said(TODAY.minusDays(30)))));
        acknowledged = Map.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, 1, SignalKind.JOINED_LATE, 4,
                SignalKind.CLAIMED_ABOVE_EVIDENCE, 9);

        List<SignalTally> tallies = figures(YEAR).signals();

        assertEquals(List.of(new SignalTally(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, 2, 1),
                new SignalTally(SignalKind.YOU_SAID_UNANSWERED, 1, 0),
                new SignalTally(SignalKind.CLAIMED_ABOVE_EVIDENCE, 1, 1)), tallies);
    }

    @Test
    public void theSamePeopleDecidingEverythingIsASpaceSignal() {
        for (int n = 0; n < 4; n++) {
            world.save(page(10 + n, "RC"), decided("d" + n, LocalDate.of(2026, 3, 2 + n),
                    Map.of(Stage.DECIDING, users("x", "y"))));
        }

        assertTrue(figures(YEAR).signals().contains(new SignalTally(SignalKind.SAME_PEOPLE, 1, 0)));
    }

    @Test
    public void eachSpaceWhoseCharterPromiseOfRecognitionWasBrokenIsOneUnrecognisedSignal() {
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
                List.of("RC", "NA", "OK"), List.of(new Commitment.RecognisedWithin(30)), "");
        charterPages.add(new ChartersInSpaces.CharterOnPage(50, "Our charter", charter));
        recognition.put("RC", List.of(new RecognitionMonth(YearMonth.of(2026, 2), 1, 1, 0, 0, 0),
                new RecognitionMonth(YearMonth.of(2026, 3), 0, 0, 7, 0, 0)));
        recognition.put("NA", List.of(new RecognitionMonth(YearMonth.of(2026, 4), 0, 0, 1, 0, 0)));
        recognition.put("OK", List.of(new RecognitionMonth(YearMonth.of(2026, 4), 6, 0, 0, 2, 0)));
        acknowledged = Map.of(SignalKind.UNRECOGNISED, 1);
        InsightsQuery three = new InsightsQuery(Set.of("RC", "NA", "OK"), YEAR.from(), YEAR.to());

        List<SignalTally> tallies = insights.figures(three, ALL_SPACES, everyPage, TODAY).signals();

        assertEquals(List.of(new SignalTally(SignalKind.UNRECOGNISED, 2, 1)), tallies);
    }

    @Test
    public void aPromiseOnACharterPageTheViewerMayNotSeeRaisesNoUnrecognisedSignal() {
        charterPages.add(new ChartersInSpaces.CharterOnPage(51, "Hidden charter", new Charter("The group",
                Optional.empty(), Optional.empty(), Optional.empty(), CharterStatus.AGREED,
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), List.of("RC"),
                List.of(new Commitment.RecognisedWithin(30)), "")));
        recognition.put("RC", List.of(new RecognitionMonth(YearMonth.of(2026, 3), 0, 0, 7, 0, 0)));

        assertEquals(List.of(), insights.figures(YEAR, ALL_SPACES, new CountingPages(Set.of(51L)), TODAY).signals());
    }

    @Test
    public void chartersOnPagesTheViewerMaySeeAreEvaluated() {
        Charter charter = new Charter("The group", Optional.empty(), Optional.empty(), Optional.empty(),
                CharterStatus.AGREED, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), List.of("RC"),
                List.of(new Commitment.LivedExperienceInEveryDecision(2)), "");
        charterPages.add(new ChartersInSpaces.CharterOnPage(50, "Our charter", charter));
        charterPages.add(new ChartersInSpaces.CharterOnPage(51, "Hidden charter", charter));
        world.save(page(1, "RC"), decided("d1", LocalDate.of(2026, 3, 2), Map.of()));

        List<InsightsFigures.CharterCommitments> charters = insights.figures(YEAR, ALL_SPACES,
                new CountingPages(Set.of(51L)), TODAY).charters();

        assertEquals(1, charters.size());
        assertEquals("Our charter", charters.get(0).title());
        assertEquals(1, charters.get(0).evaluations().size());
    }

    @Test
    public void reciprocityComesFromTheLedgerAsItMayBeShown() {
        ledger = new ReciprocityTotals.Shown(4, 9, 600, 12_000, 3_000, 1, OptionalInt.of(12));

        assertEquals(ledger, figures(YEAR).reciprocity());
    }

    @Test
    public void theAggregatesCostFourStatementsHoweverManyDecisions() {
        for (int p = 1; p <= 20; p++) {
            List<Decision> many = new ArrayList<>();
            for (int n = 0; n < 25; n++) {
                many.add(decided("d" + n, LocalDate.of(2026, 1 + n % 12, 1), Map.of()));
            }
            world.save(page(p, "RC"), many.toArray(new Decision[0]));
        }
        int before = index.statements();

        assertEquals(500, figures(YEAR).decisions());
        assertEquals(4, index.statements() - before);
    }

    private static Contribution said(LocalDate on) {
        return new Contribution("Meet in the evenings", Optional.empty(), Optional.of(on), Response.PENDING, "",
                Optional.empty());
    }

    private static Contribution answered(LocalDate on) {
        return new Contribution("Meet in the evenings", Optional.empty(), Optional.of(on), Response.ADOPTED, "",
                Optional.empty());
    }

    /** Every page but the hidden ones, counting the questions. */
    static final class CountingPages implements PageVisibility {
        private final Set<Long> hidden;
        int calls;

        CountingPages(Set<Long> hidden) {
            this.hidden = hidden;
        }

        @Override
        public Set<Long> visible(Set<Long> pageIds) {
            calls++;
            Set<Long> visible = new HashSet<>(pageIds);
            visible.removeAll(hidden);
            return visible;
        }
    }
}
