package app.alongside.insight;

import app.alongside.charter.Evaluation;
import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.signal.SignalKind;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an insights page shows, for decisions the viewer may see in the query's spaces and period. Every figure
 * is a count of decisions or contributions built from totals as they may be shown: none is more precise about
 * anyone's perspective than the decision cards it summarises, and reciprocity is suppressed as a whole.
 *
 * @param spacesLeftOut spaces in the query the viewer may not view, left out of every figure
 * @param decisions     decisions decided in the period
 * @param byMonth       decisions by the month they were decided and their evidenced rung, every month of the period
 * @param partlyKnown   decisions whose rung could be higher if hidden totals were shown
 * @param byStage       for each stage, in order, how many decisions showed lived experience there
 * @param openLoops     "you said" contributions still waiting for an answer, by age on {@code today}
 * @param signals       for each signal kind raised, how many decisions (or spaces) and how many acknowledged
 * @param charters      the charters covering these spaces, with their commitments evaluated
 * @param reciprocity   the ledger's totals for these spaces and the period
 */
public record InsightsFigures(InsightsQuery query, List<String> spacesLeftOut, int decisions, List<MonthRungs> byMonth, int partlyKnown,
                              List<StageInvolvement> byStage, OpenLoops openLoops, List<SignalTally> signals,
                              List<CharterCommitments> charters, ReciprocityTotals reciprocity) {

    public InsightsFigures {
        Objects.requireNonNull(query, "query");
        spacesLeftOut = List.copyOf(spacesLeftOut);
        byMonth = List.copyOf(byMonth);
        byStage = List.copyOf(byStage);
        Objects.requireNonNull(openLoops, "openLoops");
        signals = List.copyOf(signals);
        charters = List.copyOf(charters);
        Objects.requireNonNull(reciprocity, "reciprocity");
        if (decisions < 0 || partlyKnown < 0 || partlyKnown > decisions) {
            throw new IllegalArgumentException("0 <= partlyKnown <= decisions");
        }
    }

    /** Decisions in one month, by rung (every rung present, zero if none). */
    public record MonthRungs(YearMonth month, Map<LadderRung, Integer> byRung) {
        public MonthRungs {
            Objects.requireNonNull(month, "month");
            EnumMap<LadderRung, Integer> all = new EnumMap<>(LadderRung.class);
            for (LadderRung rung : LadderRung.values()) {
                int n = byRung.getOrDefault(rung, 0);
                if (n < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                all.put(rung, n);
            }
            byRung = java.util.Collections.unmodifiableMap(all);
        }

        public int total() {
            return byRung.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int inBand(LadderRung.Band band) {
            return byRung.entrySet().stream().filter(e -> e.getKey().band() == band).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /**
     * At one stage: decisions whose total showed lived experience, showed none, was not shown, or had nobody
     * recorded at that stage.
     */
    public record StageInvolvement(Stage stage, int withLivedExperience, int without, int notShown,
                                   int nobodyRecorded) {
        public StageInvolvement {
            Objects.requireNonNull(stage, "stage");
            if (withLivedExperience < 0 || without < 0 || notShown < 0 || nobodyRecorded < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }

        public int total() {
            return withLivedExperience + without + notShown + nobodyRecorded;
        }
    }

    /** Unanswered contributions by age band; the bands are fixed: up to 30 days, 31–90, 91–180, over 180. */
    public record OpenLoops(int within30Days, int within90Days, int within180Days, int older,
                            Optional<Integer> oldestDays) {
        public OpenLoops {
            if (within30Days < 0 || within90Days < 0 || within180Days < 0 || older < 0) {
                throw new IllegalArgumentException("negative count");
            }
            Objects.requireNonNull(oldestDays, "oldestDays");
        }

        public int total() {
            return within30Days + within90Days + within180Days + older;
        }
    }

    /** How many decisions (or spaces, for a space signal) raised the signal, and how many of those were acknowledged. */
    public record SignalTally(SignalKind kind, int raised, int acknowledged) {
        public SignalTally {
            Objects.requireNonNull(kind, "kind");
            if (raised < 0 || acknowledged < 0 || acknowledged > raised) {
                throw new IllegalArgumentException("0 <= acknowledged <= raised");
            }
        }
    }

    /** A charter page and its commitments as they stand. */
    public record CharterCommitments(long pageId, String title, List<Evaluation> evaluations) {
        public CharterCommitments {
            Objects.requireNonNull(title, "title");
            evaluations = List.copyOf(evaluations);
        }
    }
}
