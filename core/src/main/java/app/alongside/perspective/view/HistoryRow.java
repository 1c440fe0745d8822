package app.alongside.perspective.view;

import java.util.Objects;

/** One line of a consent history in words: when, what happened, who recorded it, and any note of consent. */
public record HistoryRow(String when, String whenIso, String what, String by, String note) {

    public HistoryRow {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(what, "what");
        by = by == null ? "" : by;
        note = note == null ? "" : note;
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }
}
