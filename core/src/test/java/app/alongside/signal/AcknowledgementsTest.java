package app.alongside.signal;

import app.alongside.validation.Validated;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class AcknowledgementsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final SignalSubject.OfDecision DECISION = SignalSubject.decision(42, "venue");

    private final InMemoryAcknowledgementStore store = new InMemoryAcknowledgementStore();
    private final Acknowledgements acknowledgements = new Acknowledgements(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void acknowledgingKeepsTheNoteWhoAndWhen() {
        Validated<Acknowledgement> result = acknowledgements.acknowledge("u-jo", SignalKind.JOINED_LATE, DECISION,
                "RC", Optional.of(LocalDate.of(2026, 10, 1)), "  We will invite the peer group to the next agenda.\r\n");

        assertTrue(result.isValid());
        Acknowledgement stored = acknowledgements.about(DECISION).get(SignalKind.JOINED_LATE);
        assertEquals("We will invite the peer group to the next agenda.", stored.note());
        assertEquals("u-jo", stored.by());
        assertEquals(NOW, stored.at());
    }

    @Test
    public void aNoteIsRequired() {
        Validated<Acknowledgement> result = acknowledgements.acknowledge("u-jo", SignalKind.JOINED_LATE, DECISION,
                "RC", Optional.empty(), "   ");

        assertEquals("alongside.acknowledgement.problem.note.missing", result.problems().get(0).messageKey());
        assertTrue(store.all().isEmpty());
    }

    @Test
    public void aNoteIsBounded() {
        Validated<Acknowledgement> result = acknowledgements.acknowledge("u-jo", SignalKind.JOINED_LATE, DECISION,
                "RC", Optional.empty(), "x".repeat(Acknowledgement.MAX_NOTE + 1));

        assertEquals("alongside.acknowledgement.problem.note.tooLong", result.problems().get(0).messageKey());
    }

    @Test
    public void aNoteIsPlainText() {
        Validated<Acknowledgement> result = acknowledgements.acknowledge("u-jo", SignalKind.JOINED_LATE, DECISION,
                "RC", Optional.empty(), "bell\u0007");

        assertEquals("alongside.acknowledgement.problem.note.control", result.problems().get(0).messageKey());
    }

    @Test
    public void acknowledgingAgainReplacesTheNote() {
        acknowledgements.acknowledge("u-jo", SignalKind.FEW_SEATS, DECISION, "RC", Optional.empty(), "First");
        acknowledgements.acknowledge("u-sam", SignalKind.FEW_SEATS, DECISION, "RC", Optional.empty(), "Second");

        assertEquals(1, store.all().size());
        assertEquals("Second", acknowledgements.about(DECISION).get(SignalKind.FEW_SEATS).note());
    }

    @Test
    public void withdrawingRemovesIt() {
        acknowledgements.acknowledge("u-jo", SignalKind.FEW_SEATS, DECISION, "RC", Optional.empty(), "Noted");

        assertTrue(acknowledgements.withdraw(DECISION, SignalKind.FEW_SEATS));
        assertFalse(acknowledgements.withdraw(DECISION, SignalKind.FEW_SEATS));
        assertTrue(acknowledgements.about(DECISION).isEmpty());
    }

    @Test
    public void erasureKeepsTheGroupsNoteWithoutThePerson() {
        acknowledgements.acknowledge("u-jo", SignalKind.FEW_SEATS, DECISION, "RC", Optional.empty(), "Noted");

        assertEquals(1, acknowledgements.eraseUser("u-jo"));

        Acknowledgement kept = acknowledgements.about(DECISION).get(SignalKind.FEW_SEATS);
        assertTrue(kept.byErasedPerson());
        assertEquals("Noted", kept.note());
    }

    @Test
    public void aDecisionSignalCannotBeAcknowledgedForASpace() {
        assertThrows(IllegalArgumentException.class, () -> acknowledgements.acknowledge("u-jo",
                SignalKind.FEW_SEATS, SignalSubject.space("RC"), "RC", Optional.empty(), "Noted"));
    }

    @Test
    public void subjectsRoundTripThroughTheirKeys() {
        assertEquals(Optional.of(DECISION), SignalSubject.parse("decision:42:venue"));
        assertEquals(Optional.of(SignalSubject.space("RC")), SignalSubject.parse("space:RC"));
        assertEquals(Optional.empty(), SignalSubject.parse("decision:0:x"));
        assertEquals(Optional.empty(), SignalSubject.parse("page:1"));
    }
}
