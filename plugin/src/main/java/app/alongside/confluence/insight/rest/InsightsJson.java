package app.alongside.confluence.insight.rest;

import java.util.List;
import java.util.Map;

/**
 * {@code GET insights}: the insights figures. Codes are the permanent ones (rungs, bands, stages, signals, commitment
 * states); names are in the caller's language. A count about perspectives never appears here: every figure counts
 * decisions or contributions by what their cards show, and the reciprocity totals say "not shown" as a whole.
 */
public record InsightsJson(List<String> spaces, List<String> spacesLeftOut, String from, String to, int decisions,
                           int partlyKnown, List<MonthJson> byMonth, List<StageJson> byStage, OpenLoopsJson openLoops,
                           List<SignalJson> signals, List<CharterJson> charters, ReciprocityJson reciprocity) {

    /** {@code byRung} and {@code byBand} by code, every rung and band present. */
    public record MonthJson(String month, int total, Map<String, Integer> byRung, Map<String, Integer> byBand) {
    }

    public record StageJson(String stage, String name, int withLivedExperience, int without, int notShown,
                            int nobodyRecorded) {
    }

    public record OpenLoopsJson(int within30Days, int within90Days, int within180Days, int older, int total,
                                Integer oldestDays) {
    }

    public record SignalJson(String signal, String name, int raised, int acknowledged) {
    }

    public record CharterJson(long pageId, String title, List<CommitmentJson> commitments) {
    }

    public record CommitmentJson(String commitment, String name, String state, String stateName) {
    }

    /** {@code shown}: false with the threshold and the message when fewer than k people contributed. */
    public record ReciprocityJson(boolean shown, Integer people, Integer contributions, Long minutes, Long paidPence,
                                  Long owedPence, Integer declined, Integer medianDaysToPay, Integer threshold,
                                  String message) {
    }
}
