package app.alongside.decision.view;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.SignalKind;
import app.alongside.text.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Builds a register's view in the viewer's words from one page of the register. */
public final class RegisterViews {

    private final Messages messages;

    public RegisterViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The view of {@code page}, the answer to {@code query}. {@code spaceNames} name the spaces it covers (for the
     * caption); {@code readerFiltered} says whether the reader chose filters (rather than only the page's own
     * settings), which decides how "nothing here" is worded; {@code today} decides which reviews are due.
     */
    public RegisterView of(RegisterPage page, RegisterQuery query, List<String> spaceNames, RegisterLinks links,
                           boolean readerFiltered, LocalDate today) {
        return of(page, query, spaceNames, links, readerFiltered, today, null, null);
    }

    /**
     * The view with a ladder column: each row's rung, band and signals from {@code placements} (the placement index's
     * answer for the page's rows, read once for the whole page), "not placed yet" for a row it lacks.
     * {@code rules}: each space's rules, for whether a "you said" has waited too long by {@code today}.
     */
    public RegisterView of(RegisterPage page, RegisterQuery query, List<String> spaceNames, RegisterLinks links,
                           boolean readerFiltered, LocalDate today, Map<Long, StoredPlacement> placements,
                           Function<String, LadderRules> rules) {
        String caption = spaceNames.size() == 1
                ? messages.text("alongside.register.caption.one", spaceNames.get(0))
                : messages.text("alongside.register.caption.many", spaceNames.size(), String.join(", ", spaceNames));

        List<RegisterView.StatusCount> counts = new ArrayList<>();
        for (DecisionStatus status : DecisionStatus.values()) {
            int count = page.countsByStatus().get(status);
            if (count > 0) {
                counts.add(new RegisterView.StatusCount(status.parameterValue(), messages.text(status.nameKey()), count));
            }
        }

        List<RegisterView.Row> rows = new ArrayList<>();
        for (IndexedDecision row : page.rows()) {
            RegisterView.Row built = row(row, links, today);
            if (placements != null) {
                built = withLadder(built, withClaim(ladder(placements.get(row.id()), row.page().spaceKey(), rules, today),
                        row.decision().claimed(), placements.get(row.id())));
            }
            rows.add(built);
        }

        String emptyKind = "";
        String emptyMessage = "";
        String emptyActionLabel = "";
        String emptyActionLink = "";
        if (rows.isEmpty()) {
            if (page.total() == 0 && !isFiltered(query)) {
                emptyKind = "empty";
                emptyMessage = messages.text(spaceNames.size() == 1
                        ? "alongside.register.empty.one" : "alongside.register.empty.many");
            } else if (page.total() == 0 && !readerFiltered) {
                emptyKind = "none-listed";
                emptyMessage = messages.text("alongside.register.empty.noneListed");
            } else if (page.total() == 0) {
                emptyKind = "filtered";
                emptyMessage = messages.text("alongside.register.empty.filtered");
                emptyActionLabel = messages.text("alongside.register.empty.filtered.action");
                emptyActionLink = links.reset();
            } else {
                emptyKind = "end";
                emptyMessage = messages.text("alongside.register.empty.end");
                if (query.after().isPresent()) {
                    emptyActionLabel = messages.text("alongside.register.paging.first");
                    emptyActionLink = links.first();
                }
            }
        }

        return new RegisterView(caption, messages.text("alongside.register.counts.label"),
                messages.text("alongside.register.total", page.total()), counts, columns(query.sort(), links, placements != null), rows,
                emptyKind, emptyMessage, emptyActionLabel, emptyActionLink,
                messages.text("alongside.register.shown", rows.size(), page.total()),
                messages.text("alongside.register.paging.label"),
                messages.text("alongside.register.paging.next"),
                page.next().map(links::next).orElse(""),
                messages.text("alongside.register.paging.first"),
                query.after().isPresent() && !rows.isEmpty() ? links.first() : "",
                new RegisterView.RowWords(messages.text("alongside.register.review.due"),
                        messages.text("alongside.register.notRecorded"),
                        messages.text("alongside.register.shaped.label")));
    }

    /** Whether the query narrows the register beyond its spaces, so that "nothing here" means "nothing matches". */
    public static boolean isFiltered(RegisterQuery query) {
        return !query.labels().isEmpty() || !query.statuses().isEmpty() || query.decidedFrom().isPresent()
                || query.decidedTo().isPresent() || query.reviewDueOnly() || query.loop().isPresent()
                || query.titleContains().isPresent();
    }

    private RegisterView.Row row(IndexedDecision row, RegisterLinks links, LocalDate today) {
        Decision decision = row.decision();
        List<RegisterView.StageCount> shaped = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            shaped.add(new RegisterView.StageCount(messages.text(stage.nameKey()), decision.peopleAt(stage).size()));
        }
        String title = decision.title().isBlank() ? messages.text("alongside.decision.untitled") : decision.title();
        return new RegisterView.Row(title, links.decision(row), row.page().title(), links.page(row.page()),
                decision.status().parameterValue(), messages.text(decision.status().nameKey()),
                ViewDates.longDate(decision.decidedOn()), ViewDates.iso(decision.decidedOn()),
                ViewDates.longDate(decision.reviewOn()), ViewDates.iso(decision.reviewOn()),
                decision.isReviewDue(today), shaped,
                messages.text("alongside.register.shaped.total", decision.everyone().size()),
                decision.loop().parameterValue(), messages.text("alongside.register.loop." + decision.loop().parameterValue()));
    }

    private RegisterView.RowPlacement ladder(StoredPlacement stored, String spaceKey,
                                             Function<String, LadderRules> rules, LocalDate today) {
        if (stored == null) {
            return new RegisterView.RowPlacement(false, "", "", "", "",
                    messages.text("alongside.register.ladder.notPlaced"), List.of(), "");
        }
        Set<SignalKind> kinds = stored.signalsOn(today, rules == null ? LadderRules.DEFAULTS : rules.apply(spaceKey));
        List<RegisterView.SignalBadge> badges = new ArrayList<>();
        for (SignalKind kind : SignalKind.values()) {
            if (kinds.contains(kind)) {
                badges.add(new RegisterView.SignalBadge(kind.code(), messages.text(kind.nameKey())));
            }
        }
        String rungLine = messages.text("alongside.placement.rung.value", stored.rung().number(),
                messages.text(stored.rung().nameKey()));
        String couldBe = stored.couldBe().map(best -> messages.text("alongside.register.ladder.couldBe",
                messages.text("alongside.placement.rung.value", best.number(), messages.text(best.nameKey()))))
                .orElse("");
        return new RegisterView.RowPlacement(true, stored.rung().parameterValue(), rungLine,
                messages.text(stored.rung().band().nameKey()), couldBe, "", badges,
                badges.isEmpty() ? "" : messages.text("alongside.register.ladder.signals", badges.size()));
    }

    /** The level the group claimed, beside the evidenced rung, marked when it is higher than the record shows. */
    private RegisterView.RowPlacement withClaim(RegisterView.RowPlacement ladder, Optional<LadderRung> claimed,
                                                StoredPlacement stored) {
        if (claimed.isEmpty()) {
            return ladder;
        }
        String rung = messages.text("alongside.placement.rung.value", claimed.get().number(),
                messages.text(claimed.get().nameKey()));
        boolean above = stored != null && claimed.get().compareTo(stored.rung()) > 0;
        return ladder.withClaimed(messages.text(above ? "alongside.register.ladder.claimedAbove"
                : "alongside.register.ladder.claimed", rung));
    }

    private static RegisterView.Row withLadder(RegisterView.Row row, RegisterView.RowPlacement ladder) {
        return new RegisterView.Row(row.title(), row.link(), row.pageTitle(), row.pageLink(), row.statusValue(),
                row.statusName(), row.decidedOn(), row.decidedOnIso(), row.reviewOn(), row.reviewOnIso(),
                row.reviewDue(), row.shaped(), row.shapedTotal(), row.loopValue(), row.loopName(), ladder);
    }

    private List<RegisterView.Column> columns(RegisterSort current, RegisterLinks links, boolean ladder) {
        List<RegisterView.Column> columns = new ArrayList<>();
        columns.add(sortable("title", RegisterSort.TITLE, current, links, "ascending"));
        columns.add(new RegisterView.Column("page", messages.text("alongside.register.column.page"), "", "", ""));
        columns.add(sortable("status", RegisterSort.STATUS, current, links, "ascending"));
        // Decided on sorts newest first; choosing it again turns the order round.
        RegisterSort decidedTarget = current == RegisterSort.DECIDED_NEWEST ? RegisterSort.DECIDED_OLDEST
                : RegisterSort.DECIDED_NEWEST;
        String decidedSort = current == RegisterSort.DECIDED_NEWEST ? "descending"
                : current == RegisterSort.DECIDED_OLDEST ? "ascending" : "";
        columns.add(new RegisterView.Column("decided", messages.text("alongside.register.column.decided"),
                links.sort(decidedTarget), messages.text("alongside.register.sort." + decidedTarget.parameterValue()),
                decidedSort));
        columns.add(sortable("review", RegisterSort.REVIEW_SOONEST, current, links, "ascending"));
        columns.add(new RegisterView.Column("shaped", messages.text("alongside.register.column.shaped"), "", "", ""));
        columns.add(new RegisterView.Column("loop", messages.text("alongside.register.column.loop"), "", "", ""));
        if (ladder) {
            columns.add(new RegisterView.Column("ladder", messages.text("alongside.register.column.ladder"), "", "",
                    ""));
        }
        return columns;
    }

    private RegisterView.Column sortable(String key, RegisterSort sort, RegisterSort current, RegisterLinks links,
                                         String direction) {
        boolean active = sort == current;
        return new RegisterView.Column(key, messages.text("alongside.register.column." + key),
                active ? "" : links.sort(sort), messages.text("alongside.register.sort." + sort.parameterValue()),
                active ? direction : "");
    }
}
