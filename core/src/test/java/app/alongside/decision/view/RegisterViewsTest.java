package app.alongside.decision.view;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.IndexedPage.ContentType;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class RegisterViewsTest {

    private static final Messages KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final RegisterLinks LINKS = new RegisterLinks() {
        public String decision(IndexedDecision d) {
            return "/page/" + d.page().pageId() + "#" + DecisionAnchors.forTitle(d.decision().title());
        }

        public String page(IndexedPage p) {
            return "/page/" + p.pageId();
        }

        public String sort(RegisterSort sort) {
            return "?sort=" + sort.parameterValue();
        }

        public String next(RegisterCursor cursor) {
            return "?after=" + cursor.encode();
        }

        public String first() {
            return "?first";
        }

        public String reset() {
            return "?reset";
        }
    };

    private final RegisterViews views = new RegisterViews(KEYS);
    private final RegisterQuery all = RegisterQuery.allIn(Set.of("RC"));

    @Test
    public void emptySpaceInvitesPeopleToRecordADecision() {
        RegisterView view = views.of(new RegisterPage(List.of(), Optional.empty(), Map.of()), all, List.of("Recovery"),
                LINKS, true, TODAY);

        assertEquals("empty", view.emptyKind());
        assertEquals("alongside.register.empty.one", view.emptyMessage());
        assertFalse(view.hasEmptyAction());
        assertFalse(view.hasCounts());
        assertFalse(view.hasPaging());
    }

    @Test
    public void filtersThatMatchNothingSayJustThatAndOfferAWayBack() {
        RegisterQuery decided = new RegisterQuery(Set.of("RC"), Set.of(), Set.of(DecisionStatus.DECIDED),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                RegisterSort.DECIDED_NEWEST, 25, Optional.empty());

        RegisterView view = views.of(new RegisterPage(List.of(), Optional.empty(), Map.of()), decided,
                List.of("Recovery", "Peer"), LINKS, true, TODAY);

        assertEquals("filtered", view.emptyKind());
        assertEquals("alongside.register.empty.filtered", view.emptyMessage());
        assertEquals("?reset", view.emptyActionLink());
        assertEquals("alongside.register.caption.many[2, Recovery, Peer]", view.caption());
    }

    @Test
    public void pageSettingsThatMatchNothingYetAreNotCalledTheReadersFilters() {
        RegisterQuery dueOnly = new RegisterQuery(Set.of("RC"), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), Optional.empty(), RegisterSort.DECIDED_NEWEST, 25,
                Optional.empty());

        RegisterView view = views.of(new RegisterPage(List.of(), Optional.empty(), Map.of()), dueOnly,
                List.of("Recovery"), LINKS, false, TODAY);

        assertEquals("none-listed", view.emptyKind());
        assertEquals("alongside.register.empty.noneListed", view.emptyMessage());
        assertFalse(view.hasEmptyAction());
    }

    @Test
    public void rowsLinkToTheCardAndThePageAndSayWhatIsDue() {
        IndexedDecision row = row(7, 42, "Move to the library", DecisionStatus.DECIDED, LocalDate.of(2026, 10, 14),
                LocalDate.of(2026, 11, 1));

        RegisterView view = views.of(new RegisterPage(List.of(row), Optional.empty(),
                Map.of(DecisionStatus.DECIDED, 1)), all, List.of("Recovery"), LINKS, true, TODAY);

        RegisterView.Row shown = view.rows().get(0);
        assertEquals("/page/42#alongside-decision-move-to-the-library", shown.link());
        assertEquals("Meeting 42", shown.pageTitle());
        assertEquals("/page/42", shown.pageLink());
        assertEquals("14 October 2026", shown.decidedOn());
        assertEquals("2026-11-01", shown.reviewOnIso());
        assertTrue(shown.reviewDue());
        assertEquals(List.of(2, 0, 1, 0, 0), shown.shaped().stream().map(RegisterView.StageCount::count).toList());
        assertEquals("alongside.register.shaped.total[2]", shown.shapedTotal());
        assertEquals(LoopState.OPEN.parameterValue(), shown.loopValue());
        assertEquals("", view.emptyKind());
    }

    @Test
    public void countsListOnlyStatusesWithDecisionsAndTheTotal() {
        RegisterView view = views.of(new RegisterPage(List.of(row(1, 1, "A", DecisionStatus.PROPOSED, null, null)),
                Optional.empty(), Map.of(DecisionStatus.PROPOSED, 3, DecisionStatus.REVERSED, 1)), all,
                List.of("Recovery"), LINKS, true, TODAY);

        assertEquals(List.of("proposed", "reversed"), view.counts().stream().map(RegisterView.StatusCount::value).toList());
        assertEquals("alongside.register.total[4]", view.total());
        assertEquals("alongside.register.shown[1, 4]", view.shown());
    }

    @Test
    public void theSortedColumnSaysWhichWayAndTheOthersOfferToSort() {
        RegisterView newest = views.of(empty(), all, List.of("R"), LINKS, true, TODAY);
        RegisterView byTitle = views.of(empty(), new RegisterQuery(Set.of("RC"), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), RegisterSort.TITLE, 25, Optional.empty()),
                List.of("R"), LINKS, true, TODAY);

        RegisterView.Column decided = newest.columns().get(3);
        assertEquals("descending", decided.ariaSort());
        assertEquals("?sort=decided-oldest", decided.sortLink());
        assertEquals("", newest.columns().get(0).ariaSort());
        assertEquals("?sort=title", newest.columns().get(0).sortLink());
        assertFalse(newest.columns().get(1).isSortable());
        assertEquals("ascending", byTitle.columns().get(0).ariaSort());
        assertFalse("sorting again by the same column does nothing", byTitle.columns().get(0).isSortable());
        assertEquals("?sort=decided-newest", byTitle.columns().get(3).sortLink());
    }

    @Test
    public void pagingOffersNextWhileThereIsMoreAndFirstAfterTheFirstPage() {
        IndexedDecision row = row(5, 5, "A", DecisionStatus.DECIDED, null, null);
        RegisterCursor cursor = row.cursor(RegisterSort.DECIDED_NEWEST);

        RegisterView first = views.of(new RegisterPage(List.of(row), Optional.of(cursor), Map.of(DecisionStatus.DECIDED, 9)),
                all, List.of("R"), LINKS, true, TODAY);
        RegisterView later = views.of(new RegisterPage(List.of(row), Optional.empty(), Map.of(DecisionStatus.DECIDED, 9)),
                all.withAfter(cursor), List.of("R"), LINKS, true, TODAY);

        assertEquals("?after=" + cursor.encode(), first.nextLink());
        assertFalse(first.hasFirst());
        assertFalse(later.hasNext());
        assertEquals("?first", later.firstLink());
    }

    @Test
    public void pastTheEndSaysThereIsNothingMoreAndLinksToTheFirstPage() {
        IndexedDecision row = row(5, 5, "A", DecisionStatus.DECIDED, null, null);

        RegisterView view = views.of(new RegisterPage(List.of(), Optional.empty(), Map.of(DecisionStatus.DECIDED, 3)),
                all.withAfter(row.cursor(RegisterSort.DECIDED_NEWEST)), List.of("R"), LINKS, true, TODAY);

        assertEquals("end", view.emptyKind());
        assertEquals("?first", view.emptyActionLink());
    }

    private static RegisterPage empty() {
        return new RegisterPage(List.of(), Optional.empty(), Map.of());
    }

    @Test
    public void rowsShowTheStoredRungBandAndSignalsOrThatTheyAreNotPlacedYet() {
        IndexedDecision placed = row(7, 42, "Placed", DecisionStatus.DECIDED, LocalDate.of(2026, 10, 14), null);
        IndexedDecision waiting = row(8, 43, "Waiting", DecisionStatus.DECIDED, LocalDate.of(2026, 10, 14), null);
        app.alongside.ladder.InMemoryPlacementIndex index = new app.alongside.ladder.InMemoryPlacementIndex()
                .put(new app.alongside.ladder.StoredPlacement(7, app.alongside.ladder.LadderRung.ENGAGEMENT,
                        Optional.of(app.alongside.ladder.LadderRung.CO_DESIGN),
                        Set.of(app.alongside.signal.SignalKind.FEW_SEATS), Optional.of(LocalDate.of(2026, 9, 1))));

        RegisterView view = views.of(new RegisterPage(List.of(placed, waiting), Optional.empty(),
                Map.of(DecisionStatus.DECIDED, 2)), all, List.of("Recovery"), LINKS, true, TODAY,
                index.forDecisions(List.of(7L, 8L)), key -> app.alongside.ladder.LadderRules.DEFAULTS);

        RegisterView.RowPlacement ladder = view.rows().get(0).ladder();
        assertTrue(ladder.placed());
        assertEquals("alongside.placement.rung.value[5, alongside.ladder.engagement.name]", ladder.rungLine());
        assertEquals("alongside.ladder.band.doing_for.name", ladder.bandName());
        assertEquals("alongside.register.ladder.couldBe[alongside.placement.rung.value[6, "
                + "alongside.ladder.co-design.name]]", ladder.couldBe());
        assertEquals("a \u201cyou said\u201d waiting since September is overdue by the end of November",
                List.of("few-seats", "you-said-unanswered"),
                ladder.signals().stream().map(RegisterView.SignalBadge::code).toList());
        assertEquals("alongside.register.ladder.signals[2]", ladder.signalsLabel());
        RegisterView.RowPlacement none = view.rows().get(1).ladder();
        assertFalse(none.placed());
        assertEquals("alongside.register.ladder.notPlaced", none.notPlaced());
        assertEquals("ladder", view.columns().get(view.columns().size() - 1).key());
    }

    @Test
    public void theGroupsClaimStandsBesideTheEvidencedRungAndSaysWhenItIsHigher() {
        IndexedDecision higher = claiming(row(7, 42, "Claimed higher", DecisionStatus.DECIDED,
                LocalDate.of(2026, 10, 14), null), app.alongside.ladder.LadderRung.CO_PRODUCTION);
        IndexedDecision same = claiming(row(8, 43, "Claimed the same", DecisionStatus.DECIDED,
                LocalDate.of(2026, 10, 14), null), app.alongside.ladder.LadderRung.ENGAGEMENT);
        IndexedDecision none = row(9, 44, "No claim", DecisionStatus.DECIDED, LocalDate.of(2026, 10, 14), null);
        app.alongside.ladder.InMemoryPlacementIndex index = new app.alongside.ladder.InMemoryPlacementIndex();
        for (long id : new long[] {7, 8, 9}) {
            index.put(new app.alongside.ladder.StoredPlacement(id, app.alongside.ladder.LadderRung.ENGAGEMENT,
                    Optional.empty(), Set.of(), Optional.empty()));
        }

        RegisterView view = views.of(new RegisterPage(List.of(higher, same, none), Optional.empty(),
                Map.of(DecisionStatus.DECIDED, 3)), all, List.of("Recovery"), LINKS, true, TODAY,
                index.forDecisions(List.of(7L, 8L, 9L)), key -> app.alongside.ladder.LadderRules.DEFAULTS);

        assertEquals("alongside.register.ladder.claimedAbove[alongside.placement.rung.value[7, "
                + "alongside.ladder.co-production.name]]", view.rows().get(0).ladder().claimed());
        assertEquals("alongside.register.ladder.claimed[alongside.placement.rung.value[5, "
                + "alongside.ladder.engagement.name]]", view.rows().get(1).ladder().claimed());
        assertFalse(view.rows().get(2).ladder().hasClaimed());
    }

    private static IndexedDecision claiming(IndexedDecision row, app.alongside.ladder.LadderRung claimed) {
        Decision d = row.decision();
        return new IndexedDecision(row.id(), row.page(), new Decision(d.localId(), d.title(), d.status(),
                d.supersededBy(), d.decidedOn(), d.reviewOn(), Optional.of(claimed), d.outcomeStorage(),
                d.outcomeText(), d.stages(), d.contributions()), row.detailed());
    }

    @Test
    public void aRegisterWithoutPlacementsHasNoLadderColumn() {
        IndexedDecision row = row(7, 42, "Placed", DecisionStatus.DECIDED, LocalDate.of(2026, 10, 14), null);

        RegisterView view = views.of(new RegisterPage(List.of(row), Optional.empty(),
                Map.of(DecisionStatus.DECIDED, 1)), all, List.of("Recovery"), LINKS, true, TODAY);

        assertFalse(view.rows().get(0).hasLadder());
        assertFalse(view.columns().stream().anyMatch(c -> c.key().equals("ladder")));
    }

    private static IndexedDecision row(long id, long pageId, String title, DecisionStatus status, LocalDate decidedOn,
                                       LocalDate reviewOn) {
        Decision decision = new Decision("d" + id, title, status, Optional.empty(), Optional.ofNullable(decidedOn),
                Optional.ofNullable(reviewOn), Optional.empty(), "", "", Map.of(
                Stage.AGENDA, List.of(new PersonRef.User("a"), new PersonRef.Named("Sam")),
                Stage.DECIDING, List.of(new PersonRef.User("a"))),
                List.of(new Contribution("x", Optional.empty(), Optional.empty(), Response.PENDING, "", Optional.empty())));
        return new IndexedDecision(id, new IndexedPage(pageId, "RC", "Meeting " + pageId, ContentType.PAGE, List.of()),
                decision, true);
    }
}
