package app.alongside.confluence.decision.rest;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.ladder.LadderRung;
import app.alongside.text.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The register as spreadsheet rows: the columns documented in docs/admin-guide.md ("Export to CSV"), headings in the
 * reader's words, values as the JSON gives them (ISO dates, stored status values), people by name.
 */
final class DecisionCsv {

    /** Heading keys, in column order. */
    static final List<String> HEADINGS = List.of(
            "alongside.rest.csv.id", "alongside.rest.csv.space", "alongside.rest.csv.page",
            "alongside.rest.csv.link", "alongside.rest.csv.title", "alongside.rest.csv.status",
            "alongside.rest.csv.supersededBy", "alongside.rest.csv.decidedOn", "alongside.rest.csv.reviewOn",
            "alongside.rest.csv.claimed", "alongside.rest.csv.outcome", "alongside.rest.csv.agenda",
            "alongside.rest.csv.options", "alongside.rest.csv.deciding", "alongside.rest.csv.delivering",
            "alongside.rest.csv.reviewing", "alongside.rest.csv.contributions", "alongside.rest.csv.answered",
            "alongside.rest.csv.loop", "alongside.rest.csv.youSaid");

    private static final String PEOPLE_SEPARATOR = "; ";

    private final DecisionJsons jsons;
    private final SiteLinks links;
    private final Messages messages;

    DecisionCsv(DecisionJsons jsons, SiteLinks links, Messages messages) {
        this.jsons = jsons;
        this.links = links;
        this.messages = messages;
    }

    List<String> headings() {
        return HEADINGS.stream().map(key -> messages.text(key)).toList();
    }

    List<String> row(IndexedDecision row) {
        Decision d = row.decision();
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(row.id()));
        cells.add(row.page().spaceKey());
        cells.add(row.page().title());
        cells.add(links.decision(row.page().pageId(), d.title()));
        cells.add(d.title());
        cells.add(d.status().parameterValue());
        cells.add(d.supersededBy().orElse(""));
        cells.add(orEmpty(DecisionJsons.iso(d.decidedOn())));
        cells.add(orEmpty(DecisionJsons.iso(d.reviewOn())));
        cells.add(d.claimed().map(LadderRung::parameterValue).orElse(""));
        cells.add(d.outcomeText());
        for (Stage stage : Stage.values()) {
            cells.add(String.join(PEOPLE_SEPARATOR, jsons.names(row, stage)));
        }
        cells.add(String.valueOf(d.contributions().size()));
        cells.add(String.valueOf(d.contributions().stream().filter(Contribution::isAnswered).count()));
        cells.add(d.loop().parameterValue());
        cells.add(youSaid(row));
        return cells;
    }

    /** Each contribution on its own line: what was said, by whom, and the answer. */
    private String youSaid(IndexedDecision row) {
        List<String> lines = new ArrayList<>();
        for (Contribution c : row.decision().contributions()) {
            String by = jsons.name(c.by(), row.page().spaceKey())
                    .orElseGet(() -> messages.text("alongside.rest.csv.anonymous"));
            String line = messages.text("alongside.rest.csv.youSaid.line", c.said(), by, c.response().parameterValue());
            lines.add(c.answer().isEmpty() ? line : line + ": " + c.answer());
        }
        return String.join("\n", lines);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
