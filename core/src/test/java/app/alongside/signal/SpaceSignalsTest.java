package app.alongside.signal;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.evidence.Reason;
import app.alongside.ladder.LadderRules;
import app.alongside.people.PersonRef;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SpaceSignalsTest {

    private final SpaceSignals signals = new SpaceSignals(LadderRules.DEFAULTS);

    @Test
    public void theSameTwoPeopleDecidingTheLastFourDecisionsIsASignalWithThoseDecisionsAsEvidence() {
        List<IndexedDecision> rows = List.of(row(1, 1, "alex", "sam"), row(2, 2, "sam"), row(3, 3, "alex", "sam"),
                row(4, 4, "alex"));

        List<Signal> raised = signals.of(rows, Optional.empty());

        assertEquals(1, raised.size());
        assertEquals(SignalKind.SAME_PEOPLE, raised.get(0).kind());
        assertEquals(Reason.of("alongside.signal.same-people.reason", 4), raised.get(0).reason());
        assertEquals(List.of(4L, 3L, 2L, 1L), raised.get(0).evidence().stream()
                .map(e -> e.decisionId().getAsLong()).toList());
    }

    @Test
    public void onlyTheMostRecentDecisionsCount() {
        List<IndexedDecision> rows = new ArrayList<>(List.of(row(1, 1, "jordan", "priya", "rowan")));
        for (int i = 2; i <= 5; i++) {
            rows.add(row(i, i, "alex", "sam"));
        }

        assertEquals(SignalKind.SAME_PEOPLE, signals.of(rows, Optional.empty()).get(0).kind());
    }

    @Test
    public void aThirdPersonDecidingAnyOfThemMeansNoSignal() {
        List<IndexedDecision> rows = List.of(row(1, 1, "alex", "sam"), row(2, 2, "sam"), row(3, 3, "alex", "jordan"),
                row(4, 4, "alex"));

        assertTrue(signals.of(rows, Optional.empty()).isEmpty());
    }

    @Test
    public void fewerDecisionsThanTheRulesAskForRaiseNothing() {
        List<IndexedDecision> rows = List.of(row(1, 1, "alex"), row(2, 2, "alex"), row(3, 3, "alex"));

        assertTrue(signals.of(rows, Optional.empty()).isEmpty());
    }

    @Test
    public void decisionsNotYetMadeOrWithNobodyDecidingAreNotEvidenceOfTheSamePeople() {
        List<IndexedDecision> rows = List.of(row(1, 1, "alex"), row(2, 2, "alex"), row(3, 3, "alex"), row(4, 4));

        assertTrue(signals.of(rows, Optional.empty()).isEmpty());
    }

    @Test
    public void lateRecognitionIsCountedFromKAndOtherwiseSaidAsSome() {
        Signal counted = signals.of(List.of(), Optional.of(new SpaceSignals.Unrecognised(30, 4, 3))).get(0);
        Signal some = signals.of(List.of(), Optional.of(new SpaceSignals.Unrecognised(30, 1, 3))).get(0);

        assertEquals(Reason.of("alongside.signal.unrecognised.reason", 4, 30), counted.reason());
        assertEquals(Reason.of("alongside.signal.unrecognised.reason.some", 30), some.reason());
        assertTrue(signals.of(List.of(), Optional.of(new SpaceSignals.Unrecognised(30, 0, 3))).isEmpty());
    }

    private static IndexedDecision row(long id, int day, String... deciders) {
        Map<Stage, List<PersonRef>> people = new EnumMap<>(Stage.class);
        people.put(Stage.DECIDING, java.util.Arrays.stream(deciders).map(k -> (PersonRef) new PersonRef.User(k))
                .toList());
        Decision decision = new Decision("d" + id, "Decision " + id, DecisionStatus.DECIDED, Optional.empty(),
                Optional.of(LocalDate.of(2026, 10, day)), Optional.empty(), Optional.empty(), "", "", people,
                List.of());
        return new IndexedDecision(id, new IndexedPage(100 + id, "GROUP", "Meeting " + id,
                IndexedPage.ContentType.PAGE, List.of()), decision, true);
    }
}
