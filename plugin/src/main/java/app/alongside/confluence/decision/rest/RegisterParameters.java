package app.alongside.confluence.decision.rest;

import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.ladder.LadderRules;
import app.alongside.signal.SignalKind;
import app.alongside.settings.SpaceKeys;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register's filters and paging as query parameters ({@code GET decisions} and {@code GET decisions/export.csv}).
 * Every value is hostile until parsed: each problem names its parameter, and all of them are reported at once.
 * Lists may be repeated ({@code status=decided&status=reviewed}) or comma-separated ({@code spaces=RC,BOARD}).
 */
public final class RegisterParameters {

    public static final String SPACES = "spaces";
    public static final String LABEL = "label";
    public static final String STATUS = "status";
    public static final String DECIDED_FROM = "decidedFrom";
    public static final String DECIDED_TO = "decidedTo";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String LOOP = "loop";
    public static final String Q = "q";
    public static final String SORT = "sort";
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    /** Only decisions raising one decision signal, by its code. */
    public static final String SIGNAL = "signal";

    static final int MAX_LABELS = 20;
    static final int MAX_LABEL_LENGTH = 255;
    static final int MAX_TEXT_LENGTH = 200;
    /** Longest piece of a bad value echoed back in a message. */
    private static final int MAX_ECHO = 80;

    @QueryParam(SPACES)
    public List<String> spaces = new ArrayList<>();
    @QueryParam(LABEL)
    public List<String> labels = new ArrayList<>();
    @QueryParam(STATUS)
    public List<String> statuses = new ArrayList<>();
    @QueryParam(DECIDED_FROM)
    public String decidedFrom;
    @QueryParam(DECIDED_TO)
    public String decidedTo;
    @QueryParam(REVIEW_DUE)
    public String reviewDue;
    @QueryParam(LOOP)
    public String loop;
    @QueryParam(Q)
    public String q;
    @QueryParam(SORT)
    public String sort;
    @QueryParam(LIMIT)
    public String limit;
    @QueryParam(CURSOR)
    public String cursor;
    @QueryParam(SIGNAL)
    public String signal;

    /** JAX-RS fills the fields ({@code @BeanParam}); tests use the fluent setters. */
    public RegisterParameters() {
    }

    /**
     * The register query these parameters ask for, or every problem with them. {@code viewableSpace} answers a space
     * key with the space's own key if the caller may view it, empty otherwise (the same for "no such space").
     */
    public Validated<RegisterQuery> toQuery(Function<String, Optional<String>> viewableSpace) {
        return toQuery(viewableSpace, LocalDate.now());
    }

    /** As above, on {@code today} (which "you said" left unanswered too long counts from). */
    public Validated<RegisterQuery> toQuery(Function<String, Optional<String>> viewableSpace, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Set<String> spaceKeys = spaceKeys(viewableSpace, problems);
        Set<String> labelSet = labels(problems);
        Set<DecisionStatus> statusSet = statuses(problems);
        Optional<LocalDate> from = date(DECIDED_FROM, decidedFrom, problems);
        Optional<LocalDate> to = date(DECIDED_TO, decidedTo, problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(Problem.of(DECIDED_TO, "alongside.rest.error.dates.order"));
        }
        boolean reviewDueOnly = reviewDue(problems);
        Optional<LoopState> loopState = loop(problems);
        Optional<String> titleContains = text(problems);
        RegisterSort order = sort(problems);
        int pageSize = limit(problems);
        Optional<RegisterCursor> after = cursor(order, problems);
        // "You said" waits the default days everywhere: the rules' days are not yet set per space.
        Optional<RegisterQuery.SignalFilter> signalFilter = signal(problems)
                .map(kind -> RegisterQuery.SignalFilter.of(kind, today, LadderRules.DEFAULTS));
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new RegisterQuery(spaceKeys, labelSet, statusSet, from, to, reviewDueOnly, loopState,
                titleContains, order, pageSize, after, signalFilter));
    }

    private Set<String> spaceKeys(Function<String, Optional<String>> viewableSpace, List<Problem> problems) {
        List<String> requested = values(spaces);
        if (requested.isEmpty()) {
            problems.add(Problem.of(SPACES, "alongside.rest.error.spaces.missing"));
            return Set.of();
        }
        if (requested.size() > RegisterQuery.MAX_SPACES) {
            problems.add(Problem.of(SPACES, "alongside.rest.error.spaces.tooMany", RegisterQuery.MAX_SPACES));
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : requested) {
            Optional<String> space = SpaceKeys.isValid(key) ? viewableSpace.apply(key) : Optional.empty();
            if (space.isPresent()) {
                keys.add(space.get());
            } else {
                problems.add(Problem.of(SPACES, "alongside.rest.error.spaces.unknown", echo(key)));
            }
        }
        return keys;
    }

    private Set<String> labels(List<Problem> problems) {
        List<String> requested = values(labels);
        if (requested.size() > MAX_LABELS) {
            problems.add(Problem.of(LABEL, "alongside.rest.error.label.tooMany", MAX_LABELS));
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String label : requested) {
            if (label.length() > MAX_LABEL_LENGTH || label.codePoints().anyMatch(c -> Character.isWhitespace(c)
                    || Character.isISOControl(c))) {
                problems.add(Problem.of(LABEL, "alongside.rest.error.label.invalid", echo(label), MAX_LABEL_LENGTH));
            } else {
                result.add(label.toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    private Set<DecisionStatus> statuses(List<Problem> problems) {
        Set<DecisionStatus> result = EnumSet.noneOf(DecisionStatus.class);
        for (String raw : values(statuses)) {
            Optional<DecisionStatus> status = DecisionStatus.fromParameter(raw);
            if (status.isPresent()) {
                result.add(status.get());
            } else {
                problems.add(Problem.of(STATUS, "alongside.rest.error.status.unknown", echo(raw), choices(
                        Arrays.stream(DecisionStatus.values()).map(DecisionStatus::parameterValue))));
            }
        }
        return result;
    }

    private static Optional<LocalDate> date(String name, String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = raw.length() > 60 ? Optional.empty() : LenientDates.parse(raw);
        if (date.isEmpty()) {
            problems.add(Problem.of(name, "alongside.rest.error.date.invalid", echo(raw)));
        }
        return date;
    }

    private boolean reviewDue(List<Problem> problems) {
        if (reviewDue == null || reviewDue.isBlank()) {
            return false;
        }
        String value = reviewDue.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return true;
        }
        if (!value.equals("false")) {
            problems.add(Problem.of(REVIEW_DUE, "alongside.rest.error.reviewDue.invalid", echo(reviewDue)));
        }
        return false;
    }

    private Optional<SignalKind> signal(List<Problem> problems) {
        if (signal == null || signal.isBlank()) {
            return Optional.empty();
        }
        Optional<SignalKind> kind = SignalKind.fromCode(signal).filter(k -> k.scope() == SignalKind.Scope.DECISION);
        if (kind.isEmpty()) {
            problems.add(Problem.of(SIGNAL, "alongside.rest.error.signal.unknown", echo(signal), choices(
                    Arrays.stream(SignalKind.values()).filter(k -> k.scope() == SignalKind.Scope.DECISION)
                            .map(SignalKind::code))));
        }
        return kind;
    }

    private Optional<LoopState> loop(List<Problem> problems) {
        if (loop == null || loop.isBlank()) {
            return Optional.empty();
        }
        return switch (loop.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Optional.of(LoopState.OPEN);
            case "closed" -> Optional.of(LoopState.CLOSED);
            default -> {
                problems.add(Problem.of(LOOP, "alongside.rest.error.loop.unknown", echo(loop)));
                yield Optional.empty();
            }
        };
    }

    private Optional<String> text(List<Problem> problems) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        String text = q.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(Problem.of(Q, "alongside.rest.error.q.long", MAX_TEXT_LENGTH));
            return Optional.empty();
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(Problem.of(Q, "alongside.rest.error.q.control"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private RegisterSort sort(List<Problem> problems) {
        if (sort == null || sort.isBlank()) {
            return RegisterSort.DECIDED_NEWEST;
        }
        Optional<RegisterSort> order = RegisterSort.fromParameter(sort);
        if (order.isEmpty()) {
            problems.add(Problem.of(SORT, "alongside.rest.error.sort.unknown", echo(sort),
                    choices(Arrays.stream(RegisterSort.values()).map(RegisterSort::parameterValue))));
            return RegisterSort.DECIDED_NEWEST;
        }
        return order.get();
    }

    private int limit(List<Problem> problems) {
        if (limit == null || limit.isBlank()) {
            return RegisterQuery.DEFAULT_PAGE_SIZE;
        }
        String value = limit.strip();
        if (value.matches("[0-9]{1,4}")) {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= RegisterQuery.MAX_PAGE_SIZE) {
                return size;
            }
        }
        problems.add(Problem.of(LIMIT, "alongside.rest.error.limit.invalid", echo(limit), RegisterQuery.MAX_PAGE_SIZE));
        return RegisterQuery.DEFAULT_PAGE_SIZE;
    }

    private Optional<RegisterCursor> cursor(RegisterSort order, List<Problem> problems) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        Optional<RegisterCursor> decoded = RegisterCursor.decode(cursor);
        if (decoded.isEmpty() || decoded.get().sort() != order) {
            problems.add(Problem.of(CURSOR, "alongside.rest.error.cursor.invalid"));
            return Optional.empty();
        }
        return decoded;
    }

    /** Non-blank values, split at commas, stripped, each once, in order. */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(v -> v != null).flatMap(v -> Arrays.stream(v.split(",", -1)))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().collect(Collectors.toList());
    }

    private static String choices(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(", "));
    }

    /** A bad value as typed, shortened, for a message (JSON escapes it; it is never HTML). */
    static String echo(String raw) {
        String value = raw == null ? "" : raw.strip().replaceAll("\\p{Cntrl}", " ");
        return value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "\u2026" : value;
    }

    // Fluent setters for tests and callers building parameters in code.

    public RegisterParameters spaces(String... values) {
        spaces = new ArrayList<>(List.of(values));
        return this;
    }

    public RegisterParameters labels(String... values) {
        labels = new ArrayList<>(List.of(values));
        return this;
    }

    public RegisterParameters statuses(String... values) {
        statuses = new ArrayList<>(List.of(values));
        return this;
    }

    public RegisterParameters decidedFrom(String value) {
        decidedFrom = value;
        return this;
    }

    public RegisterParameters decidedTo(String value) {
        decidedTo = value;
        return this;
    }

    public RegisterParameters reviewDue(String value) {
        reviewDue = value;
        return this;
    }

    public RegisterParameters loop(String value) {
        loop = value;
        return this;
    }

    public RegisterParameters q(String value) {
        q = value;
        return this;
    }

    public RegisterParameters sort(String value) {
        sort = value;
        return this;
    }

    public RegisterParameters limit(String value) {
        limit = value;
        return this;
    }

    public RegisterParameters cursor(String value) {
        cursor = value;
        return this;
    }

    public RegisterParameters signal(String value) {
        signal = value;
        return this;
    }
}
