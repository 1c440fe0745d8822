package app.alongside.signal;

import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;
import app.alongside.ladder.LadderRules;
import app.alongside.people.PersonRef;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signals about a space as a whole. "The same people" reads only who is named at deciding — names the pages
 * show anyway — never perspectives, so it can be raised without revealing anyone's.
 */
public final class SpaceSignals {

    private final LadderRules rules;

    public SpaceSignals(LadderRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * {@code decisions}: the space's decisions the viewer may see, with details, in any order; {@code unrecognised}:
     * what the ledger says about the charter's promise of recognition, if the space's charter makes one.
     */
    public List<Signal> of(List<IndexedDecision> decisions, Optional<Unrecognised> unrecognised) {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(unrecognised, "unrecognised");
        List<Signal> signals = new java.util.ArrayList<>();
        samePeople(decisions).ifPresent(signals::add);
        unrecognised.filter(u -> u.overdue() > 0).ifPresent(u -> signals.add(Signal.of(SignalKind.UNRECOGNISED,
                u.overdue() >= u.threshold()
                        ? Reason.of("alongside.signal.unrecognised.reason", u.overdue(), u.days())
                        : Reason.of("alongside.signal.unrecognised.reason.some", u.days()))));
        return signals;
    }

    private Optional<Signal> samePeople(List<IndexedDecision> decisions) {
        List<IndexedDecision> recent = decisions.stream()
                .filter(row -> row.decision().status().isMade() && row.decision().decidedOn().isPresent())
                .sorted(Comparator.comparing((IndexedDecision row) -> row.decision().decidedOn().orElseThrow())
                        .thenComparingLong(IndexedDecision::id).reversed())
                .limit(rules.samePeopleDecisions()).toList();
        if (recent.size() < rules.samePeopleDecisions()) {
            return Optional.empty();
        }
        Set<PersonRef> deciders = new HashSet<>();
        for (IndexedDecision row : recent) {
            List<PersonRef> deciding = row.decision().peopleAt(Stage.DECIDING);
            if (deciding.isEmpty()) {
                return Optional.empty();
            }
            deciders.addAll(deciding);
        }
        if (deciders.size() > 2) {
            return Optional.empty();
        }
        List<Evidence> evidence = recent.stream().map(row -> Evidence.ofDecision(row.id(), row.page().pageId(),
                row.decision().title(), row.decision().decidedOn(), "alongside.signal.same-people.evidence")).toList();
        return Optional.of(new Signal(SignalKind.SAME_PEOPLE,
                Reason.of("alongside.signal.same-people.reason", recent.size()), List.of(), evidence));
    }

    /**
     * Contributions that waited longer than the charter's {@code days} for recognition. Fewer than {@code threshold}
     * (k) are said as "some": a count of one could point at whose payment is late.
     */
    public record Unrecognised(int days, int overdue, int threshold) {
        public Unrecognised {
            if (days < 1 || overdue < 0 || threshold < 1) {
                throw new IllegalArgumentException("days and threshold must be positive, overdue not negative");
            }
        }
    }
}
