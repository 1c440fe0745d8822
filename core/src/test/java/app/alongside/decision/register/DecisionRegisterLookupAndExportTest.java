package app.alongside.decision.register;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.alongside.decision.register.DecisionRegisterTest.decision;
import static app.alongside.decision.register.DecisionRegisterTest.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** One decision by id, and every decision for an export: both only from pages the viewer may view. */
public class DecisionRegisterLookupAndExportTest {

    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex();
    private final DecisionRegister register = new DecisionRegister(index);
    private static final PageVisibility EVERYTHING = ids -> ids;

    @Test
    public void findsAVisibleDecisionWithItsDetails() {
        index.replacePage(page(1, "RC"), List.of(decision("a", LocalDate.of(2026, 3, 1))));
        long id = register.search(RegisterQuery.allIn(Set.of("RC")), EVERYTHING).rows().get(0).id();

        Optional<IndexedDecision> found = register.find(id, EVERYTHING);

        assertTrue(found.isPresent());
        assertTrue(found.get().detailed());
        assertEquals("a", found.get().decision().localId());
    }

    @Test
    public void aHiddenATrashedAndAMissingDecisionAllLookTheSame() {
        index.replacePage(page(1, "RC"), List.of(decision("secret", LocalDate.of(2026, 3, 1))));
        index.replacePage(page(2, "RC"), List.of(decision("binned", LocalDate.of(2026, 3, 2))));
        long secret = idOf("secret");
        long binned = idOf("binned");
        index.setTrashed(2, true);
        PageVisibility notPageOne = ids -> ids.stream().filter(id -> id != 1L).collect(Collectors.toSet());

        assertEquals(Optional.empty(), register.find(secret, notPageOne));
        assertEquals(Optional.empty(), register.find(binned, EVERYTHING));
        assertEquals(Optional.empty(), register.find(9999, EVERYTHING));
        assertEquals(Optional.empty(), register.find(-1, EVERYTHING));
    }

    @Test
    public void exportHandsOverEveryVisibleMatchingDecisionInOrderWhateverThePageSize() {
        for (int page = 1; page <= 450; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("d" + page, LocalDate.of(2020, 1, 1).plusDays(page))));
        }
        PageVisibility evenPagesOnly = ids -> ids.stream().filter(id -> id % 2 == 0).collect(Collectors.toSet());
        List<String> exported = new ArrayList<>();

        int count = register.forEachVisible(RegisterQuery.allIn(Set.of("RC")).withPageSize(5), evenPagesOnly, 10_000,
                row -> exported.add(row.decision().localId()));

        assertEquals(225, count);
        assertEquals(225, exported.size());
        assertEquals("d450", exported.get(0));
        assertEquals("d2", exported.get(224));
        assertTrue(exported.stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0));
    }

    @Test
    public void exportStopsAtItsLimit() {
        for (int page = 1; page <= 30; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("d" + page, LocalDate.of(2020, 1, 1).plusDays(page))));
        }
        List<String> exported = new ArrayList<>();

        assertEquals(7, register.forEachVisible(RegisterQuery.allIn(Set.of("RC")), EVERYTHING, 7,
                row -> exported.add(row.decision().localId())));
        assertEquals(7, exported.size());
    }

    @Test
    public void exportAsksAboutEachPageOnceAndReadsInBatches() {
        for (int page = 1; page <= 50; page++) {
            index.replacePage(page(page, "RC"), List.of(decision("a" + page, LocalDate.of(2020, 1, 1).plusDays(page)),
                    decision("b" + page, LocalDate.of(2021, 1, 1).plusDays(page)),
                    decision("c" + page, LocalDate.of(2022, 1, 1).plusDays(page)),
                    decision("d" + page, LocalDate.of(2023, 1, 1).plusDays(page)),
                    decision("e" + page, LocalDate.of(2024, 1, 1).plusDays(page))));
        }
        List<Long> asked = new ArrayList<>();
        index.statements = 0;

        int count = register.forEachVisible(RegisterQuery.allIn(Set.of("RC")), ids -> {
            asked.addAll(ids);
            return ids;
        }, 10_000, row -> { });

        assertEquals(250, count);
        assertEquals("each page once", 50, asked.size());
        assertEquals(50, Set.copyOf(asked).size());
        assertEquals("two batches of 200 and 50, each one summaries and two detail statements", 6, index.statements);
    }

    private long idOf(String localId) {
        return index.summaries(RegisterQuery.allIn(Set.of("RC")), Optional.empty(), 100).stream()
                .filter(d -> d.decision().localId().equals(localId)).findFirst().orElseThrow().id();
    }
}
