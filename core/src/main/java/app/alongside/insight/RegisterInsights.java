package app.alongside.insight;

import app.alongside.charter.ChartersInSpaces;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.decision.register.SpaceVisibility;
import app.alongside.insight.InsightsFigures.CharterCommitments;
import app.alongside.insight.InsightsFigures.MonthRungs;
import app.alongside.insight.InsightsFigures.OpenLoops;
import app.alongside.insight.InsightsFigures.SignalTally;
import app.alongside.insight.InsightsFigures.StageInvolvement;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.StageShown;
import app.alongside.reciprocity.LedgerTotals;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.settings.InvolvementSettings;
import app.alongside.signal.AcknowledgedSignals;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SpaceSignals;
import app.alongside.signal.UnrecognisedSignals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Insights from the register's stored placements, added up in the database ({@link InsightsIndex}): four grouped
 * statements whatever the number of decisions, one visibility question for every page they name, then sums here.
 *
 * <p>Why nothing here reveals a perspective below the threshold: every figure is a count of decisions (or of
 * contributions) by what their decision card shows — the evidenced rung, and for each stage whether lived experience
 * was shown, shown as none, not shown or nobody was recorded — and a stored placement is computed from the shown
 * totals only. A perspective that changes no card's totals changes no placement, so no figure (the property test
 * proves it over random groups).</p>
 */
public final class RegisterInsights implements Insights {

    private final InsightsIndex index;
    private final DecisionIndex decisions;
    private final AcknowledgedSignals acknowledged;
    private final ChartersInSpaces charters;
    private final CommitmentEvaluator evaluator;
    private final LedgerTotals ledger;
    private final UnrecognisedSignals unrecognised;

    public RegisterInsights(InsightsIndex index, DecisionIndex decisions, AcknowledgedSignals acknowledged,
                            ChartersInSpaces charters, CommitmentEvaluator evaluator, LedgerTotals ledger,
                            UnrecognisedSignals unrecognised) {
        this.index = Objects.requireNonNull(index, "index");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.acknowledged = Objects.requireNonNull(acknowledged, "acknowledged");
        this.charters = Objects.requireNonNull(charters, "charters");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.unrecognised = Objects.requireNonNull(unrecognised, "unrecognised");
    }

    @Override
    public InsightsFigures figures(InsightsQuery query, SpaceVisibility spaces, PageVisibility pages, LocalDate today) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(today, "today");
        Set<String> visibleSpaces = new TreeSet<>(spaces.visible(query.spaceKeys()));
        visibleSpaces.retainAll(query.spaceKeys());
        List<String> leftOut = query.spaceKeys().stream().filter(key -> !visibleSpaces.contains(key)).toList();
        if (visibleSpaces.isEmpty()) {
            return new InsightsFigures(query, leftOut, 0, months(query, Map.of()), 0, stages(Map.of()),
                    new OpenLoops(0, 0, 0, 0, Optional.empty()), List.of(), List.of(),
                    new ReciprocityTotals.NotShown(InvolvementSettings.DEFAULT_SUPPRESSION_THRESHOLD));
        }
        LocalDate from = query.from();
        LocalDate to = query.to();

        List<RungRow> rungRows = new ArrayList<>();
        index.forEachRung(visibleSpaces, from, to, (pageId, month, rung, n) -> rungRows.add(new RungRow(pageId, month,
                rung, n)));
        List<InsightsIndex.PageCounts> pageRows = new ArrayList<>();
        index.forEachPage(visibleSpaces, from, to, pageRows::add);
        // "You said" waits the default days everywhere: the rules' days are not yet set per space.
        LocalDate saidBefore = today.minusDays(LadderRules.DEFAULTS.answerWithinDays());
        Map<Long, Integer> overdue = new LinkedHashMap<>();
        index.forEachOverdue(visibleSpaces, from, to, saidBefore, (pageId, n) -> overdue.merge(pageId, n, Integer::sum));
        List<LoopRow> loopRows = new ArrayList<>();
        index.forEachOpenLoop(visibleSpaces, from, to, (pageId, saidOn, n) -> loopRows.add(new LoopRow(pageId, saidOn,
                n)));

        Set<Long> named = new HashSet<>();
        rungRows.forEach(row -> named.add(row.pageId()));
        pageRows.forEach(row -> named.add(row.pageId()));
        named.addAll(overdue.keySet());
        loopRows.forEach(row -> named.add(row.pageId()));
        Set<Long> visible = named.isEmpty() ? Set.of() : Set.copyOf(pages.visible(Set.copyOf(named)));

        Map<YearMonth, Map<LadderRung, Integer>> byMonth = new LinkedHashMap<>();
        for (RungRow row : rungRows) {
            if (visible.contains(row.pageId()) && !row.month().isBefore(YearMonth.from(from))
                    && !row.month().isAfter(YearMonth.from(to))) {
                byMonth.computeIfAbsent(row.month(), m -> new EnumMap<>(LadderRung.class))
                        .merge(row.rung(), row.decisions(), Integer::sum);
            }
        }
        int total = 0;
        int partlyKnown = 0;
        Map<Stage, Map<StageShown, Integer>> byStage = new EnumMap<>(Stage.class);
        Map<SignalKind, Integer> raised = new EnumMap<>(SignalKind.class);
        for (InsightsIndex.PageCounts row : pageRows) {
            if (!visible.contains(row.pageId())) {
                continue;
            }
            total += row.decisions();
            partlyKnown += row.partlyKnown();
            row.stages().forEach((stage, shown) -> shown.forEach((kind, n) -> byStage
                    .computeIfAbsent(stage, s -> new EnumMap<>(StageShown.class)).merge(kind, n, Integer::sum)));
            row.signals().forEach((kind, n) -> raised.merge(kind, n, Integer::sum));
        }
        overdue.forEach((pageId, n) -> {
            if (visible.contains(pageId)) {
                raised.merge(SignalKind.YOU_SAID_UNANSWERED, n, Integer::sum);
            }
        });
        int samePeople = 0;
        for (String spaceKey : visibleSpaces) {
            if (samePeople(spaceKey, from, to, pages)) {
                samePeople++;
            }
        }
        raised.put(SignalKind.SAME_PEOPLE, samePeople);
        List<ChartersInSpaces.CharterOnPage> visibleCharters = visibleCharters(visibleSpaces, pages);
        // As it stands today, like the charters' commitments: counts of contributions, one signal per space raising it.
        SpaceSignals spaceSignals = new SpaceSignals(LadderRules.DEFAULTS);
        int unrecognisedSpaces = (int) unrecognised.among(visibleCharters, visibleSpaces, today).values().stream()
                .filter(u -> !spaceSignals.of(List.of(), Optional.of(u)).isEmpty()).count();
        raised.put(SignalKind.UNRECOGNISED, unrecognisedSpaces);

        return new InsightsFigures(query, leftOut, total, months(query, byMonth), partlyKnown, stages(byStage),
                openLoops(loopRows, visible, today), tallies(raised, acknowledged.acknowledgedIn(visibleSpaces, from,
                to)), charters(visibleCharters, spaces, pages, today), ledger.totalsFor(visibleSpaces, from, to));
    }

    /** Every month of the period, oldest first, with every rung. */
    private static List<MonthRungs> months(InsightsQuery query, Map<YearMonth, Map<LadderRung, Integer>> counted) {
        return query.months().stream().map(month -> new MonthRungs(month, counted.getOrDefault(month, Map.of())))
                .toList();
    }

    private static List<StageInvolvement> stages(Map<Stage, Map<StageShown, Integer>> counted) {
        return Arrays.stream(Stage.values()).map(stage -> {
            Map<StageShown, Integer> shown = counted.getOrDefault(stage, Map.of());
            return new StageInvolvement(stage, shown.getOrDefault(StageShown.WITH_LIVED_EXPERIENCE, 0),
                    shown.getOrDefault(StageShown.WITHOUT, 0), shown.getOrDefault(StageShown.NOT_SHOWN, 0),
                    shown.getOrDefault(StageShown.NOBODY_RECORDED, 0));
        }).toList();
    }

    /** By age on {@code today}: up to 30 days, 31–90, 91–180, over 180 (a date after today counts as new). */
    private static OpenLoops openLoops(List<LoopRow> rows, Set<Long> visible, LocalDate today) {
        int[] bands = new int[4];
        Optional<Integer> oldest = Optional.empty();
        for (LoopRow row : rows) {
            if (!visible.contains(row.pageId()) || row.contributions() <= 0) {
                continue;
            }
            int age = (int) Math.max(0, ChronoUnit.DAYS.between(row.saidOn(), today));
            bands[age <= 30 ? 0 : age <= 90 ? 1 : age <= 180 ? 2 : 3] += row.contributions();
            if (oldest.isEmpty() || age > oldest.get()) {
                oldest = Optional.of(age);
            }
        }
        return new OpenLoops(bands[0], bands[1], bands[2], bands[3], oldest);
    }

    /** Every kind raised at least once, in the kinds' order, with how many of those were acknowledged. */
    private static List<SignalTally> tallies(Map<SignalKind, Integer> raised, Map<SignalKind, Integer> acknowledged) {
        List<SignalTally> tallies = new ArrayList<>();
        for (SignalKind kind : EnumSet.allOf(SignalKind.class)) {
            int n = raised.getOrDefault(kind, 0);
            if (n > 0) {
                // An acknowledgement of a signal on a page the viewer may not see is not counted beyond what they see.
                tallies.add(new SignalTally(kind, n, Math.max(0, Math.min(n, acknowledged.getOrDefault(kind, 0)))));
            }
        }
        return tallies;
    }

    /**
     * The space's most recent decisions in the period the viewer may see, read the way a register reads them (one
     * summaries statement, one visibility question, two detail statements), checked for "the same people".
     */
    private boolean samePeople(String spaceKey, LocalDate from, LocalDate to, PageVisibility pages) {
        int wanted = LadderRules.DEFAULTS.samePeopleDecisions();
        Set<DecisionStatus> made = EnumSet.noneOf(DecisionStatus.class);
        for (DecisionStatus status : DecisionStatus.values()) {
            if (status.isMade()) {
                made.add(status);
            }
        }
        RegisterQuery query = new RegisterQuery(Set.of(spaceKey), Set.of(), made, Optional.of(from), Optional.of(to),
                false, Optional.empty(), Optional.empty(), RegisterSort.DECIDED_NEWEST, RegisterQuery.MAX_PAGE_SIZE,
                Optional.empty());
        List<IndexedDecision> recent = decisions.summaries(query, Optional.empty(), wanted * 4);
        if (recent.size() < wanted) {
            return false;
        }
        Set<Long> pageIds = new HashSet<>();
        recent.forEach(row -> pageIds.add(row.page().pageId()));
        Set<Long> visible = pages.visible(pageIds);
        List<IndexedDecision> shown = recent.stream().filter(row -> visible.contains(row.page().pageId()))
                .limit(wanted).toList();
        if (shown.size() < wanted) {
            return false;
        }
        List<Signal> signals = new SpaceSignals(LadderRules.DEFAULTS).of(decisions.withDetails(shown),
                Optional.empty());
        return signals.stream().anyMatch(signal -> signal.kind() == SignalKind.SAME_PEOPLE);
    }

    /** The charters on pages of the spaces that the viewer may see: read once, for the signal and the figures. */
    private List<ChartersInSpaces.CharterOnPage> visibleCharters(Set<String> visibleSpaces, PageVisibility pages) {
        List<ChartersInSpaces.CharterOnPage> found = charters.in(visibleSpaces);
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        found.forEach(charter -> ids.add(charter.pageId()));
        Set<Long> visible = pages.visible(ids);
        return found.stream().filter(charter -> visible.contains(charter.pageId())).toList();
    }

    private List<CharterCommitments> charters(List<ChartersInSpaces.CharterOnPage> visibleCharters,
                                              SpaceVisibility spaces, PageVisibility pages, LocalDate today) {
        return visibleCharters.stream()
                .sorted(Comparator.comparing(ChartersInSpaces.CharterOnPage::title)
                        .thenComparingLong(ChartersInSpaces.CharterOnPage::pageId))
                .map(charter -> new CharterCommitments(charter.pageId(), charter.title(),
                        evaluator.evaluate(charter.charter(), spaces, pages, today)))
                .toList();
    }

    private record RungRow(long pageId, YearMonth month, LadderRung rung, int decisions) {
    }

    private record LoopRow(long pageId, LocalDate saidOn, int contributions) {
    }
}
