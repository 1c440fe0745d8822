package app.alongside.decision.view;

import java.util.List;
import java.util.Objects;

/**
 * What a decision register shows, in words: a caption, counts by status, a table whose columns say how it is
 * sorted, one row per decision, a clear message when there is nothing to show, and links to move through pages.
 * Empty links mean plain text (exports).
 */
public record RegisterView(String caption, String countsLabel, String total, List<StatusCount> counts,
                           List<Column> columns, List<Row> rows, String emptyKind, String emptyMessage,
                           String emptyActionLabel, String emptyActionLink, String shown, String pagingLabel,
                           String nextLabel, String nextLink, String firstLabel, String firstLink, RowWords words) {

    public RegisterView {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(countsLabel, "countsLabel");
        Objects.requireNonNull(total, "total");
        counts = List.copyOf(counts);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(emptyKind, "emptyKind");
        Objects.requireNonNull(emptyMessage, "emptyMessage");
        Objects.requireNonNull(emptyActionLabel, "emptyActionLabel");
        Objects.requireNonNull(emptyActionLink, "emptyActionLink");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(pagingLabel, "pagingLabel");
        Objects.requireNonNull(nextLabel, "nextLabel");
        Objects.requireNonNull(nextLink, "nextLink");
        Objects.requireNonNull(firstLabel, "firstLabel");
        Objects.requireNonNull(firstLink, "firstLink");
        Objects.requireNonNull(words, "words");
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    public boolean hasCounts() {
        return !counts.isEmpty();
    }

    public boolean hasEmptyAction() {
        return !emptyActionLink.isEmpty();
    }

    public boolean hasNext() {
        return !nextLink.isEmpty();
    }

    public boolean hasFirst() {
        return !firstLink.isEmpty();
    }

    public boolean hasPaging() {
        return hasNext() || hasFirst();
    }

    /** How many visible decisions match, for one status. Only statuses with decisions are listed. */
    public record StatusCount(String value, String name, int count) {
        public StatusCount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A column heading. {@code sortLink} re-orders the register by this column (empty: not sortable here);
     * {@code ariaSort} is {@code ascending} or {@code descending} on the column the register is sorted by, else empty.
     */
    public record Column(String key, String label, String sortLink, String sortHint, String ariaSort) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            sortLink = sortLink == null ? "" : sortLink;
            sortHint = sortHint == null ? "" : sortHint;
            ariaSort = ariaSort == null ? "" : ariaSort;
        }

        public boolean isSortable() {
            return !sortLink.isEmpty();
        }

        public boolean isSorted() {
            return !ariaSort.isEmpty();
        }
    }

    /** One decision: where it is, its status and dates, who shaped it at each stage, and its loop. */
    public record Row(String title, String link, String pageTitle, String pageLink, String statusValue,
                      String statusName, String decidedOn, String decidedOnIso, String reviewOn, String reviewOnIso,
                      boolean reviewDue, List<StageCount> shaped, String shapedTotal, String loopValue,
                      String loopName, RowPlacement ladder) {

        /** A row without a ladder column. */
        public Row(String title, String link, String pageTitle, String pageLink, String statusValue,
                   String statusName, String decidedOn, String decidedOnIso, String reviewOn, String reviewOnIso,
                   boolean reviewDue, List<StageCount> shaped, String shapedTotal, String loopValue,
                   String loopName) {
            this(title, link, pageTitle, pageLink, statusValue, statusName, decidedOn, decidedOnIso, reviewOn,
                    reviewOnIso, reviewDue, shaped, shapedTotal, loopValue, loopName, null);
        }

        public Row {
            Objects.requireNonNull(title, "title");
            link = link == null ? "" : link;
            Objects.requireNonNull(pageTitle, "pageTitle");
            pageLink = pageLink == null ? "" : pageLink;
            Objects.requireNonNull(statusValue, "statusValue");
            Objects.requireNonNull(statusName, "statusName");
            Objects.requireNonNull(decidedOn, "decidedOn");
            Objects.requireNonNull(decidedOnIso, "decidedOnIso");
            Objects.requireNonNull(reviewOn, "reviewOn");
            Objects.requireNonNull(reviewOnIso, "reviewOnIso");
            shaped = List.copyOf(shaped);
            Objects.requireNonNull(shapedTotal, "shapedTotal");
            Objects.requireNonNull(loopValue, "loopValue");
            Objects.requireNonNull(loopName, "loopName");
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }

        public boolean hasPageLink() {
            return !pageLink.isEmpty();
        }

        public boolean hasDecidedOn() {
            return !decidedOnIso.isEmpty();
        }

        public boolean hasReviewOn() {
            return !reviewOnIso.isEmpty();
        }

        /** Whether the register shows a ladder column. */
        public boolean hasLadder() {
            return ladder != null;
        }
    }

    /**
     * A row's ladder cell, from the placement index: the rung and band, and the signals by name (each with its code
     * for styling; never a colour alone). {@code placed} false: the index has not placed the decision yet.
     */
    public record RowPlacement(boolean placed, String rungValue, String rungLine, String bandName, String couldBe,
                               String notPlaced, List<SignalBadge> signals, String signalsLabel, String claimed) {
        public RowPlacement(boolean placed, String rungValue, String rungLine, String bandName, String couldBe,
                            String notPlaced, List<SignalBadge> signals, String signalsLabel) {
            this(placed, rungValue, rungLine, bandName, couldBe, notPlaced, signals, signalsLabel, "");
        }

        public RowPlacement {
            claimed = claimed == null ? "" : claimed;
            rungValue = rungValue == null ? "" : rungValue;
            rungLine = rungLine == null ? "" : rungLine;
            bandName = bandName == null ? "" : bandName;
            couldBe = couldBe == null ? "" : couldBe;
            notPlaced = notPlaced == null ? "" : notPlaced;
            signals = List.copyOf(signals);
            signalsLabel = signalsLabel == null ? "" : signalsLabel;
        }

        /** The same placement with the group's claimed level beside it. */
        public RowPlacement withClaimed(String words) {
            return new RowPlacement(placed, rungValue, rungLine, bandName, couldBe, notPlaced, signals, signalsLabel,
                    words);
        }

        public boolean hasClaimed() {
            return !claimed.isEmpty();
        }

        public boolean hasSignals() {
            return !signals.isEmpty();
        }

        public boolean hasCouldBe() {
            return !couldBe.isEmpty();
        }
    }

    /** A signal named in a register row. */
    public record SignalBadge(String code, String name) {
        public SignalBadge {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /** How many people are recorded at one stage. */
    public record StageCount(String name, int count) {
        public StageCount {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Words used in every row. */
    public record RowWords(String due, String notRecorded, String shapedLabel) {
        public RowWords {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(notRecorded, "notRecorded");
            Objects.requireNonNull(shapedLabel, "shapedLabel");
        }
    }
}
