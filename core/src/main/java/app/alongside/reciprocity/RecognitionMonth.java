package app.alongside.reciprocity;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How the entries whose time was given in one month stand against "recognised within N days": recognised in time,
 * recognised late, still owed past the deadline, owed and due within 7 days, owed and not due yet. Counts only.
 */
public record RecognitionMonth(YearMonth month, int inTime, int late, int overdue, int dueSoon, int notYetDue) {

    public RecognitionMonth {
        Objects.requireNonNull(month, "month");
        if (inTime < 0 || late < 0 || overdue < 0 || dueSoon < 0 || notYetDue < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public int total() {
        return inTime + late + overdue + dueSoon + notYetDue;
    }
}
