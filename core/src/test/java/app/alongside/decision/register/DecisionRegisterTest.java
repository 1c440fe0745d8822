package app.alongside.decision.register;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.people.PersonRef;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class DecisionRegisterTest {

    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex();
    private final DecisionRegister register = new DecisionRegister(index);
    private static final PageVisibility EVERYTHING = ids -> ids;

    @Test
    public void pagesThroughEveryDecisionOnceNewestFirst() {
        for (int page = 1; page <= 12; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("a" + page, LocalDate.of(2026, 1, page)),
                    decision("b" + page, LocalDate.of(2026, 2, page))));
        }
        RegisterQuery query = RegisterQuery.allIn(Set.of("RC")).withPageSize(5);

        List<String> seen = new ArrayList<>();
        Optional<RegisterCursor> next = Optional.empty();
        int pages = 0;
        do {
            RegisterPage result = register.search(next.map(query::withAfter).orElse(query), EVERYTHING);
            result.rows().forEach(r -> seen.add(r.decision().localId()));
            next = result.next();
            pages++;
        } while (next.isPresent() && pages < 20);

        assertEquals(24, seen.size());
        assertEquals(24, Set.copyOf(seen).size());
        assertEquals("b12", seen.get(0));
        assertEquals("a1", seen.get(23));
        assertEquals(5, pages);
    }

    @Test
    public void decisionsOnPagesTheViewerCannotSeeAreNeitherListedNorCounted() {
        index.replacePage(page(1, "RC"), List.of(decision("open", LocalDate.of(2026, 3, 1))));
        index.replacePage(page(2, "RC"), List.of(decision("secret", LocalDate.of(2026, 3, 2))));

        RegisterPage result = register.search(RegisterQuery.allIn(Set.of("RC")), ids ->
                ids.stream().filter(id -> id != 2L).collect(Collectors.toSet()));

        assertEquals(List.of("open"), result.rows().stream().map(r -> r.decision().localId()).toList());
        assertEquals(1, result.total());
    }

    @Test
    public void manyHiddenRowsInARowStillLeaveAWayToTheNextPage() {
        for (int page = 1; page <= 300; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("d" + page, LocalDate.of(2026, 1, 1).plusDays(page))));
        }
        PageVisibility onlyOldest = ids -> ids.stream().filter(id -> id <= 3).collect(Collectors.toSet());

        RegisterPage first = register.search(RegisterQuery.allIn(Set.of("RC")), onlyOldest);

        assertTrue(first.rows().isEmpty());
        assertTrue("the viewer can carry on paging", first.next().isPresent());
        RegisterPage second = register.search(RegisterQuery.allIn(Set.of("RC")).withAfter(first.next().get()), onlyOldest);
        assertEquals(List.of("d3", "d2", "d1"), second.rows().stream().map(r -> r.decision().localId()).toList());
        assertEquals(Optional.empty(), second.next());
    }

    @Test
    public void countsByStatusCoverAllMatchingVisibleDecisionsNotJustThePage() {
        for (int page = 1; page <= 30; page++) {
            DecisionStatus status = page % 3 == 0 ? DecisionStatus.REVIEWED : DecisionStatus.DECIDED;
            index.replacePage(page(page, "RC"), List.of(decision("d" + page, LocalDate.of(2026, 1, page % 28 + 1), status)));
        }

        RegisterPage result = register.search(RegisterQuery.allIn(Set.of("RC")), EVERYTHING);

        assertEquals(25, result.rows().size());
        assertEquals(20, (int) result.countsByStatus().get(DecisionStatus.DECIDED));
        assertEquals(10, (int) result.countsByStatus().get(DecisionStatus.REVIEWED));
        assertEquals(0, (int) result.countsByStatus().get(DecisionStatus.REVERSED));
    }

    @Test
    public void trashedPagesDisappearAndReturnWhenRestored() {
        index.replacePage(page(1, "RC"), List.of(decision("d1", LocalDate.of(2026, 3, 1))));

        index.setTrashed(1, true);
        assertEquals(0, register.search(RegisterQuery.allIn(Set.of("RC")), EVERYTHING).total());

        index.setTrashed(1, false);
        assertEquals(1, register.search(RegisterQuery.allIn(Set.of("RC")), EVERYTHING).total());
    }

    @Test
    public void costStaysConstantWhateverTheRegisterSize() {
        for (int page = 1; page <= 2000; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("d" + page, LocalDate.of(2020, 1, 1).plusDays(page))));
        }
        index.statements = 0;

        register.search(RegisterQuery.allIn(Set.of("RC")), EVERYTHING);

        assertEquals("summaries + two detail queries + one status stream", 4, index.statements);
    }

    @Test
    public void visibilityIsAskedOncePerDistinctPage() {
        index.replacePage(page(1, "RC"), List.of(decision("a", LocalDate.of(2026, 3, 1)), decision("b", LocalDate.of(2026, 3, 2))));
        List<Set<Long>> asked = new ArrayList<>();

        register.search(RegisterQuery.allIn(Set.of("RC")), ids -> {
            asked.add(Set.copyOf(ids));
            return ids;
        });

        assertEquals(List.of(Set.of(1L)), asked);
    }

    @Test
    public void cursorRoundTripsAndRejectsForgeries() {
        RegisterCursor cursor = new RegisterCursor(RegisterSort.TITLE, "move the tuesday session", 42);

        assertEquals(Optional.of(cursor), RegisterCursor.decode(cursor.encode()));
        assertEquals(Optional.empty(), RegisterCursor.decode("not a cursor"));
        assertEquals(Optional.empty(), RegisterCursor.decode("<script>"));
        assertEquals(Optional.empty(), RegisterCursor.decode(null));
    }

    @Test
    public void cursorWhoseKeyCannotBelongToItsOrderIsRefused() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "decided-newest\n7\nnot-a-date".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), RegisterCursor.decode(forged));
        assertEquals(Optional.empty(), RegisterCursor.decode(java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("status\n7\n'; drop".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(RegisterCursor.decode(new RegisterCursor(RegisterSort.DECIDED_NEWEST, "", 3).encode()).isPresent());
    }

    static IndexedPage page(long id, String space) {
        return new IndexedPage(id, space, "Meeting " + id, IndexedPage.ContentType.PAGE, List.of("meeting-notes"));
    }

    static Decision decision(String id, LocalDate decidedOn) {
        return decision(id, decidedOn, DecisionStatus.DECIDED);
    }

    static Decision decision(String id, LocalDate decidedOn, DecisionStatus status) {
        return new Decision(id, "Decision " + id, status, Optional.empty(), Optional.of(decidedOn), Optional.empty(),
                Optional.empty(), "", "", Map.of(app.alongside.decision.Stage.DECIDING,
                List.<PersonRef>of(new PersonRef.User("u-alex"))), List.of());
    }

}
