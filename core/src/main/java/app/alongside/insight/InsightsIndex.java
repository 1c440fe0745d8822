package app.alongside.insight;

import app.alongside.decision.Stage;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.StageShown;
import app.alongside.signal.SignalKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Port: what insights count, answered with aggregates in the database (never by loading decisions), over the stored
 * placements of decisions decided in a period in some spaces, not trashed. Every answer is grouped by page, so that
 * {@link RegisterInsights} can leave out the pages the viewer may not see with one visibility question and add up the
 * rest. Each method is one statement whatever the number of decisions.
 */
public interface InsightsIndex {

    /** Decisions by page, month decided and evidenced rung. */
    void forEachRung(Set<String> spaceKeys, LocalDate from, LocalDate to, RungSink sink);

    /** Per page: decisions, how many are partly known, what each stage showed, how many raise each stored signal. */
    void forEachPage(Set<String> spaceKeys, LocalDate from, LocalDate to, PageSink sink);

    /** Per page: decisions whose oldest unanswered "you said" was said before {@code saidBefore}. */
    void forEachOverdue(Set<String> spaceKeys, LocalDate from, LocalDate to, LocalDate saidBefore,
                        CountSink sink);

    /** Unanswered "you said" contributions of those decisions, by page and the day they were said. */
    void forEachOpenLoop(Set<String> spaceKeys, LocalDate from, LocalDate to, LoopSink sink);

    @FunctionalInterface
    interface RungSink {
        void accept(long pageId, YearMonth month, LadderRung rung, int decisions);
    }

    @FunctionalInterface
    interface PageSink {
        void accept(PageCounts counts);
    }

    @FunctionalInterface
    interface CountSink {
        void accept(long pageId, int count);
    }

    @FunctionalInterface
    interface LoopSink {
        void accept(long pageId, LocalDate saidOn, int contributions);
    }

    /** One page's counts; every stage and shown kind present (zero if none), signals only when raised. */
    record PageCounts(long pageId, int decisions, int partlyKnown, Map<Stage, Map<StageShown, Integer>> stages,
                      Map<SignalKind, Integer> signals) {
        public PageCounts {
            if (pageId <= 0 || decisions < 0 || partlyKnown < 0 || partlyKnown > decisions) {
                throw new IllegalArgumentException("counts must be consistent");
            }
            EnumMap<Stage, Map<StageShown, Integer>> stageCopy = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                EnumMap<StageShown, Integer> shown = new EnumMap<>(StageShown.class);
                for (StageShown kind : StageShown.values()) {
                    shown.put(kind, stages.getOrDefault(stage, Map.of()).getOrDefault(kind, 0));
                }
                stageCopy.put(stage, Collections.unmodifiableMap(shown));
            }
            stages = Collections.unmodifiableMap(stageCopy);
            EnumMap<SignalKind, Integer> signalCopy = new EnumMap<>(SignalKind.class);
            signals.forEach((kind, count) -> {
                if (count != 0) {
                    signalCopy.put(Objects.requireNonNull(kind), count);
                }
            });
            signals = Collections.unmodifiableMap(signalCopy);
        }
    }
}
