package app.alongside.insight.view;

import app.alongside.charter.Evaluation;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.ladder.LadderRung;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.signal.SignalKind;
import app.alongside.text.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds an {@link InsightsView} in the viewer's words from the figures core worked out: for each chart a summary
 * sentence computed from the figures, the picture and the table that carries every number in it. The figures are
 * already as they may be shown (suppressed where they would describe too few people); nothing here makes them more
 * precise.
 */
public final class InsightsViews {

    static final String PREFIX = "alongside.insights.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final Messages messages;

    public InsightsViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * @param show        the sections to show, in their fixed order
     * @param contextPath starts every link
     * @param idPrefix    unique on the page (a plain id); each chart's ids start with it
     * @param export      true when rendering for PDF, Word or email
     */
    public InsightsView of(InsightsFigures figures, Set<InsightsSection> show, String contextPath, String idPrefix,
                           boolean export) {
        InsightsQuery query = figures.query();
        String period = period(query.from(), query.to());
        Set<String> visible = new TreeSet<>(query.spaceKeys());
        figures.spacesLeftOut().forEach(visible::remove);
        String scope = visible.isEmpty() ? text(PREFIX + "scope.none")
                : text(PREFIX + "scope", String.join(", ", visible), period);
        String leftOut = figures.spacesLeftOut().isEmpty() ? "" : text(PREFIX + "spacesLeftOut");

        List<InsightsView.ChartSection> charts = new ArrayList<>();
        if (show.contains(InsightsSection.RUNGS)) {
            charts.add(rungs(figures, period, idPrefix + "-rungs"));
        }
        if (show.contains(InsightsSection.STAGES)) {
            charts.add(stages(figures, period, idPrefix + "-stages"));
        }
        if (show.contains(InsightsSection.LOOPS)) {
            charts.add(loops(figures.openLoops(), idPrefix + "-loops"));
        }
        if (show.contains(InsightsSection.SIGNALS)) {
            charts.add(signals(figures.signals(), idPrefix + "-signals"));
        }
        InsightsView.CharterSection charters = show.contains(InsightsSection.CHARTERS)
                ? charters(figures.charters(), contextPath) : null;
        InsightsView.ReciprocitySection reciprocity = show.contains(InsightsSection.RECIPROCITY)
                ? reciprocity(figures.reciprocity()) : null;
        return new InsightsView(text(PREFIX + "heading"), scope, leftOut, charts, charters, reciprocity, export);
    }

    /** The period as people say it, with its preposition: "in November 2026", "from January to December 2026". */
    public String period(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        if (!wholeMonths) {
            return text(PREFIX + "period.range", DATE.format(from), DATE.format(to));
        }
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return text(PREFIX + "period.month", MONTH.format(from));
        }
        String start = from.getYear() == to.getYear() ? MONTH_NAME.format(from) : MONTH.format(from);
        return text(PREFIX + "period.range", start, MONTH.format(to));
    }

    private InsightsView.ChartSection rungs(InsightsFigures figures, String period, String id) {
        String heading = text(PREFIX + "rungs.heading");
        if (figures.decisions() == 0) {
            return empty(id, heading, text(PREFIX + "rungs.none", period));
        }
        int with = 0;
        int doingFor = 0;
        int to = 0;
        List<String> categories = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        List<InsightsView.Row> rows = new ArrayList<>();
        int[] rungTotals = new int[LadderRung.values().length];
        for (InsightsFigures.MonthRungs month : figures.byMonth()) {
            int monthTo = month.inBand(LadderRung.Band.DOING_TO);
            int monthFor = month.inBand(LadderRung.Band.DOING_FOR);
            int monthWith = month.inBand(LadderRung.Band.DOING_WITH);
            to += monthTo;
            doingFor += monthFor;
            with += monthWith;
            categories.add(SHORT_MONTH.format(month.month()));
            values.add(List.of(monthTo, monthFor, monthWith));
            List<String> cells = new ArrayList<>();
            for (LadderRung rung : LadderRung.values()) {
                int n = month.byRung().get(rung);
                rungTotals[rung.ordinal()] += n;
                cells.add(number(n));
            }
            cells.add(number(month.total()));
            rows.add(new InsightsView.Row(MONTH.format(month.month()), cells));
        }
        List<String> totalCells = new ArrayList<>();
        for (int n : rungTotals) {
            totalCells.add(number(n));
        }
        totalCells.add(number(to + doingFor + with));
        rows.add(new InsightsView.Row(text(PREFIX + "table.total"), totalCells));
        List<String> columns = new ArrayList<>();
        columns.add(text(PREFIX + "rungs.column.month"));
        for (LadderRung rung : LadderRung.values()) {
            columns.add(text(rung.nameKey()));
        }
        columns.add(text(PREFIX + "table.total"));

        String summary = text(PREFIX + "rungs.summary", figures.decisions(), period, with, doingFor, to);
        List<String> notes = new ArrayList<>();
        if (figures.partlyKnown() > 0) {
            notes.add(text(PREFIX + "rungs.couldBeHigher", figures.partlyKnown()));
        }
        List<String> series = List.of(text(LadderRung.Band.DOING_TO.nameKey()), text(LadderRung.Band.DOING_FOR.nameKey()),
                text(LadderRung.Band.DOING_WITH.nameKey()));
        BarChart chart = new BarChart(id, heading, summary, BarChart.Orientation.VERTICAL, categories, series, values);
        return new InsightsView.ChartSection(id, heading, summary, chart.svg(), "",
                new InsightsView.Table(text(PREFIX + "rungs.caption"), columns, rows), notes);
    }

    private InsightsView.ChartSection stages(InsightsFigures figures, String period, String id) {
        String heading = text(PREFIX + "stages.heading");
        boolean anything = figures.byStage().stream().anyMatch(s -> s.total() > 0);
        if (!anything) {
            return empty(id, heading, text(PREFIX + "stages.none", period));
        }
        List<String> series = List.of(text(PREFIX + "stages.series.with"), text(PREFIX + "stages.series.without"),
                text(PREFIX + "stages.series.notShown"), text(PREFIX + "stages.series.nobody"));
        List<String> categories = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        List<InsightsView.Row> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean anyKnown = false;
        boolean anyHidden = false;
        for (InsightsFigures.StageInvolvement stage : figures.byStage()) {
            String name = text(stage.stage().nameKey());
            categories.add(name);
            values.add(List.of(stage.withLivedExperience(), stage.without(), stage.notShown(), stage.nobodyRecorded()));
            rows.add(new InsightsView.Row(name, List.of(number(stage.withLivedExperience()), number(stage.without()),
                    number(stage.notShown()), number(stage.nobodyRecorded()), number(stage.total()))));
            parts.add(text(PREFIX + "stages.summary.part", name.toLowerCase(Locale.UK), stage.withLivedExperience()));
            anyKnown |= stage.withLivedExperience() + stage.without() > 0;
            anyHidden |= stage.notShown() > 0;
        }
        String summary = anyKnown
                ? text(PREFIX + "stages.summary", figures.decisions(), period, joined(parts))
                : text(PREFIX + "stages.summary.nothingKnown", figures.decisions(), period);
        List<String> columns = new ArrayList<>();
        columns.add(text(PREFIX + "stages.column.stage"));
        columns.addAll(series);
        columns.add(text(PREFIX + "table.total"));
        List<String> notes = anyHidden ? List.of(text(PREFIX + "stages.notShownNote")) : List.of();
        BarChart chart = new BarChart(id, heading, summary, BarChart.Orientation.HORIZONTAL, categories, series,
                values);
        return new InsightsView.ChartSection(id, heading, summary, chart.svg(), "",
                new InsightsView.Table(text(PREFIX + "stages.caption"), columns, rows), notes);
    }

    private InsightsView.ChartSection loops(InsightsFigures.OpenLoops loops, String id) {
        String heading = text(PREFIX + "loops.heading");
        if (loops.total() == 0) {
            return empty(id, heading, text(PREFIX + "loops.none"));
        }
        List<String> categories = List.of(text(PREFIX + "loops.band.30"), text(PREFIX + "loops.band.90"),
                text(PREFIX + "loops.band.180"), text(PREFIX + "loops.band.older"));
        List<Integer> counts = List.of(loops.within30Days(), loops.within90Days(), loops.within180Days(),
                loops.older());
        List<List<Integer>> values = new ArrayList<>();
        List<InsightsView.Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            values.add(List.of(counts.get(i)));
            rows.add(new InsightsView.Row(categories.get(i), List.of(number(counts.get(i)))));
        }
        rows.add(new InsightsView.Row(text(PREFIX + "table.total"), List.of(number(loops.total()))));
        String summary = loops.oldestDays()
                .map(days -> text(PREFIX + "loops.summary", loops.total(), days))
                .orElse(text(PREFIX + "loops.summary.noAge", loops.total()));
        String seriesName = text(PREFIX + "loops.column.count");
        BarChart chart = new BarChart(id, heading, summary, BarChart.Orientation.VERTICAL, categories,
                List.of(seriesName), values);
        return new InsightsView.ChartSection(id, heading, summary, chart.svg(), "",
                new InsightsView.Table(text(PREFIX + "loops.caption"),
                        List.of(text(PREFIX + "loops.column.age"), seriesName), rows), List.of());
    }

    private InsightsView.ChartSection signals(List<InsightsFigures.SignalTally> tallies, String id) {
        String heading = text(PREFIX + "signals.heading");
        List<InsightsFigures.SignalTally> raised = tallies.stream().filter(t -> t.raised() > 0).toList();
        if (raised.isEmpty()) {
            return empty(id, heading, text(PREFIX + "signals.none"));
        }
        List<String> categories = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        List<InsightsView.Row> rows = new ArrayList<>();
        int total = 0;
        int acknowledged = 0;
        InsightsFigures.SignalTally most = raised.get(0);
        boolean spaceSignals = false;
        for (InsightsFigures.SignalTally tally : raised) {
            String name = text(tally.kind().nameKey());
            categories.add(name);
            values.add(List.of(tally.acknowledged(), tally.raised() - tally.acknowledged()));
            rows.add(new InsightsView.Row(name, List.of(number(tally.raised()), number(tally.acknowledged()))));
            total += tally.raised();
            acknowledged += tally.acknowledged();
            if (tally.raised() > most.raised()) {
                most = tally;
            }
            spaceSignals |= tally.kind().scope() == SignalKind.Scope.SPACE;
        }
        String summary = text(PREFIX + "signals.summary", total, raised.size(), acknowledged,
                text(most.kind().nameKey()), most.raised());
        List<String> series = List.of(text(PREFIX + "signals.series.acknowledged"),
                text(PREFIX + "signals.series.open"));
        List<String> notes = spaceSignals ? List.of(text(PREFIX + "signals.spaceNote")) : List.of();
        BarChart chart = new BarChart(id, heading, summary, BarChart.Orientation.HORIZONTAL, categories, series,
                values);
        return new InsightsView.ChartSection(id, heading, summary, chart.svg(), "",
                new InsightsView.Table(text(PREFIX + "signals.caption"), List.of(text(PREFIX + "signals.column.signal"),
                        text(PREFIX + "signals.column.raised"), text(PREFIX + "signals.column.acknowledged")), rows),
                notes);
    }

    private InsightsView.CharterSection charters(List<InsightsFigures.CharterCommitments> charters, String contextPath) {
        List<InsightsView.CharterItem> items = new ArrayList<>();
        for (InsightsFigures.CharterCommitments charter : charters) {
            List<InsightsView.CommitmentItem> commitments = new ArrayList<>();
            for (Evaluation evaluation : charter.evaluations()) {
                Object[] number = evaluation.commitment().number().map(n -> new Object[]{String.valueOf(n)})
                        .orElse(new Object[0]);
                commitments.add(new InsightsView.CommitmentItem(text(evaluation.commitment().nameKey(), number),
                        evaluation.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        text(evaluation.state().nameKey())));
            }
            items.add(new InsightsView.CharterItem(
                    charter.title().isBlank() ? text(PREFIX + "charters.untitled") : charter.title(),
                    contextPath + "/pages/viewpage.action?pageId=" + charter.pageId(), commitments,
                    text(PREFIX + "charters.noCommitments")));
        }
        return new InsightsView.CharterSection(text(PREFIX + "charters.heading"), text(PREFIX + "charters.none"),
                items, text(PREFIX + "charters.stateLabel"));
    }

    private InsightsView.ReciprocitySection reciprocity(ReciprocityTotals totals) {
        String heading = text(PREFIX + "reciprocity.heading");
        InsightsView.Table noTable = new InsightsView.Table("", List.of(), List.of());
        if (totals instanceof ReciprocityTotals.NotShown notShown) {
            return new InsightsView.ReciprocitySection(heading,
                    text(PREFIX + "reciprocity.notShown", notShown.threshold()), noTable);
        }
        ReciprocityTotals.Shown shown = (ReciprocityTotals.Shown) totals;
        if (shown.contributions() == 0) {
            return new InsightsView.ReciprocitySection(heading, text(PREFIX + "reciprocity.none"), noTable);
        }
        List<InsightsView.Row> rows = List.of(
                row("reciprocity.people", number(shown.people())),
                row("reciprocity.contributions", number(shown.contributions())),
                row("reciprocity.hours", hours(shown.minutes())),
                row("reciprocity.paid", pounds(shown.paidPence())),
                row("reciprocity.owed", pounds(shown.owedPence())),
                row("reciprocity.declined", number(shown.declined())),
                row("reciprocity.medianDays", shown.medianDaysToPay().isPresent()
                        ? number(shown.medianDaysToPay().getAsInt()) : text(PREFIX + "reciprocity.nothingPaid")));
        return new InsightsView.ReciprocitySection(heading, "", new InsightsView.Table(
                text(PREFIX + "reciprocity.caption"), List.of(text(PREFIX + "reciprocity.column.what"),
                        text(PREFIX + "reciprocity.column.total")), rows));
    }

    private InsightsView.Row row(String key, String value) {
        return new InsightsView.Row(text(PREFIX + key), List.of(value));
    }

    private InsightsView.ChartSection empty(String id, String heading, String sentence) {
        return new InsightsView.ChartSection(id, heading, "", "", sentence,
                new InsightsView.Table("", List.of(), List.of()), List.of());
    }

    /** "a, b and c" */
    private String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return text(PREFIX + "list.and", String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    /** Whole numbers as people write them: 1,234. */
    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    /** Hours to one decimal place, trailing ".0" dropped: 90 minutes is "1.5". */
    static String hours(long minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** Pounds and pence: £1,234.50. */
    static String pounds(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
