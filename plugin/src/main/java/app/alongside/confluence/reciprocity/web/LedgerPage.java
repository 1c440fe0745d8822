package app.alongside.confluence.reciprocity.web;

import app.alongside.confluence.perspective.web.ScreenParts;

import java.util.List;
import java.util.Objects;

/**
 * The ledger screen, already in words: the asker's own entries ("Time I gave and what I got back"), totals for a
 * space (suppressed below k), and for facilitators the ledger itself with its filter, CSV link, the form to record
 * time and a form per owed entry to mark it paid or declined. Tables are lists of cells, so the template calls few
 * methods and nothing in it decides what a person may see.
 */
public record LedgerPage(String title, String intro, String notice, String error, Table own, Totals totals,
                         boolean facilitator, Facilitation facilitation) {

    public LedgerPage {
        Objects.requireNonNull(title, "title");
        intro = intro == null ? "" : intro;
        notice = notice == null ? "" : notice;
        error = error == null ? "" : error;
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(totals, "totals");
        if (facilitator != (facilitation != null)) {
            throw new IllegalArgumentException("the facilitator's part exactly for facilitators");
        }
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    /** A table with a heading; {@code empty} said instead when there are no rows. */
    public record Table(String id, String heading, String empty, List<String> columns, List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    /**
     * One row: its cells, and for a facilitator's owed entry the form marking it paid or declined (and for any entry
     * deleting it); {@code post} is null when the row has no actions.
     */
    public record Row(List<String> cells, ScreenParts.FormPost post, String label, boolean owed, String paidLabel,
                      String declinedLabel, String deleteLabel) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(List<String> cells) {
            return new Row(cells, null, "", false, "", "", "");
        }

        public boolean hasActions() {
            return post != null;
        }
    }

    /** Totals for the chosen space, or why there are none, and a form (GET) to choose the space. */
    public record Totals(String heading, String text, List<Fact> facts, Lookup choose) {
        public Totals {
            facts = List.copyOf(facts);
        }

        public boolean hasFacts() {
            return !facts.isEmpty();
        }
    }

    public record Fact(String label, String value) {
    }

    /** A form that only looks something up, by GET: no session check needed. */
    public record Lookup(String action, List<Field> fields, String buttonLabel) {
        public Lookup {
            fields = List.copyOf(fields);
        }
    }

    public record Facilitation(String heading, Lookup filter, String csvLink, String csvLabel, Table entries,
                               RecordForm form) {
    }

    /** A text input with its label, help and problem, all in words. */
    public record Field(String id, String name, String label, String help, String value, String error, String type) {
        public Field {
            help = help == null ? "" : help;
            value = value == null ? "" : value;
            error = error == null ? "" : error;
        }

        public boolean hasHelp() {
            return !help.isEmpty();
        }

        public boolean hasError() {
            return !error.isEmpty();
        }

        /** The ids of the help and the problem, for {@code aria-describedby}. */
        public String describedBy() {
            return (hasHelp() ? id + "-help" : "") + (hasError() ? (hasHelp() ? " " : "") + id + "-error" : "");
        }
    }

    public record Choice(String id, String name, String value, String label, boolean checked) {
    }

    public record Select(String id, String name, String label, List<Option> options, String error) {
        public Select {
            options = List.copyOf(options);
            error = error == null ? "" : error;
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    public record Option(String value, String label, boolean selected) {
    }

    /**
     * Recording time: people to tick (from a meeting's notes) and/or named in a text field, the time given, and what
     * they get back. Posts with the session's token.
     */
    public record RecordForm(String heading, String intro, ScreenParts.FormPost post, String peopleLegend,
                             List<Choice> people, String peopleError, List<Field> fields, Select type, Select state,
                             Choice benefits, String benefitsHelp, String submitLabel, List<String> problems,
                             String problemsHeading) {
        public RecordForm {
            people = List.copyOf(people);
            peopleError = peopleError == null ? "" : peopleError;
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        public boolean hasPeople() {
            return !people.isEmpty();
        }

        public boolean hasPeopleError() {
            return !peopleError.isEmpty();
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }
}
