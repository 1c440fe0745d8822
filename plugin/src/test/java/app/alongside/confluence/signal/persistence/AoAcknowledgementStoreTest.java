package app.alongside.confluence.signal.persistence;

import app.alongside.signal.Acknowledgement;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Acknowledged signals on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoAcknowledgementStoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(AcknowledgementEntity.class);

    private static final Instant NOON = Instant.parse("2026-11-02T12:00:00.123Z");
    private static final SignalSubject.OfDecision VENUE = SignalSubject.decision(9_000_000_001L, "venue-é-東京");
    private static final SignalSubject.OfDecision MENU = SignalSubject.decision(77L, "menu");
    private static final String ZOE = "u-zoë-東京-8a7f";

    private final AoAcknowledgementStore store = new AoAcknowledgementStore(AO.activeObjects());

    @Test
    public void everythingAnAcknowledgementRecordsComesBack() {
        Acknowledgement ack = decision(VENUE, SignalKind.JOINED_LATE, "RC", ZOE, LocalDate.of(2026, 10, 1),
                "We’ll ask the peer group first next time.\nSecond line <b>as typed</b> " + "é".repeat(900));

        store.save(ack);

        assertEquals(List.of(ack), store.about(VENUE));
        assertEquals(List.of(), store.about(MENU));
    }

    @Test
    public void aSecondAcknowledgementOfTheSameSignalReplacesTheFirst() {
        store.save(decision(VENUE, SignalKind.FEW_SEATS, "RC", ZOE, null, "First"));
        store.save(decision(VENUE, SignalKind.FEW_SEATS, "RC", "u-sam", null, "Second"));
        store.save(decision(VENUE, SignalKind.JOINED_LATE, "RC", "u-sam", null, "Other kind"));

        List<Acknowledgement> about = store.about(VENUE);
        assertEquals(2, about.size());
        assertTrue(about.stream().anyMatch(a -> a.note().equals("Second") && a.by().equals("u-sam")));
    }

    @Test
    public void removingTakesOnlyThatSignalsAcknowledgement() {
        store.save(decision(VENUE, SignalKind.FEW_SEATS, "RC", ZOE, null, "Noted"));
        store.save(decision(VENUE, SignalKind.JOINED_LATE, "RC", ZOE, null, "Noted"));

        assertTrue(store.remove(VENUE, SignalKind.FEW_SEATS));
        assertFalse(store.remove(VENUE, SignalKind.FEW_SEATS));
        assertEquals(List.of(SignalKind.JOINED_LATE), store.about(VENUE).stream().map(Acknowledgement::kind).toList());
    }

    @Test
    public void erasureKeepsTheNoteButNotThePerson() {
        store.save(decision(VENUE, SignalKind.FEW_SEATS, "RC", ZOE, null, "Noted"));
        store.save(decision(MENU, SignalKind.FEW_SEATS, "RC", "u-sam", null, "Also noted"));

        assertEquals(1, store.eraseUser(ZOE));

        assertEquals(Acknowledgement.ERASED, store.about(VENUE).get(0).by());
        assertEquals("Noted", store.about(VENUE).get(0).note());
        assertEquals("u-sam", store.about(MENU).get(0).by());
    }

    @Test
    public void countsForInsightsGoByTheDecisionsDateAndTheSpaces() {
        store.save(decision(VENUE, SignalKind.FEW_SEATS, "RC", ZOE, LocalDate.of(2026, 10, 1), "In"));
        store.save(decision(MENU, SignalKind.FEW_SEATS, "RC", ZOE, LocalDate.of(2026, 12, 1), "After the period"));
        store.save(decision(SignalSubject.decision(5, "x"), SignalKind.FEW_SEATS, "OTHER", ZOE,
                LocalDate.of(2026, 10, 1), "Another space"));
        store.save(decision(SignalSubject.decision(6, "y"), SignalKind.JOINED_LATE, "RC", ZOE, null, "No date"));
        store.save(new Acknowledgement(SignalKind.SAME_PEOPLE, SignalSubject.space("RC"), "RC", "Rotating chairs",
                ZOE, NOON, Optional.empty()));

        Map<SignalKind, Integer> counts = store.acknowledgedIn(Set.of("RC"), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 30));

        assertEquals(Map.of(SignalKind.FEW_SEATS, 1, SignalKind.SAME_PEOPLE, 1), counts);
        assertEquals(Map.of(), store.acknowledgedIn(Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    private static Acknowledgement decision(SignalSubject subject, SignalKind kind, String space, String by,
                                            LocalDate decidedOn, String note) {
        return new Acknowledgement(kind, subject, space, note, by, NOON, Optional.ofNullable(decidedOn));
    }
}
