package app.alongside.insight;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderPlacer;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacementWorld;
import app.alongside.ladder.StageShown;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.people.PersonRef;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.SuppressedCount;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SpaceOverride;
import app.alongside.signal.DecisionSignals;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Property-based, with a seeded {@link Random} over many random groups, perspectives, thresholds and parity rules:
 * every insights figure is what adding up the decision cards' shown totals gives, and a change of perspective that
 * leaves every card's shown totals as they were changes no figure. Together: insights never reveal a perspective
 * below the suppression threshold.
 */
public class InsightsNeverRevealPerspectivesTest {

    private static final LocalDate TODAY = PlacementWorld.TODAY;
    private static final InsightsQuery YEAR = new InsightsQuery(Set.of("RC", "PEER"), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    private static final String[] CODES = {"lived-experience", "carer-or-family", "peer-worker",
            "staff-or-practitioner", "community-partner", "prefer-not-to-say"};

    @Test
    public void everyFigureIsTheSumOfShownTotalsAndUnmovedByPerspectivesNoCardShows() {
        Random random = new Random(20261129L);
        int unmoved = 0;
        int moved = 0;
        for (int round = 0; round < 60; round++) {
            Group group = new Group(random);
            InsightsFigures before = group.figures();
            assertEquals("round " + round, group.expected(), comparable(before));

            for (int change = 0; change < 6; change++) {
                Map<Long, Map<Stage, SuppressedCount>> shownBefore = group.shownTotals();
                group.changeSomeonesPerspective();
                InsightsFigures after = group.figures();
                assertEquals("round " + round + ", change " + change, group.expected(), comparable(after));
                if (shownBefore.equals(group.shownTotals())) {
                    unmoved++;
                    assertEquals("round " + round + ", change " + change + ": no card changed, so no figure may",
                            comparable(before), comparable(after));
                    assertEquals(before.charters(), after.charters());
                    assertEquals(before.reciprocity(), after.reciprocity());
                } else {
                    moved++;
                }
                before = after;
            }
        }
        assertTrue("the generator must exercise changes no card shows: " + unmoved, unmoved > 50);
        assertTrue("and changes some card shows: " + moved, moved > 20);
    }

    /** The figures that rest on perspectives, in a form two runs can be compared by. */
    private static Comparable comparable(InsightsFigures figures) {
        List<InsightsFigures.SignalTally> decisionSignals = figures.signals().stream()
                .filter(t -> t.kind().scope() == SignalKind.Scope.DECISION).toList();
        return new Comparable(figures.decisions(), figures.byMonth(), figures.partlyKnown(), figures.byStage(),
                figures.openLoops(), decisionSignals);
    }

    private record Comparable(int decisions, List<InsightsFigures.MonthRungs> byMonth, int partlyKnown,
                              List<InsightsFigures.StageInvolvement> byStage, InsightsFigures.OpenLoops openLoops,
                              List<InsightsFigures.SignalTally> signals) {
    }

    /** One random group: its people, perspectives, rules, pages and decisions, placed as the app places them. */
    private static final class Group {
        private final Random random;
        private final PlacementWorld world = new PlacementWorld();
        private final List<String> people = new ArrayList<>();
        private final List<Saved> saved = new ArrayList<>();
        private final Set<Long> hiddenPages = new HashSet<>();
        private final RegisterInsights insights;

        Group(Random random) {
            this.random = random;
            world.settingsRows.saveGlobal(new InvolvementSettings(2 + random.nextInt(4), parity()));
            if (random.nextBoolean()) {
                world.settingsRows.saveSpace(new SpaceOverride("PEER", Optional.of(3 + random.nextInt(3)),
                        Optional.of(parity())));
            }
            int size = 5 + random.nextInt(20);
            for (int n = 0; n < size; n++) {
                people.add("u" + n);
                if (random.nextInt(3) > 0) {
                    world.declare("u" + n, CODES[random.nextInt(CODES.length)]);
                }
            }
            // Participant pages: some stand for an account, some for a person without one.
            world.participants.add(900, "RC", "Pat", ParticipantProfiles.withAccount("Pat", "u0"));
            world.participants.add(901, "RC", "Lee", ParticipantProfiles.named("Lee"));
            if (random.nextBoolean()) {
                onBehalf(901, CODES[random.nextInt(3)]);
            }
            int pages = 1 + random.nextInt(6);
            for (int p = 1; p <= pages; p++) {
                String space = random.nextBoolean() ? "RC" : "PEER";
                IndexedPage page = PlacementWorld.page(p, space);
                List<Decision> decisions = new ArrayList<>();
                int count = random.nextInt(8);
                for (int n = 0; n < count; n++) {
                    decisions.add(decision(p + "-" + n));
                }
                List<Long> ids = world.save(page, decisions.toArray(new Decision[0]));
                for (int i = 0; i < ids.size(); i++) {
                    saved.add(new Saved(ids.get(i), page, decisions.get(i)));
                }
                if (random.nextInt(4) == 0) {
                    hiddenPages.add((long) p);
                }
            }
            insights = new RegisterInsights(new InMemoryInsightsIndex(world.store), world.index,
                    (spaces, from, to) -> Map.of(), spaces -> List.of(),
                    new CommitmentEvaluator(world.index, world.totals, new app.alongside.meeting.InMemoryMeetingIndex(),
                    app.alongside.reciprocity.RecognitionTimeliness.NONE),
                    (spaces, from, to) -> new ReciprocityTotals.NotShown(3),
                    new app.alongside.signal.UnrecognisedSignals(spaces -> List.of(),
                            app.alongside.reciprocity.RecognitionTimeliness.NONE));
        }

        private ParityFraction parity() {
            return List.of(ParityFraction.ONE_THIRD, new ParityFraction(1, 2), new ParityFraction(1, 4))
                    .get(random.nextInt(3));
        }

        private void onBehalf(long participantPage, String code) {
            world.perspectives.declareOnBehalf("fran", SubjectKey.participantPage(participantPage),
                    new DeclarationForm(List.of(code), true, null, false, "them", "2026-11-01", "in person")).get();
        }

        private Decision decision(String id) {
            Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                List<PersonRef> at = new ArrayList<>();
                int size = random.nextInt(4) == 0 ? 0 : random.nextInt(9);
                for (int i = 0; i < size; i++) {
                    int pick = random.nextInt(people.size() + 3);
                    at.add(pick < people.size() ? new PersonRef.User(people.get(pick))
                            : pick == people.size() ? new PersonRef.Page("", "Pat")
                            : pick == people.size() + 1 ? new PersonRef.Page("RC", "Lee")
                            : new PersonRef.Named("Jo"));
                }
                stages.put(stage, at);
            }
            List<Contribution> contributions = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                Optional<LocalDate> said = random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(TODAY.minusDays(random.nextInt(400)));
                contributions.add(new Contribution("Said", Optional.empty(), said,
                        Response.values()[random.nextInt(Response.values().length)], random.nextBoolean() ? "" : "Why",
                        Optional.empty()));
            }
            DecisionStatus status = DecisionStatus.values()[random.nextInt(DecisionStatus.values().length)];
            Optional<LocalDate> decidedOn = random.nextInt(6) == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            Optional<LadderRung> claimed = random.nextInt(3) == 0
                    ? Optional.of(LadderRung.values()[random.nextInt(LadderRung.values().length)]) : Optional.empty();
            return new Decision(id, "Decision " + id, status, Optional.empty(), decidedOn, Optional.empty(), claimed,
                    "", "", stages, contributions);
        }

        void changeSomeonesPerspective() {
            int pick = random.nextInt(people.size() + 1);
            if (pick == people.size()) {
                if (random.nextBoolean()) {
                    onBehalf(901, CODES[random.nextInt(CODES.length)]);
                } else {
                    world.perspectives.withdraw("fran", SubjectKey.participantPage(901));
                }
            } else if (random.nextInt(3) == 0) {
                world.perspectives.withdraw(people.get(pick), SubjectKey.user(people.get(pick)));
            } else {
                world.declare(people.get(pick), CODES[random.nextInt(CODES.length)]);
            }
        }

        InsightsFigures figures() {
            PageVisibility pages = ids -> {
                Set<Long> visible = new HashSet<>(ids);
                visible.removeAll(hiddenPages);
                return visible;
            };
            return insights.figures(YEAR, keys -> keys, pages, TODAY);
        }

        /** Every decision card's totals as shown, by decision: the single form, as the card asks. */
        Map<Long, Map<Stage, SuppressedCount>> shownTotals() {
            Map<Long, Map<Stage, SuppressedCount>> totals = new LinkedHashMap<>();
            for (Saved row : saved) {
                totals.put(row.id(), world.totals.atEachStage(row.decision(), row.page().spaceKey()));
            }
            return totals;
        }

        /** The figures worked out decision by decision from what each card shows, never from the store. */
        Comparable expected() {
            int decisions = 0;
            int partlyKnown = 0;
            Map<YearMonth, Map<LadderRung, Integer>> byMonth = new LinkedHashMap<>();
            Map<Stage, int[]> byStage = new EnumMap<>(Stage.class);
            Map<SignalKind, Integer> raised = new EnumMap<>(SignalKind.class);
            int[] bands = new int[4];
            Optional<Integer> oldest = Optional.empty();
            for (Saved row : saved) {
                Decision d = row.decision();
                if (hiddenPages.contains(row.page().pageId()) || d.decidedOn().isEmpty()
                        || d.decidedOn().get().isBefore(YEAR.from()) || d.decidedOn().get().isAfter(YEAR.to())) {
                    continue;
                }
                String space = row.page().spaceKey();
                LadderRules rules = LadderRules.from(world.settings.effectiveFor(space));
                Map<Stage, SuppressedCount> shown = world.totals.atEachStage(d, space);
                LadderPlacement placement = new LadderPlacer(rules).place(d, shown);
                decisions++;
                partlyKnown += placement.couldBe().isPresent() ? 1 : 0;
                byMonth.computeIfAbsent(YearMonth.from(d.decidedOn().get()), m -> new EnumMap<>(LadderRung.class))
                        .merge(placement.rung(), 1, Integer::sum);
                for (Stage stage : Stage.values()) {
                    byStage.computeIfAbsent(stage, s -> new int[4])[StageShown.of(d.peopleAt(stage).size(),
                            shown.get(stage)).ordinal()]++;
                }
                for (Signal signal : new DecisionSignals(rules).of(d, shown, placement, TODAY)) {
                    raised.merge(signal.kind(), 1, Integer::sum);
                }
                for (Contribution c : d.contributions()) {
                    Optional<LocalDate> said = c.saidOn().or(d::decidedOn);
                    if (!c.isAnswered() && said.isPresent()) {
                        int age = (int) Math.max(0, ChronoUnit.DAYS.between(said.get(), TODAY));
                        bands[age <= 30 ? 0 : age <= 90 ? 1 : age <= 180 ? 2 : 3]++;
                        oldest = Optional.of(Math.max(age, oldest.orElse(age)));
                    }
                }
            }
            List<InsightsFigures.MonthRungs> months = YEAR.months().stream()
                    .map(m -> new InsightsFigures.MonthRungs(m, byMonth.getOrDefault(m, Map.of()))).toList();
            List<InsightsFigures.StageInvolvement> stages = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                int[] n = byStage.getOrDefault(stage, new int[4]);
                stages.add(new InsightsFigures.StageInvolvement(stage, n[0], n[1], n[2], n[3]));
            }
            List<InsightsFigures.SignalTally> tallies = new ArrayList<>();
            for (SignalKind kind : SignalKind.values()) {
                if (kind.scope() == SignalKind.Scope.DECISION && raised.getOrDefault(kind, 0) > 0) {
                    tallies.add(new InsightsFigures.SignalTally(kind, raised.get(kind), 0));
                }
            }
            return new Comparable(decisions, months, partlyKnown, stages,
                    new InsightsFigures.OpenLoops(bands[0], bands[1], bands[2], bands[3], oldest), tallies);
        }
    }

    private record Saved(long id, IndexedPage page, Decision decision) {
    }
}
