package app.alongside.confluence.decision.persistence;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.persistence.SampleDecisions.decision;
import static app.alongside.confluence.decision.persistence.SampleDecisions.page;
import static app.alongside.confluence.decision.persistence.SampleDecisions.withContributions;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The decision index against a real database: H2 by default, PostgreSQL with {@code -Dalongside.db=postgres}.
 * Filters, trash and round trips here; orders and paging in {@link AoDecisionIndexOrderTest}.
 */
public class AoDecisionIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class);

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    // ------------------------------------------------------------------ round trips

    @Test
    public void everythingADecisionRecordsComesBackFromFind() {
        Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.AGENDA, List.of(new PersonRef.User("8a7f808a"), new PersonRef.Named("Priya Shah")));
        stages.put(Stage.DECIDING, List.of(new PersonRef.Page("PEER", "Jo: peer worker notes"),
                new PersonRef.Page("", "Sam"), new PersonRef.User("8a7f808a")));
        stages.put(Stage.REVIEWING, List.of(new PersonRef.Named("Alex")));
        List<Contribution> contributions = List.of(
                new Contribution("Meet in the evenings", Optional.of(new PersonRef.User("8a7f808a")),
                        Optional.of(LocalDate.of(2026, 3, 1)), Response.ADOPTED, "", Optional.of(LocalDate.of(2026, 3, 8))),
                new Contribution("Pay people for their time", Optional.empty(), Optional.empty(),
                        Response.NOT_ADOPTED, "The budget is fixed until April", Optional.empty()),
                new Contribution("Share papers a week before", Optional.of(new PersonRef.Named("Alex")),
                        Optional.empty(), Response.PENDING, "", Optional.empty()));
        Decision decision = new Decision("d-1", "Move the group to evenings", DecisionStatus.SUPERSEDED,
                Optional.of("d-7"), Optional.of(LocalDate.of(2026, 3, 10)), Optional.of(LocalDate.of(2026, 9, 10)),
                Optional.of(LadderRung.CO_DESIGN), "<p>We <strong>will</strong> meet at 6pm.</p>",
                "We will meet at 6pm.", stages, contributions);
        IndexedPage page = new IndexedPage(42, "RC", "Group meeting 10 March", IndexedPage.ContentType.BLOGPOST,
                List.of("Budget", "peer-support"));

        index.replacePage(page, List.of(decision));

        IndexedDecision found = index.find(onlyId()).orElseThrow();
        assertTrue(found.detailed());
        assertEquals(page, found.page());
        Decision expected = new Decision("d-1", "Move the group to evenings", DecisionStatus.SUPERSEDED,
                Optional.of("d-7"), Optional.of(LocalDate.of(2026, 3, 10)), Optional.of(LocalDate.of(2026, 9, 10)),
                Optional.of(LadderRung.CO_DESIGN), "", "We will meet at 6pm.", stages, contributions);
        assertEquals("the page keeps the formatted outcome; the index keeps its text", expected, found.decision());
        assertEquals(LoopState.OPEN, found.decision().loop());
    }

    @Test
    public void summariesCarryThePageAndFieldsButNotPeopleOrContributions() {
        index.replacePage(page(1, "RC", "budget"), List.of(SampleDecisions.withPeople("a", Stage.DECIDING,
                new PersonRef.Named("Jo"))));

        IndexedDecision summary = index.summaries(RegisterQuery.allIn(Set.of("RC")), Optional.empty(), 10).get(0);

        assertFalse(summary.detailed());
        assertEquals("Who was there", summary.decision().title());
        assertEquals(List.of("budget"), summary.page().labels());
        assertEquals(List.of(), summary.decision().peopleAt(Stage.DECIDING));
        assertEquals(List.of(new PersonRef.Named("Jo")),
                index.withDetails(List.of(summary)).get(0).decision().peopleAt(Stage.DECIDING));
    }

    @Test
    public void detailsGoToTheirOwnDecisionsInTheGivenOrder() {
        index.replacePage(page(1, "RC"), List.of(
                SampleDecisions.withPeople("a", Stage.AGENDA, new PersonRef.Named("Ann")),
                SampleDecisions.withPeople("b", Stage.OPTIONS, new PersonRef.Named("Bo"), new PersonRef.Named("Cy"))));
        index.replacePage(page(2, "RC"), List.of(withContributions("c", "Third", Response.ADOPTED)));
        List<IndexedDecision> summaries = index.summaries(
                RegisterQuery.allIn(Set.of("RC")).withPageSize(10), Optional.empty(), 10);
        List<IndexedDecision> reversed = new ArrayList<>(summaries);
        java.util.Collections.reverse(reversed);

        List<IndexedDecision> detailed = index.withDetails(reversed);

        assertEquals(reversed.stream().map(IndexedDecision::id).toList(),
                detailed.stream().map(IndexedDecision::id).toList());
        for (IndexedDecision row : detailed) {
            switch (row.decision().localId()) {
                case "a" -> assertEquals(List.of(new PersonRef.Named("Ann")), row.decision().everyone());
                case "b" -> assertEquals(List.of(new PersonRef.Named("Bo"), new PersonRef.Named("Cy")),
                        row.decision().peopleAt(Stage.OPTIONS));
                default -> assertEquals(1, row.decision().contributions().size());
            }
        }
        assertEquals(List.of(), index.withDetails(List.of()));
    }

    @Test
    public void hostileTextComesBackExactlyAsWritten() {
        List<String> hostile = List.of(
                "<script>alert('x')</script>",
                "Robert'); DROP TABLE AO_2ED2E3_DECISION;--",
                "100% of people _said_ \\ \"yes\" !! [a] ^$ {0}",
                "Zoë, Łukasz, 東京, عربى, 🙂 and \u00a0spaces",
                "line one\nline two\ttab",
                "x".repeat(255));
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            String text = hostile.get(i);
            decisions.add(new Decision("h" + i, text, DecisionStatus.DECIDED, Optional.of(text), Optional.empty(),
                    Optional.empty(), Optional.empty(), "", text + "\n" + "y".repeat(20_000),
                    Map.of(Stage.AGENDA, List.of(new PersonRef.Named(text.strip()), new PersonRef.Page("RC", text.strip()))),
                    List.of(new Contribution(text, Optional.of(new PersonRef.Named(text.strip())), Optional.empty(),
                            Response.NOT_ADOPTED, text, Optional.empty()))));
        }
        IndexedPage page = new IndexedPage(9, "RC", hostile.get(1), IndexedPage.ContentType.PAGE, List.of("a%b", "c_d"));

        index.replacePage(page, decisions);

        List<IndexedDecision> rows = index.withDetails(index.summaries(
                RegisterQuery.allIn(Set.of("RC")).withPageSize(50), Optional.empty(), 50));
        assertEquals(hostile.size(), rows.size());
        for (IndexedDecision row : rows) {
            Decision original = decisions.get(Integer.parseInt(row.decision().localId().substring(1)));
            assertEquals(original.title(), row.decision().title());
            assertEquals(original.supersededBy(), row.decision().supersededBy());
            assertEquals(original.outcomeText(), row.decision().outcomeText());
            assertEquals(original.stages(), row.decision().stages());
            assertEquals(original.contributions(), row.decision().contributions());
            assertEquals(page, row.page());
        }
    }

    // ------------------------------------------------------------------ idempotency, trash, removal

    @Test
    public void rowsWrittenBeforeFingerprintsExistedAreRewrittenOnTheNextSave() {
        List<Decision> decisions = List.of(decision("a", "First"), decision("b", "Second"));
        index.replacePage(page(1, "RC"), decisions);
        for (DecisionEntity row : AO.activeObjects().find(DecisionEntity.class, net.java.ao.Query.select())) {
            row.setFingerprint(null);
            row.setTitle("Stale");
            row.save();
        }

        index.replacePage(page(1, "RC"), decisions);

        assertEquals(List.of("First", "Second"), titles(RegisterQuery.allIn(Set.of("RC")).withPageSize(10),
                RegisterSort.TITLE));
    }

    @Test
    public void aPageSavedAgainAfterBeingTrashedShowsItsUnchangedDecisionsAgain() {
        List<Decision> decisions = List.of(decision("a", "First"));
        index.replacePage(page(1, "RC"), decisions);
        index.setTrashed(1, true);

        index.replacePage(page(1, "RC"), decisions);

        assertEquals(List.of("First"), titles(RegisterQuery.allIn(Set.of("RC")).withPageSize(10), RegisterSort.TITLE));
    }

    @Test
    public void aPageWhoseFactsChangedRewritesItsDecisionsWithTheNewFacts() {
        List<Decision> decisions = List.of(decision("a", "First"));
        index.replacePage(page(1, "RC"), decisions);

        index.replacePage(page(1, "RC", "budget"), decisions);

        RegisterQuery budget = new RegisterQuery(Set.of("RC"), Set.of("budget"), Set.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), RegisterSort.TITLE, 10, Optional.empty());
        assertEquals(1, index.summaries(budget, Optional.empty(), 10).size());
    }

    @Test
    public void replacingAPageTwiceLeavesOneCopy() {
        List<Decision> decisions = List.of(SampleDecisions.withPeople("a", Stage.AGENDA, new PersonRef.Named("Ann")),
                withContributions("b", "Second", Response.PENDING, Response.ADOPTED));

        index.replacePage(page(1, "RC"), decisions);
        index.replacePage(page(1, "RC"), decisions);

        assertEquals(2, index.size());
        assertEquals(1, AO.activeObjects().count(DecisionPersonEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(2, AO.activeObjects().count(ContributionEntity.class, "PAGE_ID = ?", 1L));
    }

    @Test
    public void replacingAPageDropsDecisionsNoLongerOnItAndLeavesOtherPagesAlone() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "Old"), decision("b", "Kept")));
        index.replacePage(page(2, "RC"), List.of(decision("c", "Other page")));

        index.replacePage(page(1, "RC"), List.of(decision("b", "Kept, renamed")));

        assertEquals(List.of("Kept, renamed", "Other page"), titles(RegisterQuery.allIn(Set.of("RC"))
                .withPageSize(10), RegisterSort.TITLE));
        index.replacePage(page(1, "RC"), List.of());
        assertEquals(1, index.size());
    }

    @Test
    public void trashedPagesAreHiddenEverywhereAndComeBackWhenRestored() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "On the trashed page")));
        index.replacePage(page(2, "RC"), List.of(decision("b", "Still here")));
        long trashedId = index.summaries(RegisterQuery.allIn(Set.of("RC")), Optional.empty(), 10).stream()
                .filter(d -> d.page().pageId() == 1).findFirst().orElseThrow().id();

        index.setTrashed(1, true);

        assertEquals(List.of("Still here"), titles(RegisterQuery.allIn(Set.of("RC")), RegisterSort.TITLE));
        assertEquals(Optional.empty(), index.find(trashedId));
        assertEquals(List.of(2L), statusPages(RegisterQuery.allIn(Set.of("RC"))));
        assertEquals("trashed decisions are kept", 2, index.size());

        index.setTrashed(1, false);

        assertEquals(List.of("On the trashed page", "Still here"),
                titles(RegisterQuery.allIn(Set.of("RC")), RegisterSort.TITLE));
        assertTrue(index.find(trashedId).isPresent());
    }

    @Test
    public void replacingATrashedPageShowsItAgain() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "Restored")));
        index.setTrashed(1, true);

        index.replacePage(page(1, "RC"), List.of(decision("a", "Restored")));

        assertEquals(List.of("Restored"), titles(RegisterQuery.allIn(Set.of("RC")), RegisterSort.TITLE));
    }

    @Test
    public void removingAPageForgetsItsDecisionsPeopleAndContributions() {
        index.replacePage(page(1, "RC"), List.of(SampleDecisions.withPeople("a", Stage.AGENDA, new PersonRef.Named("A")),
                withContributions("b", "B", Response.ADOPTED)));
        index.replacePage(page(2, "RC"), List.of(decision("c", "Other")));

        index.removePage(1);

        assertEquals(1, index.size());
        assertEquals(0, AO.activeObjects().count(DecisionPersonEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(0, AO.activeObjects().count(ContributionEntity.class, "PAGE_ID = ?", 1L));
        index.removePage(1); // again: nothing happens
        assertEquals(1, index.size());
    }

    @Test
    public void clearForgetsEverything() {
        index.replacePage(page(1, "RC"), List.of(withContributions("a", "A", Response.ADOPTED)));
        index.setTrashed(1, true);

        index.clear();

        assertEquals(0, index.size());
        assertEquals(0, AO.activeObjects().count(ContributionEntity.class, "ID > ?", 0));
    }

    @Test
    public void findOfAnIdThatWasNeverIndexedIsEmpty() {
        assertEquals(Optional.empty(), index.find(123_456));
        assertEquals(Optional.empty(), index.find(-1));
        assertEquals(Optional.empty(), index.find(Long.MAX_VALUE));
    }

    // ------------------------------------------------------------------ filters

    @Test
    public void onlyTheNamedSpacesAreSearched() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "In RC")));
        index.replacePage(page(2, "PEER"), List.of(decision("b", "In PEER")));
        index.replacePage(page(3, "~jo"), List.of(decision("c", "In a personal space")));

        assertEquals(List.of("In RC"), titles(RegisterQuery.allIn(Set.of("RC")), RegisterSort.TITLE));
        assertEquals(List.of("In a personal space", "In PEER"),
                titles(RegisterQuery.allIn(Set.of("PEER", "~jo")), RegisterSort.TITLE));
    }

    @Test
    public void everyLabelAskedForMustBeOnThePageAndMatchesWhole() {
        index.replacePage(page(1, "RC", "budget", "peer-support"), List.of(decision("a", "Both labels")));
        index.replacePage(page(2, "RC", "budget"), List.of(decision("b", "Budget only")));
        index.replacePage(page(3, "RC", "budgets", "my-budget"), List.of(decision("c", "Similar labels")));
        index.replacePage(page(4, "RC"), List.of(decision("d", "No labels")));

        assertEquals(List.of("Both labels", "Budget only"), titles(query().labels(Set.of("Budget")), RegisterSort.TITLE));
        assertEquals(List.of("Both labels"), titles(query().labels(Set.of("budget", "peer-support")), RegisterSort.TITLE));
        assertEquals(List.of(), titles(query().labels(Set.of("budg%")), RegisterSort.TITLE));
        assertEquals(List.of(), titles(query().labels(Set.of("budge_")), RegisterSort.TITLE));
    }

    @Test
    public void labelsWithLikeWildcardsMatchOnlyThemselves() {
        index.replacePage(page(1, "RC", "50%_done"), List.of(decision("a", "Wildcard label")));
        index.replacePage(page(2, "RC", "50x-done", "50%xdone"), List.of(decision("b", "Look-alike labels")));

        assertEquals(List.of("Wildcard label"), titles(query().labels(Set.of("50%_done")), RegisterSort.TITLE));
    }

    @Test
    public void statusesFilterToAnyOfThoseAsked() {
        index.replacePage(page(1, "RC"), List.of(
                decision("a", "Proposed", DecisionStatus.PROPOSED, null, null),
                decision("b", "Decided", DecisionStatus.DECIDED, null, null),
                decision("c", "Reversed", DecisionStatus.REVERSED, null, null)));

        assertEquals(List.of("Decided", "Reversed"),
                titles(query().statuses(Set.of(DecisionStatus.DECIDED, DecisionStatus.REVERSED)), RegisterSort.TITLE));
        assertEquals(List.of(), titles(query().statuses(Set.of(DecisionStatus.IN_DELIVERY)), RegisterSort.TITLE));
    }

    @Test
    public void decidedRangeIncludesItsEndsAndNeverUndatedDecisions() {
        index.replacePage(page(1, "RC"), List.of(
                decision("a", "Before", DecisionStatus.DECIDED, LocalDate.of(2026, 2, 28), null),
                decision("b", "First day", DecisionStatus.DECIDED, LocalDate.of(2026, 3, 1), null),
                decision("c", "Last day", DecisionStatus.DECIDED, LocalDate.of(2026, 3, 31), null),
                decision("d", "After", DecisionStatus.DECIDED, LocalDate.of(2026, 4, 1), null),
                decision("e", "Undated", DecisionStatus.PROPOSED, null, null)));

        assertEquals(List.of("First day", "Last day"), titles(query()
                .decidedFrom(LocalDate.of(2026, 3, 1)).decidedTo(LocalDate.of(2026, 3, 31)), RegisterSort.TITLE));
        assertEquals(List.of("After", "Last day"), titles(query().decidedFrom(LocalDate.of(2026, 3, 2)), RegisterSort.TITLE));
        assertEquals(List.of("Before"), titles(query().decidedTo(LocalDate.of(2026, 2, 28)), RegisterSort.TITLE));
    }

    @Test
    public void reviewDueMeansAReviewDateOnOrBeforeToday() {
        index.replacePage(page(1, "RC"), List.of(
                decision("a", "Overdue", DecisionStatus.DECIDED, null, TODAY.minusDays(30)),
                decision("b", "Due today", DecisionStatus.DECIDED, null, TODAY),
                decision("c", "Due tomorrow", DecisionStatus.DECIDED, null, TODAY.plusDays(1)),
                decision("d", "No review", DecisionStatus.DECIDED, null, null)));

        assertEquals(List.of("Due today", "Overdue"), titles(query().reviewDue(), RegisterSort.TITLE));
    }

    @Test
    public void loopFilterTellsOpenFromClosedFromNoContributions() {
        index.replacePage(page(1, "RC"), List.of(
                withContributions("a", "Closed", Response.ADOPTED, Response.NOT_ADOPTED),
                withContributions("b", "Open", Response.ADOPTED, Response.PENDING),
                decision("c", "Nothing said")));

        assertEquals(List.of("Open"), titles(query().loop(LoopState.OPEN), RegisterSort.TITLE));
        assertEquals(List.of("Closed"), titles(query().loop(LoopState.CLOSED), RegisterSort.TITLE));
        assertEquals(List.of("Nothing said"), titles(query().loop(LoopState.NO_CONTRIBUTIONS), RegisterSort.TITLE));
    }

    @Test
    public void titleSearchIgnoresCaseAndTreatsWildcardsAsText() {
        index.replacePage(page(1, "RC"), List.of(
                decision("a", "Budget for 2027"),
                decision("b", "100% of fees paid"),
                decision("c", "1000 of fees paid"),
                decision("d", "snake_case naming"),
                decision("e", "snakeXcase naming"),
                decision("f", "Wow! Really?"),
                decision("g", "Wow!! Really?")));

        assertEquals(List.of("Budget for 2027"), titles(query().title("BUDGET"), RegisterSort.TITLE));
        assertEquals(List.of("100% of fees paid"), titles(query().title("100%"), RegisterSort.TITLE));
        assertEquals(List.of("snake_case naming"), titles(query().title("e_c"), RegisterSort.TITLE));
        assertEquals(List.of("Wow! Really?"), titles(query().title("wow! r"), RegisterSort.TITLE));
        assertEquals(List.of("100% of fees paid"), titles(query().title("%"), RegisterSort.TITLE));
    }

    @Test
    public void statusStreamCoversEveryMatchingDecisionNotJustOnePage() {
        for (int page = 1; page <= 40; page++) {
            index.replacePage(page(page, "RC"), List.of(
                    decision("a", "A" + page, page % 4 == 0 ? DecisionStatus.REVIEWED : DecisionStatus.DECIDED, null, null)));
        }
        index.replacePage(page(99, "OTHER"), List.of(decision("x", "Elsewhere")));

        Map<DecisionStatus, Integer> counts = new EnumMap<>(DecisionStatus.class);
        index.forEachStatus(RegisterQuery.allIn(Set.of("RC")), (pageId, status) -> counts.merge(status, 1, Integer::sum));

        assertEquals(Map.of(DecisionStatus.DECIDED, 30, DecisionStatus.REVIEWED, 10), counts);
    }

    @Test
    public void aCursorWhoseKeyIsNotOfItsOrderIsRefused() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "A")));
        RegisterQuery query = RegisterQuery.allIn(Set.of("RC"));

        assertThrows(IllegalArgumentException.class, () -> index.summaries(query,
                Optional.of(new RegisterCursor(RegisterSort.DECIDED_NEWEST, "not a date", 5)), 10));
    }

    @Test
    public void pagesNotReindexedSinceAMomentAreForgottenExceptThoseKept() {
        index.replacePage(page(1, "RC"), List.of(decision("a", "Deleted page")));
        index.replacePage(page(2, "RC"), List.of(decision("b", "Unreadable page")));
        index.replacePage(page(3, "PEER"), List.of(decision("c", "Other space")));
        long before = index.highestId();
        index.replacePage(page(4, "RC"), List.of(decision("d", "Re-indexed page")));

        int forgotten = index.forgetPagesIndexedUpTo(before, Set.of(2L), Optional.of("RC"));

        assertEquals(1, forgotten);
        assertEquals(List.of("Re-indexed page", "Unreadable page"), titles(query(), RegisterSort.TITLE));
        assertEquals(List.of("Other space"), titles(RegisterQuery.allIn(Set.of("PEER")), RegisterSort.TITLE));
        assertEquals(0, new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC()).forgetPagesIndexedUpTo(0, Set.of(), Optional.empty()));
    }

    // ------------------------------------------------------------------ helpers

    private long onlyId() {
        return index.summaries(RegisterQuery.allIn(Set.of("RC", "PEER")), Optional.empty(), 2).get(0).id();
    }

    private List<String> titles(RegisterQuery query, RegisterSort sort) {
        RegisterQuery sorted = new RegisterQuery(query.spaceKeys(), query.labels(), query.statuses(),
                query.decidedFrom(), query.decidedTo(), query.reviewDueOnly(), query.loop(), query.titleContains(),
                sort, RegisterQuery.MAX_PAGE_SIZE, Optional.empty());
        return index.summaries(sorted, Optional.empty(), 1000).stream().map(d -> d.decision().title()).toList();
    }

    private List<Long> statusPages(RegisterQuery query) {
        List<Long> pages = new ArrayList<>();
        index.forEachStatus(query, (pageId, status) -> pages.add(pageId));
        return pages;
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }

    /** A register query in space RC with the given filters. */
    static final class QueryBuilder {
        private Set<String> spaces = Set.of("RC");
        private Set<String> labels = Set.of();
        private Set<DecisionStatus> statuses = Set.of();
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private boolean reviewDue;
        private Optional<LoopState> loop = Optional.empty();
        private Optional<String> title = Optional.empty();

        QueryBuilder labels(Set<String> value) {
            labels = value;
            return this;
        }

        QueryBuilder statuses(Set<DecisionStatus> value) {
            statuses = value;
            return this;
        }

        QueryBuilder decidedFrom(LocalDate value) {
            from = Optional.of(value);
            return this;
        }

        QueryBuilder decidedTo(LocalDate value) {
            to = Optional.of(value);
            return this;
        }

        QueryBuilder reviewDue() {
            reviewDue = true;
            return this;
        }

        QueryBuilder loop(LoopState value) {
            loop = Optional.of(value);
            return this;
        }

        QueryBuilder title(String value) {
            title = Optional.of(value);
            return this;
        }

        RegisterQuery build() {
            return new RegisterQuery(spaces, labels, statuses, from, to, reviewDue, loop, title,
                    RegisterSort.DECIDED_NEWEST, RegisterQuery.DEFAULT_PAGE_SIZE, Optional.empty());
        }
    }

    private List<String> titles(QueryBuilder query, RegisterSort sort) {
        return titles(query.build(), sort);
    }
}
