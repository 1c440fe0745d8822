package app.alongside.charter;

import app.alongside.decision.register.SpaceVisibility;
import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;
import app.alongside.charter.Evaluation.State;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.meeting.IndexedMeeting;
import app.alongside.meeting.MeetingIndex;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.SuppressedCount;
import app.alongside.reciprocity.RecognitionMonth;
import app.alongside.reciprocity.RecognitionTimeliness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a charter's commitments against the register of its spaces, as the viewer may see it: only decisions on
 * pages they may view, in spaces they may view, decided since the charter was agreed. Totals about lived experience
 * come from {@link InvolvementTotals} and a total it does not show is never turned into a number here: such a
 * decision puts the commitment at risk, it does not break it.
 */
public final class CommitmentEvaluator {

    /** At most this many decisions are read for one charter; a charter whose spaces hold more says so. */
    public static final int MAX_DECISIONS = 500;
    /** A "you said" this close to its deadline, still unanswered, puts the commitment at risk. */
    public static final int DUE_SOON_DAYS = 7;
    /** At most this many meetings are read for "the chair rotates"; a charter whose spaces hold more says so. */
    public static final int MAX_MEETINGS = 500;
    private static final int BATCH = 100;
    /** Where a charter agreed on no recorded day checks the ledger from: before any group used the app. */
    public static final LocalDate LEDGER_FLOOR = LocalDate.of(2000, 1, 1);

    private final DecisionIndex index;
    private final InvolvementTotals totals;
    private final MeetingIndex meetings;
    private final RecognitionTimeliness recognition;

    public CommitmentEvaluator(DecisionIndex index, InvolvementTotals totals, MeetingIndex meetings,
                               RecognitionTimeliness recognition) {
        this.index = Objects.requireNonNull(index, "index");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.recognition = Objects.requireNonNull(recognition, "recognition");
    }

    /** Every commitment of the charter, in the charter's order, as it stands on {@code today}. */
    public List<Evaluation> evaluate(Charter charter, SpaceVisibility spaces, PageVisibility pages, LocalDate today) {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(today, "today");
        if (charter.commitments().isEmpty()) {
            return List.of();
        }
        Set<String> asked = new LinkedHashSet<>(charter.spaces());
        Set<String> allowed = spaces.visible(Set.copyOf(asked));
        List<String> visible = asked.stream().filter(allowed::contains).toList();
        List<Reason> common = new ArrayList<>();
        asked.stream().filter(key -> !allowed.contains(key))
                .forEach(key -> common.add(Reason.of("alongside.charter.reason.space.hidden", key)));

        Register register = visible.isEmpty() ? Register.EMPTY : read(visible, pages);
        if (register.truncated()) {
            common.add(Reason.of("alongside.charter.reason.truncated", MAX_DECISIONS));
        }
        charter.agreedOn().ifPresent(on -> common.add(Reason.of("alongside.charter.reason.since", on)));

        List<Evaluation> evaluations = new ArrayList<>();
        for (Commitment commitment : charter.commitments()) {
            evaluations.add(evaluate(commitment, charter, visible, pages, register, today, common));
        }
        return evaluations;
    }

    private Evaluation evaluate(Commitment commitment, Charter charter, List<String> visible, PageVisibility pages,
                                Register register, LocalDate today, List<Reason> common) {
        boolean noSpaceVisible = visible.isEmpty();
        if (commitment instanceof Commitment.ChairRotates && !noSpaceVisible) {
            // How many decisions were read says nothing about meetings.
            List<Reason> forMeetings = common.stream()
                    .filter(r -> !r.messageKey().equals("alongside.charter.reason.truncated")).toList();
            return withCommon(chairRotates(commitment, charter, visible, pages, today), forMeetings);
        }
        if (noSpaceVisible) {
            List<Reason> reasons = new ArrayList<>(common);
            reasons.add(Reason.of("alongside.charter.reason.space.noneVisible"));
            return cannot(commitment, reasons);
        }
        Evaluation evaluation;
        if (commitment instanceof Commitment.LivedExperienceInEveryDecision every) {
            evaluation = livedExperience(commitment, every.atLeast(), Optional.empty(), decided(register, charter, today));
        } else if (commitment instanceof Commitment.LivedExperienceAtAgenda) {
            evaluation = livedExperience(commitment, 1, Optional.of(Stage.AGENDA), decided(register, charter, today));
        } else if (commitment instanceof Commitment.YouSaidAnsweredWithin within) {
            evaluation = youSaid(within, register, charter, today);
        } else if (commitment instanceof Commitment.RecognisedWithin within) {
            evaluation = recognised(within, visible, charter, today);
        } else {
            throw new IllegalStateException("a commitment with no rule: " + commitment.code());
        }
        List<Reason> reasons = new ArrayList<>(common);
        reasons.addAll(evaluation.reasons());
        return new Evaluation(commitment, evaluation.state(), reasons, evaluation.evidence());
    }

    private Evaluation livedExperience(Commitment commitment, int atLeast, Optional<Stage> stage,
                                       List<IndexedDecision> decisions) {
        if (decisions.isEmpty()) {
            return cannot(commitment, List.of(Reason.of("alongside.charter.reason.noDecisions")));
        }
        List<Evidence> below = new ArrayList<>();
        List<Evidence> notShown = new ArrayList<>();
        Set<Integer> thresholds = new TreeSet<>();
        for (IndexedDecision row : decisions) {
            String space = row.page().spaceKey();
            SuppressedCount count = stage.isPresent()
                    ? totals.atStage(row.decision(), stage.get(), space)
                    : totals.inDecision(row.decision(), space);
            if (count instanceof SuppressedCount.Shown shown) {
                if (shown.value() < atLeast) {
                    below.add(evidence(row, row.decision().decidedOn(), stage.isPresent()
                            ? "alongside.charter.evidence.noneAtAgenda" : "alongside.charter.evidence.below"));
                }
            } else if (count instanceof SuppressedCount.NotShown hidden) {
                // Only the public reason: telling the other two apart would say whether everyone was counted.
                thresholds.add(hidden.threshold());
                notShown.add(evidence(row, row.decision().decidedOn(), hidden.reason().messageKey()));
            }
        }
        String kind = stage.isPresent() ? "agenda" : "every";
        if (!below.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(below);
            evidence.addAll(notShown);
            return new Evaluation(commitment, State.BROKEN,
                    List.of(Reason.of("alongside.charter.reason." + kind + ".broken", atLeast)), evidence);
        }
        if (!notShown.isEmpty()) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of("alongside.charter.reason." + kind + ".notShown", atLeast));
            thresholds.forEach(k -> reasons.add(Reason.of("alongside.charter.reason.notShownBelow", k)));
            return new Evaluation(commitment, State.AT_RISK, reasons, notShown);
        }
        return new Evaluation(commitment, State.KEPT,
                List.of(Reason.of("alongside.charter.reason." + kind + ".kept", atLeast)), List.of());
    }

    private Evaluation youSaid(Commitment.YouSaidAnsweredWithin commitment, Register register, Charter charter,
                               LocalDate today) {
        List<Evidence> overdue = new ArrayList<>();
        List<Evidence> dueSoon = new ArrayList<>();
        List<Evidence> undated = new ArrayList<>();
        boolean anyContribution = false;
        for (IndexedDecision row : register.rows()) {
            Decision decision = row.decision();
            for (Contribution contribution : decision.contributions()) {
                Optional<LocalDate> said = contribution.saidOn().or(decision::decidedOn);
                if (said.isPresent() && (said.get().isAfter(today)
                        || charter.agreedOn().map(said.get()::isBefore).orElse(false))) {
                    continue;
                }
                anyContribution = true;
                if (contribution.isAnswered()) {
                    continue;
                }
                if (said.isEmpty()) {
                    undated.add(evidence(row, Optional.empty(), "alongside.charter.evidence.undated"));
                    continue;
                }
                LocalDate deadline = said.get().plusDays(commitment.days());
                if (today.isAfter(deadline)) {
                    overdue.add(evidence(row, said, "alongside.charter.evidence.overdue"));
                } else if (!today.isBefore(deadline.minusDays(DUE_SOON_DAYS))) {
                    dueSoon.add(evidence(row, said, "alongside.charter.evidence.dueSoon"));
                }
            }
        }
        if (!anyContribution) {
            return new Evaluation(commitment, State.KEPT, List.of(Reason.of("alongside.charter.reason.youSaid.none")),
                    List.of());
        }
        List<Reason> reasons = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        State state;
        if (!overdue.isEmpty()) {
            state = State.BROKEN;
            reasons.add(Reason.of("alongside.charter.reason.youSaid.broken", commitment.days()));
        } else if (!dueSoon.isEmpty() || !undated.isEmpty()) {
            state = State.AT_RISK;
            if (!dueSoon.isEmpty()) {
                reasons.add(Reason.of("alongside.charter.reason.youSaid.dueSoon", DUE_SOON_DAYS));
            }
        } else {
            state = State.KEPT;
            reasons.add(Reason.of("alongside.charter.reason.youSaid.kept", commitment.days()));
        }
        if (!undated.isEmpty()) {
            // Without a date nobody can say whether it is late: it keeps the commitment from being called kept.
            reasons.add(Reason.of("alongside.charter.reason.youSaid.undated"));
        }
        evidence.addAll(overdue);
        evidence.addAll(dueSoon);
        evidence.addAll(undated);
        return new Evaluation(commitment, state, reasons, evidence);
    }

    /**
     * "The chair rotates": the meetings of the period (on or after the charter was agreed, up to today) in date
     * order, as the viewer may see them. Broken when someone chaired two meetings in a row (co-chairs: anyone in both
     * sets); at risk when no-one did but some meeting does not say who chaired, or has no date to place it; cannot
     * be told with fewer than two meetings that record a chair. Evidence is the meetings, never a name.
     */
    private Evaluation chairRotates(Commitment commitment, Charter charter, List<String> spaceKeys,
                                    PageVisibility pages, LocalDate today) {
        List<IndexedMeeting> read = meetings.inSpaces(Set.copyOf(spaceKeys), charter.agreedOn(), today,
                MAX_MEETINGS + 1);
        boolean truncated = read.size() > MAX_MEETINGS;
        List<IndexedMeeting> candidates = truncated ? read.subList(0, MAX_MEETINGS) : read;
        Set<Long> seen = candidates.isEmpty() ? Set.of()
                : pages.visible(candidates.stream().map(IndexedMeeting::pageId).collect(Collectors.toSet()));
        List<IndexedMeeting> dated = new ArrayList<>();
        List<IndexedMeeting> undated = new ArrayList<>();
        for (IndexedMeeting meeting : candidates) {
            if (!seen.contains(meeting.pageId())) {
                continue;
            }
            Optional<LocalDate> on = meeting.meeting().date();
            if (on.isEmpty()) {
                undated.add(meeting);
            } else if (!on.get().isAfter(today) && charter.agreedOn().map(a -> !on.get().isBefore(a)).orElse(true)) {
                dated.add(meeting);
            }
        }
        dated.sort(Comparator.comparing((IndexedMeeting m) -> m.meeting().date().orElseThrow())
                .thenComparingLong(IndexedMeeting::pageId));
        List<Reason> reasons = new ArrayList<>();
        if (truncated) {
            reasons.add(Reason.of("alongside.charter.reason.chair.truncated", MAX_MEETINGS));
        }
        long recorded = dated.stream().filter(m -> m.meeting().recordsAChair()).count();
        if (recorded < 2) {
            reasons.add(Reason.of("alongside.charter.reason.chair.tooFew"));
            return new Evaluation(commitment, State.CANNOT_EVALUATE, reasons, List.of());
        }
        List<Evidence> again = new ArrayList<>();
        Set<Long> inEvidence = new HashSet<>();
        for (int i = 1; i < dated.size(); i++) {
            IndexedMeeting before = dated.get(i - 1);
            IndexedMeeting after = dated.get(i);
            Set<String> earlier = before.meeting().chairs().stream().map(p -> p.key()).collect(Collectors.toSet());
            if (after.meeting().chairs().stream().anyMatch(p -> earlier.contains(p.key()))) {
                if (inEvidence.add(before.pageId())) {
                    again.add(meetingEvidence(before, "alongside.charter.evidence.chair.before"));
                }
                inEvidence.add(after.pageId());
                again.add(meetingEvidence(after, "alongside.charter.evidence.chair.again"));
            }
        }
        if (!again.isEmpty()) {
            reasons.add(Reason.of("alongside.charter.reason.chair.broken"));
            return new Evaluation(commitment, State.BROKEN, reasons, again);
        }
        List<Evidence> unknown = new ArrayList<>();
        dated.stream().filter(m -> !m.meeting().recordsAChair())
                .forEach(m -> unknown.add(meetingEvidence(m, "alongside.charter.evidence.chair.notRecorded")));
        undated.forEach(m -> unknown.add(meetingEvidence(m, "alongside.charter.evidence.chair.undated")));
        if (!unknown.isEmpty()) {
            if (dated.stream().anyMatch(m -> !m.meeting().recordsAChair())) {
                reasons.add(Reason.of("alongside.charter.reason.chair.notRecordedSome"));
            }
            if (!undated.isEmpty()) {
                reasons.add(Reason.of("alongside.charter.reason.chair.undated"));
            }
            return new Evaluation(commitment, State.AT_RISK, reasons, unknown);
        }
        reasons.add(Reason.of("alongside.charter.reason.chair.kept", dated.size()));
        List<Evidence> rotated = dated.stream()
                .map(m -> meetingEvidence(m, "alongside.charter.evidence.chair.rotated")).toList();
        return new Evaluation(commitment, State.KEPT, reasons, rotated);
    }

    private static Evidence meetingEvidence(IndexedMeeting meeting, String note) {
        return Evidence.ofPage(meeting.pageId(), meeting.title(), meeting.meeting().date(), note);
    }

    private static Evaluation withCommon(Evaluation evaluation, List<Reason> common) {
        List<Reason> reasons = new ArrayList<>(common);
        reasons.addAll(evaluation.reasons());
        return new Evaluation(evaluation.commitment(), evaluation.state(), reasons, evaluation.evidence());
    }

    /**
     * Contributions given in the charter's spaces since it was agreed (since {@link #LEDGER_FLOOR} if it was not),
     * against the ledger: BROKEN if any was recognised late or is owed past its deadline, AT_RISK if any owed one is
     * due within {@value #DUE_SOON_DAYS} days, otherwise KEPT. The reasons say which months, with counts — a count
     * below k is said as "some" — and never who: there is no evidence row, because a ledger entry is a person's.
     */
    private Evaluation recognised(Commitment.RecognisedWithin commitment, List<String> spaces, Charter charter,
                                  LocalDate today) {
        LocalDate from = charter.agreedOn().orElse(LEDGER_FLOOR);
        if (from.isAfter(today)) {
            return cannot(commitment, List.of(Reason.of("alongside.charter.reason.recognised.none")));
        }
        RecognitionTimeliness.Timeliness found = recognition.timeliness(Set.copyOf(spaces), from, today,
                commitment.days(), today);
        if (found.months().stream().mapToInt(RecognitionMonth::total).sum() == 0) {
            return cannot(commitment, List.of(Reason.of("alongside.charter.reason.recognised.none")));
        }
        List<Reason> months = new ArrayList<>();
        int late = 0;
        int overdue = 0;
        int dueSoon = 0;
        for (RecognitionMonth month : found.months()) {
            late += month.late();
            overdue += month.overdue();
            dueSoon += month.dueSoon();
            monthReason(months, month, month.overdue(), "overdue", found.threshold());
            monthReason(months, month, month.late(), "late", found.threshold());
            monthReason(months, month, month.dueSoon(), "dueSoon", found.threshold());
        }
        List<Reason> reasons = new ArrayList<>();
        State state;
        if (late + overdue > 0) {
            state = State.BROKEN;
            reasons.add(Reason.of("alongside.charter.reason.recognised.broken", commitment.days()));
        } else if (dueSoon > 0) {
            state = State.AT_RISK;
            reasons.add(Reason.of("alongside.charter.reason.recognised.dueSoon", DUE_SOON_DAYS));
        } else {
            state = State.KEPT;
            reasons.add(Reason.of("alongside.charter.reason.recognised.kept", commitment.days()));
        }
        reasons.addAll(months);
        return new Evaluation(commitment, state, reasons, List.of());
    }

    /** "In 2026-10, 4 contributions were overdue", or "some" when fewer than k: a small count could point at someone. */
    private static void monthReason(List<Reason> reasons, RecognitionMonth month, int count, String kind, int k) {
        if (count == 0) {
            return;
        }
        String key = "alongside.charter.reason.recognised.month." + kind;
        reasons.add(count >= k ? Reason.of(key, month.month(), count) : Reason.of(key + ".some", month.month()));
    }

    /** Decisions made in the charter's period: decided on or after it was agreed (any time if not) up to today. */
    private static List<IndexedDecision> decided(Register register, Charter charter, LocalDate today) {
        return register.rows().stream().filter(row -> row.decision().status().isMade()).filter(row -> {
            Optional<LocalDate> on = row.decision().decidedOn();
            if (on.isEmpty()) {
                return charter.agreedOn().isEmpty();
            }
            return !on.get().isAfter(today) && charter.agreedOn().map(a -> !on.get().isBefore(a)).orElse(true);
        }).toList();
    }

    /** The visible decisions of the spaces, newest decided first, with details; at most {@link #MAX_DECISIONS} read. */
    private Register read(List<String> spaceKeys, PageVisibility pages) {
        RegisterQuery query = RegisterQuery.allIn(Set.copyOf(spaceKeys)).withPageSize(BATCH);
        List<IndexedDecision> rows = new ArrayList<>();
        Optional<RegisterCursor> after = Optional.empty();
        int read = 0;
        boolean truncated = false;
        while (true) {
            int limit = Math.min(BATCH, MAX_DECISIONS - read);
            if (limit == 0) {
                truncated = !index.summaries(query, after, 1).isEmpty();
                break;
            }
            List<IndexedDecision> batch = index.summaries(query, after, limit);
            read += batch.size();
            if (!batch.isEmpty()) {
                Set<Long> pageIds = batch.stream().map(r -> r.page().pageId()).collect(Collectors.toSet());
                Set<Long> seen = pages.visible(pageIds);
                List<IndexedDecision> mayView = batch.stream().filter(r -> seen.contains(r.page().pageId())).toList();
                if (!mayView.isEmpty()) {
                    rows.addAll(index.withDetails(mayView));
                }
                after = Optional.of(batch.get(batch.size() - 1).cursor(query.sort()));
            }
            if (batch.size() < limit) {
                break;
            }
        }
        return new Register(rows, truncated);
    }

    private static Evidence evidence(IndexedDecision row, Optional<LocalDate> date, String note) {
        return Evidence.ofDecision(row.id(), row.page().pageId(), row.decision().title(), date, note);
    }

    private static Evaluation cannot(Commitment commitment, List<Reason> reasons) {
        return new Evaluation(commitment, State.CANNOT_EVALUATE, reasons, List.of());
    }

    private record Register(List<IndexedDecision> rows, boolean truncated) {
        static final Register EMPTY = new Register(List.of(), false);
    }
}
