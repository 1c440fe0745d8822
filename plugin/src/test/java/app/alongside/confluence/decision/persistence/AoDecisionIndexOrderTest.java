package app.alongside.confluence.decision.persistence;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.decision.persistence.SampleDecisions.page;
import static org.junit.Assert.assertEquals;

/**
 * Every register order, paged by keyset cursors, gives exactly the order of core's in-memory index (the reference
 * below copies its comparator): ties broken by id, decisions without a date last, however the pages fall.
 */
public class AoDecisionIndexOrderTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(
            DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class);

    private final AoDecisionIndex index = new AoDecisionIndex(AO.activeObjects(), Clock.systemUTC());

    private static final String[] TITLES = {"Budget", "budget", "Rota", "", "Évening meetings", "agenda",
            "Zebra crossing", "Rota", "100 days", "a", "Budget 2027", "évening meetings"};
    private static final LocalDate[] DAYS = {LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 3, 1),
            LocalDate.of(2025, 12, 31), null, LocalDate.of(2026, 3, 2), LocalDate.of(1999, 1, 1), null};

    @Before
    public void indexDecisionsWithTiesAndGaps() {
        for (int page = 1; page <= 9; page++) {
            List<Decision> decisions = new ArrayList<>();
            for (int n = 0; n < 5; n++) {
                int i = page * 5 + n;
                decisions.add(SampleDecisions.decision("d" + n, TITLES[i % TITLES.length],
                        DecisionStatus.values()[i % DecisionStatus.values().length], DAYS[i % DAYS.length],
                        DAYS[(i + 3) % DAYS.length]));
            }
            index.replacePage(page(page, page % 3 == 0 ? "PEER" : "RC"), decisions);
        }
    }

    @Test
    public void newestDecidedFirstThenUndated() {
        assertPagingMatchesReference(RegisterSort.DECIDED_NEWEST);
    }

    @Test
    public void oldestDecidedFirstThenUndated() {
        assertPagingMatchesReference(RegisterSort.DECIDED_OLDEST);
    }

    @Test
    public void soonestReviewFirstThenNone() {
        assertPagingMatchesReference(RegisterSort.REVIEW_SOONEST);
    }

    @Test
    public void byTitleIgnoringCase() {
        assertPagingMatchesReference(RegisterSort.TITLE);
    }

    @Test
    public void byStatusInTheOrderOfADecisionsLife() {
        assertPagingMatchesReference(RegisterSort.STATUS);
    }

    private void assertPagingMatchesReference(RegisterSort sort) {
        RegisterQuery query = new RegisterQuery(Set.of("RC", "PEER"), Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), sort, 4, Optional.empty());
        List<IndexedDecision> everything = index.summaries(query, Optional.empty(), 1000);
        List<IndexedDecision> reference = new ArrayList<>(everything);
        reference.sort(referenceOrder(sort));

        for (int pageSize : new int[]{1, 3, 7}) {
            List<Long> paged = new ArrayList<>();
            Optional<RegisterCursor> after = Optional.empty();
            for (int guard = 0; guard < 100; guard++) {
                List<IndexedDecision> page = index.summaries(query, after, pageSize);
                page.forEach(row -> paged.add(row.id()));
                if (page.size() < pageSize) {
                    break;
                }
                after = Optional.of(page.get(page.size() - 1).cursor(sort));
            }
            assertEquals(sort + " paged by " + pageSize, reference.stream().map(IndexedDecision::id).toList(), paged);
        }
        assertEquals(45, everything.size());
    }

    /** The order of core's InMemoryDecisionIndex (core/src/test), copied: sort key, then id. */
    private static Comparator<IndexedDecision> referenceOrder(RegisterSort sort) {
        Comparator<String> keys = switch (sort) {
            case DECIDED_NEWEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>reverseOrder());
            case DECIDED_OLDEST -> Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
                    .thenComparing(Comparator.<String>naturalOrder());
            default -> Comparator.naturalOrder();
        };
        Comparator<IndexedDecision> byKey = Comparator.comparing(d -> d.sortKey(sort), keys);
        return byKey.thenComparingLong(IndexedDecision::id);
    }
}
