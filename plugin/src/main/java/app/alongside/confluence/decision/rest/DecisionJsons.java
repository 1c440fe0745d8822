package app.alongside.confluence.decision.rest;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.RegisterPage;
import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the API's JSON from the register's rows, naming people through {@link PeopleNames}. */
final class DecisionJsons {

    private final PeopleNames people;
    private final SiteLinks links;

    DecisionJsons(PeopleNames people, SiteLinks links) {
        this.people = people;
        this.links = links;
    }

    DecisionListJson list(RegisterPage page) {
        List<DecisionJson> decisions = page.rows().stream().map(this::decision).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DecisionStatus status : DecisionStatus.values()) {
            counts.put(status.parameterValue(), page.countsByStatus().get(status));
        }
        String next = page.next().map(cursor -> cursor.encode()).orElse(null);
        return new DecisionListJson(decisions, counts, page.total(), next,
                new DecisionListJson.Links(next == null ? null : links.withCursor(next)));
    }

    DecisionJson decision(IndexedDecision row) {
        Decision d = row.decision();
        String spaceKey = row.page().spaceKey();
        Map<String, List<PersonJson>> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.parameterValue(),
                    d.peopleAt(stage).stream().map(p -> people.describe(p, spaceKey)).toList());
        }
        List<ContributionJson> contributions = new ArrayList<>();
        for (Contribution c : d.contributions()) {
            contributions.add(new ContributionJson(c.said(), c.by().map(p -> people.describe(p, spaceKey)).orElse(null),
                    c.isAnonymous(), c.response().parameterValue(), c.answer(), iso(c.saidOn()), iso(c.answeredOn()),
                    c.isAnswered()));
        }
        return new DecisionJson(row.id(), row.page().pageId(), row.page().title(), spaceKey,
                links.decision(row.page().pageId(), d.title()), links.page(row.page().pageId()), d.title(),
                d.status().parameterValue(), d.supersededBy().orElse(null),
                iso(d.decidedOn()), iso(d.reviewOn()), d.claimed().map(LadderRung::parameterValue).orElse(null),
                d.outcomeText(), stages, contributions, d.loop() == LoopState.CLOSED, d.loop().parameterValue());
    }

    /** Everyone at one stage, by name, for a CSV cell. */
    List<String> names(IndexedDecision row, Stage stage) {
        return row.decision().peopleAt(stage).stream()
                .map(p -> people.describe(p, row.page().spaceKey()).displayName()).toList();
    }

    Optional<String> name(Optional<PersonRef> person, String spaceKey) {
        return person.map(p -> people.describe(p, spaceKey).displayName());
    }

    static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
