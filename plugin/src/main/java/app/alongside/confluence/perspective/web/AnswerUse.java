package app.alongside.confluence.perspective.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.people.PersonRef;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.view.PerspectiveViews;
import app.alongside.perspective.view.TotalRow;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "How your answer is used": for each space whose decisions named the person this quarter, the total every feature
 * shows there — people with lived experience among everyone who took part, or "not shown" when too few. Never the
 * person's own answer, and never anyone else's.
 */
@Named
public class AnswerUse {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerUse.class);
    /** Enough of a person's recent decisions to find the spaces of one quarter. */
    static final int DECISIONS_LOOKED_AT = 500;

    private final DecisionIndex decisions;
    private final ParticipantIndex participants;
    private final InvolvementTotals totals;
    private final AppPermissions permissions;
    private final ConfluencePageVisibility visibility;
    private final Clock clock;

    @Inject
    public AnswerUse(DecisionIndex decisions, ParticipantIndex participants, InvolvementTotals totals,
                     AppPermissions permissions, ConfluencePageVisibility visibility, Clock clock) {
        this.decisions = decisions;
        this.participants = participants;
        this.totals = totals;
        this.permissions = permissions;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** The quarter being shown: its first and last day. */
    public record Quarter(LocalDate from, LocalDate to) {
    }

    public Quarter quarter() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        return new Quarter(from, from.plusMonths(3).minusDays(1));
    }

    /**
     * The totals, one per space the person may see, or empty if they were named in no decision this quarter.
     * Throws nothing: if the totals cannot be worked out (the database is away), says so in {@code failed}.
     */
    public Result forUser(ConfluenceUser user, PerspectiveViews views) {
        Quarter quarter = quarter();
        try {
            String userKey = user.getKey().getStringValue();
            List<String> personKeys = new ArrayList<>();
            personKeys.add(new PersonRef.User(userKey).key());
            for (IndexedParticipant page : participants.findByUserKey(userKey)) {
                personKeys.add(new PersonRef.Page(page.spaceKey(), page.pageTitle()).key());
            }
            Set<String> spaceKeys = new LinkedHashSet<>();
            for (IndexedDecision decision : decisions.involving(personKeys, DECISIONS_LOOKED_AT)) {
                Optional<LocalDate> decided = decision.decision().decidedOn();
                if (decided.isPresent() && !decided.get().isBefore(quarter.from())
                        && !decided.get().isAfter(quarter.to())) {
                    spaceKeys.add(decision.page().spaceKey());
                }
            }
            List<TotalRow> rows = new ArrayList<>();
            for (String spaceKey : spaceKeys) {
                Optional<Space> space = permissions.viewableSpace(Optional.of(user), spaceKey);
                if (space.isPresent()) {
                    rows.add(views.totalRow(space.get().getName(), totals.inSpace(spaceKey, quarter.from(),
                            quarter.to(), visibility.forUser(Optional.of(user)))));
                }
            }
            return new Result(quarter, rows, false);
        } catch (RuntimeException e) {
            LOG.error("Alongside could not work out the totals shown on a person's data page", e);
            return new Result(quarter, List.of(), true);
        }
    }

    public record Result(Quarter quarter, List<TotalRow> rows, boolean failed) {
        public Result {
            rows = List.copyOf(rows);
        }
    }
}
