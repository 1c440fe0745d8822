package app.alongside.ladder;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.settings.ParityFraction;
import app.alongside.signal.DecisionSignals;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/**
 * Every ladder rule and decision signal, one row each. A stage is written {@code c/p} (the total shows c people with
 * lived experience of p), {@code h:p} (p people, the total not shown) or {@code -} (nobody recorded); stages in
 * order agenda, options, deciding, delivering, reviewing.
 */
@RunWith(Parameterized.class)
public class LadderScenariosTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final LadderRules DEFAULTS = LadderRules.DEFAULTS;

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> scenarios() {
        List<Scenario> rows = new ArrayList<>();
        // No evidence of involvement
        rows.add(row("nobody recorded anywhere, not yet decided", "- - - - -").status(DecisionStatus.PROPOSED)
                .expect(LadderRung.INFORMING).noEvidence());
        rows.add(row("nobody with lived experience at any stage", "0/5 0/5 0/5 0/4 0/4")
                .expect(LadderRung.INFORMING).noEvidence().signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE));
        rows.add(row("every total hidden: informing, could be co-production", "h:2 h:2 h:2 h:2 h:2")
                .expect(LadderRung.INFORMING).noEvidence().couldBe(LadderRung.CO_PRODUCTION));
        rows.add(row("decided by people whose total is hidden, nobody earlier", "0/5 0/5 h:5 - -")
                .expect(LadderRung.INFORMING).noEvidence().couldBe(LadderRung.ENGAGEMENT));
        // Consultation
        rows.add(row("lived experience only at reviewing", "0/5 0/5 0/5 - 3/5")
                .expect(LadderRung.CONSULTATION)
                .signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, SignalKind.JOINED_LATE));
        rows.add(row("lived experience only delivering and reviewing", "0/4 0/4 0/4 3/5 3/5")
                .expect(LadderRung.CONSULTATION)
                .signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, SignalKind.JOINED_LATE));
        rows.add(row("lived experience raised the question only", "3/6 0/6 0/6 - -")
                .expect(LadderRung.CONSULTATION).signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE));
        // Engagement
        rows.add(row("options but not deciding", "0/5 3/6 0/6 - -")
                .expect(LadderRung.ENGAGEMENT).signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE));
        rows.add(row("agenda and options, decided without", "3/6 3/6 0/6 0/6 0/6")
                .expect(LadderRung.ENGAGEMENT).signals(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE));
        rows.add(row("joined at deciding after agenda and options were fixed", "0/5 0/5 3/6 - -")
                .expect(LadderRung.ENGAGEMENT).signals(SignalKind.JOINED_LATE));
        rows.add(row("below the parity share at deciding", "3/6 3/6 3/10 3/6 3/6")
                .expect(LadderRung.ENGAGEMENT).placation().signals(SignalKind.FEW_SEATS));
        rows.add(row("a space asking for half the seats", "3/6 3/6 3/9 3/6 3/6").rules(parity(1, 2))
                .expect(LadderRung.ENGAGEMENT).placation().signals(SignalKind.FEW_SEATS));
        rows.add(row("a space asking for four people at least", "3/6 3/6 3/6 3/6 3/6").rules(seats(4))
                .expect(LadderRung.ENGAGEMENT).placation().signals(SignalKind.FEW_SEATS));
        rows.add(row("deciding total hidden caps the rung, could be co-production", "3/6 3/6 h:5 3/6 3/6")
                .expect(LadderRung.ENGAGEMENT).couldBe(LadderRung.CO_PRODUCTION));
        rows.add(row("not decided yet: options so far", "3/6 3/6 - - -").status(DecisionStatus.UNDER_DISCUSSION)
                .expect(LadderRung.ENGAGEMENT));
        // Co-design
        rows.add(row("agenda, options and deciding", "3/6 3/6 3/6 - -").expect(LadderRung.CO_DESIGN));
        rows.add(row("agenda and deciding, options skipped", "3/6 - 3/6 - -").expect(LadderRung.CO_DESIGN));
        rows.add(row("options and deciding only", "0/6 3/6 3/6 0/4 0/4").expect(LadderRung.CO_DESIGN));
        rows.add(row("everything but reviewing", "3/6 3/6 3/6 3/6 -").expect(LadderRung.CO_DESIGN));
        rows.add(row("hidden agenda that could not change the rung", "h:4 3/6 3/6 - -")
                .expect(LadderRung.CO_DESIGN));
        rows.add(row("delivering hidden: co-design, could be co-production", "3/6 3/6 3/6 h:2 3/6")
                .expect(LadderRung.CO_DESIGN).couldBe(LadderRung.CO_PRODUCTION));
        // Co-production
        rows.add(row("every stage, a third deciding", "3/6 3/6 3/9 3/6 3/6").expect(LadderRung.CO_PRODUCTION));
        rows.add(row("every stage, a majority deciding: delegated power", "3/5 3/5 4/6 3/5 3/5")
                .expect(LadderRung.CO_PRODUCTION).arnstein(ArnsteinRung.DELEGATED_POWER));
        rows.add(row("every stage, half deciding is partnership", "3/5 3/5 3/6 3/5 3/5")
                .expect(LadderRung.CO_PRODUCTION).arnstein(ArnsteinRung.PARTNERSHIP));
        // The claimed level
        rows.add(row("claimed co-production, evidenced co-design", "3/6 3/6 3/6 - -")
                .claimed(LadderRung.CO_PRODUCTION).expect(LadderRung.CO_DESIGN)
                .signals(SignalKind.CLAIMED_ABOVE_EVIDENCE));
        rows.add(row("claimed what the record shows", "3/6 3/6 3/6 - -").claimed(LadderRung.CO_DESIGN)
                .expect(LadderRung.CO_DESIGN));
        rows.add(row("claimed below the record", "3/6 3/6 3/6 - -").claimed(LadderRung.CONSULTATION)
                .expect(LadderRung.CO_DESIGN));
        rows.add(row("claimed above, hidden totals could explain it", "3/6 3/6 h:5 3/6 3/6")
                .claimed(LadderRung.CO_PRODUCTION).expect(LadderRung.ENGAGEMENT).couldBe(LadderRung.CO_PRODUCTION)
                .signals(SignalKind.CLAIMED_ABOVE_EVIDENCE));
        // Contradictory records: placed on the evidence, flagged
        rows.add(row("decided with nobody recorded deciding", "3/6 3/6 - - -")
                .expect(LadderRung.ENGAGEMENT).contradictions(1));
        rows.add(row("delivered before it was decided", "3/6 3/6 - 3/6 -").status(DecisionStatus.PROPOSED)
                .expect(LadderRung.ENGAGEMENT).contradictions(2));
        rows.add(row("reviewed before it was decided", "3/6 3/6 3/6 3/6 3/6").reviewOn(DECIDED.minusDays(10))
                .expect(LadderRung.CO_PRODUCTION).contradictions(1));
        rows.add(row("people took part but nobody raised the question", "- 3/6 3/6 - -")
                .expect(LadderRung.CO_DESIGN).contradictions(1));
        // "You said" waiting for an answer
        rows.add(row("a you-said pending for 45 days", "3/6 3/6 3/6 - -")
                .contribution(TODAY.minusDays(45), Response.PENDING, "").expect(LadderRung.CO_DESIGN)
                .signals(SignalKind.YOU_SAID_UNANSWERED));
        rows.add(row("a you-said pending for 10 days", "3/6 3/6 3/6 - -")
                .contribution(TODAY.minusDays(10), Response.PENDING, "").expect(LadderRung.CO_DESIGN));
        rows.add(row("not adopted without a reason is no answer", "3/6 3/6 3/6 - -")
                .contribution(TODAY.minusDays(60), Response.NOT_ADOPTED, "").expect(LadderRung.CO_DESIGN)
                .signals(SignalKind.YOU_SAID_UNANSWERED));
        rows.add(row("not adopted with the reason is an answer", "3/6 3/6 3/6 - -")
                .contribution(TODAY.minusDays(60), Response.NOT_ADOPTED, "No budget this year")
                .expect(LadderRung.CO_DESIGN));
        rows.add(row("an undated you-said is dated by the decision", "3/6 3/6 3/6 - -")
                .contribution(null, Response.PENDING, "").expect(LadderRung.CO_DESIGN)
                .signals(SignalKind.YOU_SAID_UNANSWERED));
        rows.add(row("a space allowing 90 days for answers", "3/6 3/6 3/6 - -")
                .rules(new LadderRules(ParityFraction.ONE_THIRD, 2, 90, 4))
                .contribution(TODAY.minusDays(60), Response.PENDING, "").expect(LadderRung.CO_DESIGN));
        // Signals never read hidden totals
        rows.add(row("hidden agenda: joining late is not known", "h:4 0/6 3/6 - -")
                .expect(LadderRung.ENGAGEMENT).couldBe(LadderRung.CO_DESIGN).signals());
        rows.add(row("hidden deciding total raises no decided-without", "0/5 0/5 h:4 - -")
                .expect(LadderRung.INFORMING).noEvidence().couldBe(LadderRung.ENGAGEMENT));
        return rows.stream().map(row -> new Object[]{row.name, row}).toList();
    }

    private final String name;
    private final Scenario scenario;

    public LadderScenariosTest(String name, Scenario scenario) {
        this.name = name;
        this.scenario = scenario;
    }

    @Test
    public void placesTheDecisionAndRaisesTheSignalsTheRulesSay() {
        LadderPlacement placement = new LadderPlacer(scenario.rules).place(scenario.decision(), scenario.totals());
        List<Signal> signals = new DecisionSignals(scenario.rules).of(scenario.decision(), scenario.totals(),
                placement, TODAY);

        assertEquals(name + ": rung", scenario.rung, placement.rung());
        assertEquals(name + ": could be", Optional.ofNullable(scenario.couldBe), placement.couldBe());
        assertEquals(name + ": unknowns only when it could be higher", scenario.couldBe != null,
                placement.isPartlyKnown());
        assertEquals(name + ": no evidence", scenario.noEvidence, placement.noEvidenceOfInvolvement());
        assertEquals(name + ": arnstein", scenario.arnstein != null ? scenario.arnstein
                : ArnsteinRung.alongside(scenario.rung), placement.arnsteinRung());
        assertEquals(name + ": contradictions", scenario.contradictions, placement.contradictions().size());
        assertEquals(name + ": signals", scenario.signals,
                signals.stream().map(Signal::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalKind.class))));
        assertEquals(name + ": the first reason says why", true,
                placement.reasons().get(0).messageKey().startsWith("alongside.ladder.reason."));
        if (scenario.placation) {
            assertEquals(name + ": placation", ArnsteinRung.PLACATION, placement.arnsteinRung());
        }
    }

    static Scenario row(String name, String stages) {
        return new Scenario(name, stages);
    }

    private static LadderRules parity(int numerator, int denominator) {
        return new LadderRules(new ParityFraction(numerator, denominator), 2, 30, 4);
    }

    private static LadderRules seats(int minimum) {
        return new LadderRules(ParityFraction.ONE_THIRD, minimum, 30, 4);
    }

    /** One row of the table, built fluently; {@link #expect} and the rest return it as a parameter row. */
    static final class Scenario {
        private final String name;
        private final String stages;
        LadderRules rules = DEFAULTS;
        DecisionStatus status = DecisionStatus.DECIDED;
        LadderRung claimed;
        LocalDate reviewOn;
        final List<Contribution> contributions = new ArrayList<>();
        LadderRung rung;
        LadderRung couldBe;
        ArnsteinRung arnstein;
        boolean noEvidence;
        boolean placation;
        int contradictions;
        Set<SignalKind> signals = EnumSet.noneOf(SignalKind.class);

        Scenario(String name, String stages) {
            this.name = name;
            this.stages = stages;
        }

        Scenario status(DecisionStatus value) {
            status = value;
            return this;
        }

        Scenario rules(LadderRules value) {
            rules = value;
            return this;
        }

        Scenario claimed(LadderRung value) {
            claimed = value;
            return this;
        }

        Scenario reviewOn(LocalDate value) {
            reviewOn = value;
            return this;
        }

        Scenario contribution(LocalDate saidOn, Response response, String answer) {
            contributions.add(new Contribution("Could we meet in the evenings?", Optional.empty(),
                    Optional.ofNullable(saidOn), response, answer, Optional.empty()));
            return this;
        }

        Scenario expect(LadderRung value) {
            rung = value;
            return this;
        }

        Scenario couldBe(LadderRung value) {
            couldBe = value;
            return this;
        }

        Scenario arnstein(ArnsteinRung value) {
            arnstein = value;
            return this;
        }

        Scenario noEvidence() {
            noEvidence = true;
            return this;
        }

        Scenario placation() {
            placation = true;
            return this;
        }

        Scenario contradictions(int count) {
            contradictions = count;
            return this;
        }

        Scenario signals(SignalKind... kinds) {
            signals = kinds.length == 0 ? EnumSet.noneOf(SignalKind.class) : EnumSet.copyOf(Arrays.asList(kinds));
            return this;
        }

        @Override
        public String toString() {
            return name;
        }

        Decision decision() {
            Map<Stage, List<PersonRef>> people = new EnumMap<>(Stage.class);
            String[] tokens = stages.trim().split("\\s+");
            for (Stage stage : Stage.values()) {
                people.put(stage, peopleFor(stage, tokens[stage.ordinal()]));
            }
            return new Decision("d1", "Evening meetings", status, Optional.empty(),
                    status.isMade() ? Optional.of(DECIDED) : Optional.empty(), Optional.ofNullable(reviewOn),
                    Optional.ofNullable(claimed), "", "", people, contributions);
        }

        Map<Stage, SuppressedCount> totals() {
            Map<Stage, SuppressedCount> totals = new EnumMap<>(Stage.class);
            String[] tokens = stages.trim().split("\\s+");
            for (Stage stage : Stage.values()) {
                String token = tokens[stage.ordinal()];
                if (token.equals("-")) {
                    totals.put(stage, new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3));
                } else if (token.startsWith("h:")) {
                    totals.put(stage, new SuppressedCount.NotShown(SuppressedCount.Reason.FEWER_THAN_THRESHOLD, 3));
                } else {
                    String[] parts = token.split("/");
                    totals.put(stage, new SuppressedCount.Shown(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
                }
            }
            return totals;
        }

        private static List<PersonRef> peopleFor(Stage stage, String token) {
            int count = token.equals("-") ? 0 : Integer.parseInt(token.contains(":") ? token.substring(2)
                    : token.split("/")[1]);
            List<PersonRef> people = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                people.add(new PersonRef.User("u" + stage.ordinal() + "-" + i));
            }
            return people;
        }
    }
}
