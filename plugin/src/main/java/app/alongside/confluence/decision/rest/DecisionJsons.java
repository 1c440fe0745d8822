package app.alongside.confluence.decision.rest;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.view.DecisionViews;
import app.alongside.ladder.LadderPlacement;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.StoredPlacement;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
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
        return list(page, Map.of(), space -> LadderRules.DEFAULTS, LocalDate.MIN, null);
    }

    /**
     * The page with each row's stored placement (codes only: the index keeps no reasons). {@code messages} names
     * the signals; null leaves names out.
     */
    DecisionListJson list(RegisterPage page, Map<Long, StoredPlacement> placements,
                          java.util.function.Function<String, LadderRules> rules, LocalDate today,
                          app.alongside.text.Messages messages) {
        List<DecisionJson> decisions = page.rows().stream().map(row -> {
            DecisionJson json = decision(row);
            StoredPlacement stored = placements.get(row.id());
            if (stored == null) {
                return json;
            }
            List<SignalJson> signals = new ArrayList<>();
            java.util.Set<SignalKind> kinds = stored.signalsOn(today, rules.apply(row.page().spaceKey()));
            for (SignalKind kind : SignalKind.values()) {
                if (kinds.contains(kind)) {
                    signals.add(new SignalJson(kind.code(), messages == null ? null : messages.text(kind.nameKey()),
                            null, null));
                }
            }
            return json.with(new LadderJson(stored.rung().parameterValue(), stored.rung().number(),
                    band(stored.rung()), null, stored.couldBe().map(LadderRung::parameterValue).orElse(null), null,
                    null, null, row.decision().claimed().map(LadderRung::parameterValue).orElse(null)), signals);
        }).toList();
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
                d.outcomeText(), stages, contributions, d.loop() == LoopState.CLOSED, d.loop().parameterValue(), null,
                List.of());
    }

    /** One decision placed live, with its reasons in plain English. */
    DecisionJson decision(IndexedDecision row, LadderPlacement placement, List<Signal> signals, DecisionViews words) {
        LadderRung rung = placement.rung();
        LadderJson ladder = new LadderJson(rung.parameterValue(), rung.number(), band(rung),
                placement.arnsteinRung().code(), placement.couldBe().map(LadderRung::parameterValue).orElse(null),
                placement.reasons().stream().map(words::reason).toList(),
                placement.unknowns().stream().map(words::reason).toList(),
                placement.contradictions().stream().map(words::reason).toList(),
                placement.claimed().map(LadderRung::parameterValue).orElse(null));
        List<SignalJson> signalJsons = signals.stream().map(signal -> new SignalJson(signal.kind().code(),
                words.name(signal.kind()), words.reason(signal.reason()),
                signal.details().stream().map(words::reason).toList())).toList();
        return decision(row).with(ladder, signalJsons);
    }

    /** {@code doing-to}, {@code doing-for} or {@code doing-with}. */
    static String band(LadderRung rung) {
        return rung.band().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
