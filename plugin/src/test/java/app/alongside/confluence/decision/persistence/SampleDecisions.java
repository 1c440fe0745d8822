package app.alongside.confluence.decision.persistence;

import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedPage;
import app.alongside.people.PersonRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decisions and pages for the index tests, with only what a test cares about spelt out. */
final class SampleDecisions {

    private SampleDecisions() {
    }

    static IndexedPage page(long id, String spaceKey, String... labels) {
        return new IndexedPage(id, spaceKey, "Meeting " + id, IndexedPage.ContentType.PAGE, List.of(labels));
    }

    static Decision decision(String localId, String title) {
        return decision(localId, title, DecisionStatus.DECIDED, null, null);
    }

    static Decision decision(String localId, String title, DecisionStatus status, LocalDate decidedOn,
                             LocalDate reviewOn) {
        return new Decision(localId, title, status, Optional.empty(), Optional.ofNullable(decidedOn),
                Optional.ofNullable(reviewOn), Optional.empty(), "", "", Map.of(), List.of());
    }

    static Decision withContributions(String localId, String title, Response... responses) {
        List<Contribution> contributions = java.util.Arrays.stream(responses)
                .map(r -> new Contribution("We want evening meetings", Optional.of(new PersonRef.Named("Sam")),
                        Optional.empty(), r, r == Response.NOT_ADOPTED ? "No room is free" : "", Optional.empty()))
                .toList();
        return new Decision(localId, title, DecisionStatus.DECIDED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", "", Map.of(), contributions);
    }

    static Decision withPeople(String localId, Stage stage, PersonRef... people) {
        return new Decision(localId, "Who was there", DecisionStatus.DECIDED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", "", Map.of(stage, List.of(people)), List.of());
    }
}
