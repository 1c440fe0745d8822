package app.alongside.confluence.ladder.persistence;

import app.alongside.decision.Stage;
import app.alongside.ladder.StageShown;
import app.alongside.signal.SignalKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How placements map to columns, shared by the store that writes them and the insights that count them: dates as
 * yyyymmdd and months as yyyymm integers (as the decision index stores dates), one 0/1 column per stored signal and
 * per stage and shown kind.
 */
public final class PlacementColumns {

    /** The stored signals and their columns; {@link SignalKind#YOU_SAID_UNANSWERED} is a date, not a flag. */
    public static final Map<SignalKind, String> SIGNALS = signals();

    private PlacementColumns() {
    }

    public static int day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    public static Integer dayOrNull(Optional<LocalDate> date) {
        return date.map(PlacementColumns::day).orElse(null);
    }

    public static Optional<LocalDate> date(Integer yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd <= 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100));
    }

    public static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }

    /** The column counting decisions whose stage showed {@code shown}, e.g. {@code DECIDING_HIDDEN}. */
    public static String stageColumn(Stage stage, StageShown shown) {
        String suffix = switch (shown) {
            case WITH_LIVED_EXPERIENCE -> "WITH";
            case WITHOUT -> "WITHOUT";
            case NOT_SHOWN -> "HIDDEN";
            case NOBODY_RECORDED -> "NOBODY";
        };
        return stage.name().toUpperCase(Locale.ROOT) + "_" + suffix;
    }

    private static Map<SignalKind, String> signals() {
        Map<SignalKind, String> columns = new EnumMap<>(SignalKind.class);
        columns.put(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE, PlacementEntity.SIG_DECIDED_WITHOUT);
        columns.put(SignalKind.JOINED_LATE, PlacementEntity.SIG_JOINED_LATE);
        columns.put(SignalKind.FEW_SEATS, PlacementEntity.SIG_FEW_SEATS);
        columns.put(SignalKind.CLAIMED_ABOVE_EVIDENCE, PlacementEntity.SIG_CLAIMED_ABOVE);
        for (SignalKind kind : SignalKind.values()) {
            if (kind.scope() == SignalKind.Scope.DECISION && kind != SignalKind.YOU_SAID_UNANSWERED
                    && !columns.containsKey(kind)) {
                throw new IllegalStateException("no column for the stored signal " + kind);
            }
        }
        return java.util.Collections.unmodifiableMap(columns);
    }
}
