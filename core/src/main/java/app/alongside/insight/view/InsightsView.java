package app.alongside.insight.view;

import java.util.List;
import java.util.Objects;

/**
 * What the insights macro shows, in the viewer's words: which decisions it is about, each chart with its heading,
 * summary sentence and data table (or a sentence when there is nothing to draw), the charters' commitments and the
 * ledger's totals. Every string is plain text that the template escapes, except {@link ChartSection#svgHtml()}, which
 * {@link BarChart} wrote and escaped itself.
 *
 * @param leftOutText a sentence when some spaces were left out because the viewer cannot view them, else ""
 * @param export      true for PDF, Word and email: the layout stacks each table under its chart
 */
public record InsightsView(String heading, String scopeText, String leftOutText, List<ChartSection> charts,
                           CharterSection charters, ReciprocitySection reciprocity, boolean export) {

    public InsightsView {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(scopeText, "scopeText");
        Objects.requireNonNull(leftOutText, "leftOutText");
        charts = List.copyOf(charts);
    }

    public boolean hasLeftOut() {
        return !leftOutText.isEmpty();
    }

    public boolean hasCharters() {
        return charters != null;
    }

    public boolean hasReciprocity() {
        return reciprocity != null;
    }

    /**
     * One chart: {@code svgHtml} is the picture, or "" when there is nothing to draw and {@code emptyText} says so;
     * {@code notes} say what the figures cannot tell (such as rungs that could be higher).
     */
    public record ChartSection(String id, String heading, String summary, String svgHtml, String emptyText,
                               Table table, List<String> notes) {
        public ChartSection {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(svgHtml, "svgHtml");
            Objects.requireNonNull(emptyText, "emptyText");
            Objects.requireNonNull(table, "table");
            notes = List.copyOf(notes);
        }

        public boolean hasChart() {
            return !svgHtml.isEmpty();
        }
    }

    /** A data table: the first column holds each row's header. */
    public record Table(String caption, List<String> columns, List<Row> rows) {
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Row(String header, List<String> cells) {
        public Row {
            Objects.requireNonNull(header, "header");
            cells = List.copyOf(cells);
        }
    }

    /** The charters covering these spaces, or {@code emptyText} when there are none. */
    public record CharterSection(String heading, String emptyText, List<CharterItem> charters, String stateLabel) {
        public CharterSection {
            charters = List.copyOf(charters);
        }

        public boolean hasCharters() {
            return !charters.isEmpty();
        }
    }

    public record CharterItem(String title, String href, List<CommitmentItem> commitments, String noCommitmentsText) {
        public CharterItem {
            commitments = List.copyOf(commitments);
        }

        public boolean hasCommitments() {
            return !commitments.isEmpty();
        }
    }

    /** A commitment and its state in words (the value is for styling only). */
    public record CommitmentItem(String name, String stateValue, String stateText) {
    }

    /** The ledger's totals as a table, or why they are not shown. */
    public record ReciprocitySection(String heading, String notShownText, Table table) {
        public boolean shown() {
            return notShownText.isEmpty();
        }
    }
}
