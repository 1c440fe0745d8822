package app.alongside.confluence.decision.macro;

import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.ladder.LadderRules;
import app.alongside.signal.SignalKind;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.settings.SpaceKeys;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a register shows: the spaces it covers (set on the page, by the macro's parameters) and the filters, order
 * and page size, which the macro sets and a reader may change through the address: {@code ?alongside-register-status=decided}
 * and so on (see docs/storage-format.md). A bad value on the page is a problem for the page's author to fix; a bad
 * value in the address is ignored, with a notice, and the page's setting applies.
 */
final class RegisterSettings {

    /** Address parameters start with this, so that they never clash with Confluence's own. */
    static final String PREFIX = "alongside-register-";

    static final String SPACES = "spaces";
    static final String LABELS = "labels";
    static final String STATUS = "status";
    static final String FROM = "from";
    static final String TO = "to";
    static final String REVIEW_DUE = "reviewDue";
    static final String LOOP = "loop";
    static final String PAGE_SIZE = "pageSize";
    static final String SORT = "sort";
    static final String SEARCH = "search";
    static final String AFTER = "after";
    /** Only decisions raising one (decision) signal, by its code, e.g. {@code few-seats}. */
    static final String SIGNAL = "signal";

    /** What a reader may set through the address, in the order links write them. */
    static final List<String> READER_PARAMETERS = List.of(SEARCH, STATUS, LABELS, FROM, TO, REVIEW_DUE, LOOP, SIGNAL,
            SORT, PAGE_SIZE, AFTER);

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final int MAX_LABELS = 20;
    private static final int MAX_LABEL_LENGTH = 255;

    /**
     * The settings, or the problems that stop the register showing. {@code query} is empty exactly when
     * {@code pageProblems} is not. {@code carried} holds the reader's valid choices from the address (not the
     * cursor), for links that keep them; {@code effective} the value in force for each setting, for the form.
     */
    record Result(Optional<RegisterQuery> query, List<String> spaceKeys, List<Problem> pageProblems,
                  List<Problem> addressProblems, Map<String, String> carried, Map<String, String> effective) {
    }

    private final Map<String, String> page;
    private final Map<String, String> address;
    private final List<Problem> pageProblems = new ArrayList<>();
    private final List<Problem> addressProblems = new ArrayList<>();
    private final Map<String, String> carried = new LinkedHashMap<>();
    private final Map<String, String> effective = new LinkedHashMap<>();

    private RegisterSettings(Map<String, String> page, Map<String, String> address) {
        this.page = page;
        this.address = address;
    }

    /**
     * @param macroParameters   the macro's parameters
     * @param addressParameters the request's {@code alongside-register-*} parameters, without the prefix
     * @param currentSpaceKey   the space of the page being rendered (the default for {@code spaces}), or blank
     */
    static Result read(Map<String, String> macroParameters, Map<String, String> addressParameters,
                       String currentSpaceKey, LocalDate today) {
        return new RegisterSettings(macroParameters == null ? Map.of() : macroParameters,
                addressParameters == null ? Map.of() : addressParameters).read(currentSpaceKey, today);
    }

    private Result read(String currentSpaceKey, LocalDate today) {
        List<String> spaces = spaces(currentSpaceKey);
        Set<String> labels = setting(LABELS, Set.of(), this::labels);
        Set<DecisionStatus> statuses = setting(STATUS, Set.of(), RegisterSettings::statuses);
        Optional<LocalDate> from = setting(FROM, Optional.empty(), raw -> LenientDates.parse(raw).map(Optional::of));
        Optional<LocalDate> to = setting(TO, Optional.empty(), raw -> LenientDates.parse(raw).map(Optional::of));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            pageProblems.add(Problem.of(TO, "alongside.register.problem.dates.order"));
        }
        boolean reviewDue = setting(REVIEW_DUE, false, RegisterSettings::bool);
        Optional<LoopState> loop = setting(LOOP, Optional.empty(), RegisterSettings::loop);
        // "You said" waits the default days everywhere: the rules' days are not yet set per space.
        Optional<RegisterQuery.SignalFilter> signal = setting(SIGNAL, Optional.<SignalKind>empty(),
                RegisterSettings::signal).map(kind -> RegisterQuery.SignalFilter.of(kind, today, LadderRules.DEFAULTS));
        RegisterSort sort = setting(SORT, RegisterSort.DECIDED_NEWEST, RegisterSort::fromParameter);
        int pageSize = setting(PAGE_SIZE, RegisterQuery.DEFAULT_PAGE_SIZE, RegisterSettings::pageSize);
        Optional<String> search = Optional.ofNullable(address.get(SEARCH)).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 200 ? s.substring(0, 200) : s);
        search.ifPresent(s -> carried.put(SEARCH, s));
        effective.put(SEARCH, search.orElse(""));
        Optional<RegisterCursor> after = Optional.empty();
        String rawAfter = address.get(AFTER);
        if (rawAfter != null && !rawAfter.isBlank()) {
            after = RegisterCursor.decode(rawAfter).filter(cursor -> cursor.sort() == sort);
            if (after.isEmpty()) {
                addressProblems.add(Problem.of(AFTER, "alongside.register.problem.after.invalid"));
            }
        }
        if (!pageProblems.isEmpty()) {
            return new Result(Optional.empty(), spaces, pageProblems, addressProblems, carried, effective);
        }
        RegisterQuery query = new RegisterQuery(Set.copyOf(spaces), labels, statuses, from, to, reviewDue, loop,
                search, sort, pageSize, after, signal);
        return new Result(Optional.of(query), spaces, pageProblems, addressProblems, carried, effective);
    }

    /** Named on the page (never by the address); the current space when the page names none. */
    private List<String> spaces(String currentSpaceKey) {
        String raw = page.getOrDefault(SPACES, "").strip();
        if (raw.isEmpty()) {
            if (currentSpaceKey == null || currentSpaceKey.isBlank()) {
                pageProblems.add(Problem.of(SPACES, "alongside.register.problem.spaces.missing"));
                return List.of();
            }
            return List.of(currentSpaceKey.strip());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : LIST_SEPARATORS.split(raw)) {
            if (key.isEmpty()) {
                continue;
            }
            if (SpaceKeys.isValid(key)) {
                keys.add(key);
            } else {
                pageProblems.add(Problem.of(SPACES, "alongside.register.problem.spaces.invalid", key));
            }
        }
        if (keys.size() > RegisterQuery.MAX_SPACES) {
            pageProblems.add(Problem.of(SPACES, "alongside.register.problem.spaces.tooMany", RegisterQuery.MAX_SPACES));
        } else if (keys.isEmpty() && pageProblems.isEmpty()) {
            pageProblems.add(Problem.of(SPACES, "alongside.register.problem.spaces.missing"));
        }
        return List.copyOf(keys);
    }

    /**
     * A setting from the address when the reader set it, else from the page, else {@code whenBlank}. A blank value
     * means "no filter". {@code parse} gives empty for a value it cannot read.
     */
    private <T> T setting(String name, T whenBlank, java.util.function.Function<String, Optional<T>> parse) {
        String fromAddress = address.get(name);
        if (fromAddress != null) {
            String raw = fromAddress.strip();
            if (raw.isEmpty()) {
                carried.put(name, "");
                effective.put(name, "");
                return whenBlank;
            }
            Optional<T> value = parse.apply(raw);
            if (value.isPresent()) {
                carried.put(name, raw);
                effective.put(name, raw);
                return value.get();
            }
            addressProblems.add(Problem.of(name, "alongside.register.problem." + name + ".invalid", clip(raw)));
        }
        String raw = page.getOrDefault(name, "").strip();
        // A value the reader typed that cannot be read stays in the form, so nothing they wrote is lost; the
        // query uses the page's setting and the notice names the problem.
        effective.put(name, fromAddress != null && !fromAddress.isBlank() ? fromAddress.strip() : raw);
        if (raw.isEmpty()) {
            return whenBlank;
        }
        Optional<T> value = parse.apply(raw);
        if (value.isEmpty()) {
            pageProblems.add(Problem.of(name, "alongside.register.problem." + name + ".invalid", clip(raw)));
            return whenBlank;
        }
        return value.get();
    }

    private Optional<Set<String>> labels(String raw) {
        Set<String> labels = new LinkedHashSet<>();
        for (String label : LIST_SEPARATORS.split(raw)) {
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                return Optional.empty();
            }
            labels.add(label.toLowerCase(Locale.ROOT));
        }
        return labels.size() > MAX_LABELS ? Optional.empty() : Optional.of(labels);
    }

    private static Optional<Set<DecisionStatus>> statuses(String raw) {
        Set<DecisionStatus> statuses = new LinkedHashSet<>();
        for (String value : raw.split("[,;]")) {
            if (value.isBlank() || value.strip().equalsIgnoreCase("any")) {
                continue;
            }
            Optional<DecisionStatus> status = DecisionStatus.fromParameter(value);
            if (status.isEmpty()) {
                return Optional.empty();
            }
            statuses.add(status.get());
        }
        return Optional.of(statuses);
    }

    private static Optional<Boolean> bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Optional.of(true);
            case "false", "no", "off", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A decision signal's code, or {@code any}; a space signal cannot filter decisions. */
    private static Optional<Optional<SignalKind>> signal(String raw) {
        if (raw.equalsIgnoreCase("any")) {
            return Optional.of(Optional.empty());
        }
        return SignalKind.fromCode(raw).filter(kind -> kind.scope() == SignalKind.Scope.DECISION).map(Optional::of);
    }

    private static Optional<Optional<LoopState>> loop(String raw) {
        String value = raw.toLowerCase(Locale.ROOT);
        if (value.equals("any")) {
            return Optional.of(Optional.empty());
        }
        for (LoopState state : LoopState.values()) {
            if (state.parameterValue().equals(value)) {
                return Optional.of(Optional.of(state));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> pageSize(String raw) {
        try {
            int size = Integer.parseInt(raw);
            return size >= 1 && size <= RegisterQuery.MAX_PAGE_SIZE ? Optional.of(size) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Long hostile values are named in messages, but not at length. */
    private static String clip(String raw) {
        return raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
    }
}
