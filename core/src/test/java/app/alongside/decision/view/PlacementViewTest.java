package app.alongside.decision.view;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderPlacer;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.DecisionSignals;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.text.Messages;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The card's ladder placement in words, for every shape a placement takes, and its signals. */
public class PlacementViewTest {

    private static final Messages KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 1);

    private final DecisionViews views = new DecisionViews(KEYS);
    private final LadderPlacer placer = new LadderPlacer(LadderRules.DEFAULTS);
    private final DecisionSignals signals = new DecisionSignals(LadderRules.DEFAULTS);

    @Test
    public void coProductionSaysItsRungBandAndArnsteinsRung() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        PlacementView view = view(decision, shown(Stage.values(), 3, 6));

        assertEquals("co-production", view.rungValue());
        assertEquals("alongside.placement.rung.value[7, alongside.ladder.co-production.name]", view.rungLine());
        assertEquals("doing-with", view.bandValue());
        assertEquals("alongside.ladder.band.doing_with.name", view.bandName());
        assertEquals("alongside.placement.rung.value[6, alongside.arnstein.partnership.name]", view.arnsteinLine());
        assertEquals("alongside.ladder.reason.everyStage[1/3]", view.reasons().get(0));
        assertFalse(view.hasSignals());
        assertEquals("alongside.placement.why", view.words().why());
    }

    @Test
    public void coDesignExplainsWhatWasMissing() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.AGENDA, Stage.OPTIONS, Stage.DECIDING);
        PlacementView view = view(decision, shown(new Stage[]{Stage.AGENDA, Stage.OPTIONS, Stage.DECIDING}, 3, 6));

        assertEquals("alongside.placement.rung.value[6, alongside.ladder.co-design.name]", view.rungLine());
        assertEquals("alongside.ladder.reason.shapedAndDecided", view.reasons().get(0));
        assertTrue(view.reasons().contains("alongside.ladder.stage.deciding.some[3, 6]"));
    }

    @Test
    public void hiddenTotalsSayHowHighItCouldBeAndWhatIsNotKnown() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        Map<Stage, SuppressedCount> totals = shown(Stage.values(), 3, 6);
        totals.put(Stage.DECIDING, new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3));
        PlacementView view = view(decision, totals);

        assertEquals("engagement", view.rungValue());
        assertEquals("alongside.placement.couldBe[alongside.placement.rung.value[7, alongside.ladder.co-production.name]]",
                view.couldBe());
        assertTrue(view.unknowns().contains("alongside.ladder.unknown.deciding[3]"));
    }

    @Test
    public void noEvidenceOfInvolvementIsSaidPlainly() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        PlacementView view = view(decision, shown(Stage.values(), 0, 6));

        assertEquals("informing", view.rungValue());
        assertEquals("alongside.placement.noEvidence", view.noEvidence());
        assertEquals(List.of(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE.code()),
                view.signals().stream().map(PlacementView.SignalView::code).toList());
    }

    @Test
    public void contradictionsAreListed() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.AGENDA, Stage.DELIVERING);
        PlacementView view = view(decision, shown(new Stage[]{Stage.AGENDA, Stage.DELIVERING}, 3, 6));

        assertTrue(view.contradictions().contains("alongside.ladder.contradiction.nobodyDeciding"));
    }

    @Test
    public void aClaimAboveTheEvidenceIsShownBesideItAndRaisesASignal() {
        Decision decision = decision(Optional.of(LadderRung.CO_PRODUCTION), List.of(), Stage.OPTIONS, Stage.DECIDING);
        PlacementView view = view(decision, shown(new Stage[]{Stage.OPTIONS, Stage.DECIDING}, 3, 6));

        assertEquals("alongside.placement.rung.value[7, alongside.ladder.co-production.name]", view.claimedLine());
        assertTrue(view.claimedAbove());
        assertEquals("alongside.placement.claimed.above[alongside.placement.rung.value[7, "
                + "alongside.ladder.co-production.name], alongside.placement.rung.value[6, "
                + "alongside.ladder.co-design.name]]", view.claimedAboveText());
        assertTrue(codes(view).contains(SignalKind.CLAIMED_ABOVE_EVIDENCE.code()));
    }

    @Test
    public void aClaimNotStatedIsSaidSo() {
        PlacementView view = view(decision(Optional.empty(), List.of(), Stage.values()), shown(Stage.values(), 3, 6));

        assertEquals("alongside.placement.claimed.notStated", view.claimedLine());
        assertFalse(view.claimedAbove());
    }

    @Test
    public void joinedLateAndTooFewSeatsAreSignalled() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        Map<Stage, SuppressedCount> totals = shown(Stage.values(), 0, 9);
        totals.put(Stage.DECIDING, new SuppressedCount.Shown(3, 12));
        PlacementView view = view(decision, totals);

        assertEquals(List.of("joined-late", "few-seats"), codes(view));
        assertEquals("alongside.signal.few-seats.name", view.signals().get(1).name());
        assertEquals("alongside.signal.few-seats.reason[3, 12, 1/3, 2]", view.signals().get(1).reason());
        assertEquals("alongside.placement.why.signals[2]", view.words().why());
    }

    @Test
    public void anUnansweredYouSaidGivesItsDetailWithADateAsPeopleReadIt() {
        Contribution waiting = new Contribution("More evening sessions", Optional.empty(),
                Optional.of(LocalDate.of(2026, 9, 1)), Response.PENDING, "", Optional.empty());
        PlacementView view = view(decision(Optional.empty(), List.of(waiting), Stage.values()),
                shown(Stage.values(), 3, 6));

        PlacementView.SignalView signal = view.signals().get(0);
        assertEquals("you-said-unanswered", signal.code());
        assertEquals(List.of("alongside.signal.you-said-unanswered.detail[1 September 2026, 89]"), signal.details());
    }

    @Test
    public void anAcknowledgedSignalSaysByWhomWhenAndTheGroupsNote() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        LadderPlacement placement = placer.place(decision, shown(Stage.values(), 0, 6));
        List<Signal> raised = signals.of(decision, shown(Stage.values(), 0, 6), placement, TODAY);
        Acknowledgement ack = new Acknowledgement(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE,
                SignalSubject.decision(42, "d"), "RC", "<b>We</b> will ask the peer group", "u-jo",
                Instant.parse("2026-11-02T23:30:00Z"), Optional.of(DECIDED));

        PlacementView view = views.placement(placement, raised, Map.of(ack.kind(), ack), key -> "Jo Bloggs",
                ZoneOffset.UTC, new PlacementView.Post("/ack", "atl_token", "t", 42, "d"));

        PlacementView.SignalView signal = view.signals().get(0);
        assertTrue(signal.acknowledged());
        assertEquals("alongside.acknowledgement.by[Jo Bloggs, 2 November 2026]", signal.acknowledgedLine());
        assertEquals("<b>We</b> will ask the peer group", signal.note());
        assertTrue(view.hasForm());
        assertEquals(42, view.form().pageId());
    }

    @Test
    public void anAcknowledgementByAnErasedPersonDoesNotNameThem() {
        Decision decision = decision(Optional.empty(), List.of(), Stage.values());
        LadderPlacement placement = placer.place(decision, shown(Stage.values(), 0, 6));
        List<Signal> raised = signals.of(decision, shown(Stage.values(), 0, 6), placement, TODAY);
        Acknowledgement ack = new Acknowledgement(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE,
                SignalSubject.decision(42, "d"), "RC", "Noted", Acknowledgement.ERASED, Instant.parse(
                "2026-11-02T10:00:00Z"), Optional.empty());

        PlacementView view = views.placement(placement, raised, Map.of(ack.kind(), ack), key -> {
            throw new AssertionError("no name is looked up for an erased person");
        }, ZoneOffset.UTC, null);

        assertEquals("alongside.acknowledgement.by[alongside.acknowledgement.erased, 2 November 2026]",
                view.signals().get(0).acknowledgedLine());
        assertFalse("without a post target, no form", view.hasForm());
        assertNull(view.form());
    }

    @Test
    public void theCardCarriesItsPlacement() {
        DecisionCardView card = views.card(new app.alongside.decision.ParsedDecision(
                decision(Optional.empty(), List.of(), Stage.values()), List.of()), "", r -> PersonView.named("x"),
                TODAY);
        assertFalse(card.hasPlacement());
        PlacementView placement = view(decision(Optional.empty(), List.of(), Stage.values()),
                shown(Stage.values(), 3, 6));

        assertTrue(card.withPlacement(placement).hasPlacement());
    }

    private PlacementView view(Decision decision, Map<Stage, SuppressedCount> totals) {
        LadderPlacement placement = placer.place(decision, totals);
        return views.placement(placement, signals.of(decision, totals, placement, TODAY), Map.of(),
                key -> key, ZoneOffset.UTC, null);
    }

    private static List<String> codes(PlacementView view) {
        return view.signals().stream().map(PlacementView.SignalView::code).toList();
    }

    private static Map<Stage, SuppressedCount> shown(Stage[] stages, int lived, int of) {
        Map<Stage, SuppressedCount> totals = new EnumMap<>(Stage.class);
        for (Stage stage : stages) {
            totals.put(stage, new SuppressedCount.Shown(lived, of));
        }
        return totals;
    }

    /** Six people at each of these stages, made on {@link #DECIDED}. */
    private static Decision decision(Optional<LadderRung> claimed, List<Contribution> contributions,
                                     Stage... stages) {
        Map<Stage, List<PersonRef>> people = new EnumMap<>(Stage.class);
        List<PersonRef> six = List.of(new PersonRef.Named("A"), new PersonRef.Named("B"), new PersonRef.Named("C"),
                new PersonRef.Named("D"), new PersonRef.Named("E"), new PersonRef.Named("F"));
        for (Stage stage : stages) {
            people.put(stage, six);
        }
        return new Decision("d", "Venue", DecisionStatus.DECIDED, Optional.empty(), Optional.of(DECIDED),
                Optional.empty(), claimed, "", "", people, contributions);
    }
}
