package app.alongside.decision.register;

import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import app.alongside.settings.SpaceKeys;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a register (macro, REST or CSV) asks for: which spaces, filters, the order and one page of rows after an
 * optional cursor. An empty set means "no filter" for statuses and labels; spaces are always named.
 */
public record RegisterQuery(Set<String> spaceKeys, Set<String> labels, Set<DecisionStatus> statuses,
                            Optional<LocalDate> decidedFrom, Optional<LocalDate> decidedTo,
                            boolean reviewDueOnly, Optional<LoopState> loop, Optional<String> titleContains,
                            RegisterSort sort, int pageSize, Optional<RegisterCursor> after,
                            Optional<SignalFilter> signal) {

    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_SPACES = 50;

    public RegisterQuery {
        spaceKeys = Set.copyOf(spaceKeys);
        if (spaceKeys.isEmpty() || spaceKeys.size() > MAX_SPACES) {
            throw new IllegalArgumentException("a register covers 1 to " + MAX_SPACES + " spaces");
        }
        spaceKeys.forEach(SpaceKeys::requireValid);
        labels = labels.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(decidedFrom, "decidedFrom");
        Objects.requireNonNull(decidedTo, "decidedTo");
        Objects.requireNonNull(loop, "loop");
        titleContains = titleContains.map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 200 ? t.substring(0, 200) : t);
        Objects.requireNonNull(sort, "sort");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE);
        }
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(signal, "signal");
        after.ifPresent(cursor -> {
            if (cursor.sort() != sort) {
                throw new IllegalArgumentException("the cursor belongs to another order");
            }
        });
    }

    /** Without a signal filter (as before signals could filter). */
    public RegisterQuery(Set<String> spaceKeys, Set<String> labels, Set<DecisionStatus> statuses,
                         Optional<LocalDate> decidedFrom, Optional<LocalDate> decidedTo, boolean reviewDueOnly,
                         Optional<LoopState> loop, Optional<String> titleContains, RegisterSort sort, int pageSize,
                         Optional<RegisterCursor> after) {
        this(spaceKeys, labels, statuses, decidedFrom, decidedTo, reviewDueOnly, loop, titleContains, sort, pageSize,
                after, Optional.empty());
    }

    /**
     * Only decisions raising one signal, as their stored placement says (decisions not yet placed raise none). For
     * {@link SignalKind#YOU_SAID_UNANSWERED}, which depends on the day: decisions whose oldest unanswered "you said"
     * was said before {@code saidBefore} (today minus the rules' days).
     */
    public record SignalFilter(SignalKind kind, LocalDate saidBefore) {
        public SignalFilter {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(saidBefore, "saidBefore");
            if (kind.scope() != SignalKind.Scope.DECISION) {
                throw new IllegalArgumentException("only decision signals filter a register: " + kind.code());
            }
        }

        /** The filter for {@code kind} on {@code today} under {@code rules}. */
        public static SignalFilter of(SignalKind kind, LocalDate today, LadderRules rules) {
            return new SignalFilter(kind, today.minusDays(rules.answerWithinDays()));
        }

        /** Whether a stored placement raises the signal (the in-memory form of the index's SQL). */
        public boolean matches(StoredPlacement placement) {
            return kind == SignalKind.YOU_SAID_UNANSWERED
                    ? placement.oldestUnansweredOn().map(said -> said.isBefore(saidBefore)).orElse(false)
                    : placement.signals().contains(kind);
        }
    }

    /** Every decision in these spaces, newest first, first page. */
    public static RegisterQuery allIn(Set<String> spaceKeys) {
        return new RegisterQuery(spaceKeys, Set.of(), Set.of(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), RegisterSort.DECIDED_NEWEST, DEFAULT_PAGE_SIZE, Optional.empty());
    }

    public RegisterQuery withAfter(RegisterCursor cursor) {
        return new RegisterQuery(spaceKeys, labels, statuses, decidedFrom, decidedTo, reviewDueOnly, loop,
                titleContains, sort, pageSize, Optional.of(cursor), signal);
    }

    public RegisterQuery withSignal(SignalFilter filter) {
        return new RegisterQuery(spaceKeys, labels, statuses, decidedFrom, decidedTo, reviewDueOnly, loop,
                titleContains, sort, pageSize, after, Optional.of(filter));
    }

    public RegisterQuery withPageSize(int size) {
        return new RegisterQuery(spaceKeys, labels, statuses, decidedFrom, decidedTo, reviewDueOnly, loop,
                titleContains, sort, size, after, signal);
    }
}
