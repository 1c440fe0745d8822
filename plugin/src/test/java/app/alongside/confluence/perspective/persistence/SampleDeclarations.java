package app.alongside.confluence.perspective.persistence;

import app.alongside.perspective.Consent;
import app.alongside.perspective.ConsentEvent;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.ConsentPurpose;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Declarations and consent events for the private-store tests, with only what a test cares about spelt out. */
final class SampleDeclarations {

    static final Instant MORNING = Instant.parse("2026-03-10T09:15:30.123Z");

    private SampleDeclarations() {
    }

    static Declaration own(SubjectKey subject, int version, Instant at, Perspective... perspectives) {
        String by = subject.userKey().orElse("u-facilitator");
        return new Declaration(subject, Set.of(perspectives), Optional.empty(), false,
                new Consent(ConsentPurpose.TOTALS_ONLY, at, by, ConsentMethod.SELF, Optional.empty()),
                version, at, by);
    }

    static ConsentEvent given(SubjectKey subject, int version, Instant at) {
        return new ConsentEvent(subject, version == 1 ? ConsentEvent.Kind.GIVEN : ConsentEvent.Kind.UPDATED, version,
                at, subject.userKey().orElse("u-facilitator"), ConsentMethod.SELF, Optional.empty());
    }

    static ConsentEvent withdrawn(SubjectKey subject, int version, Instant at) {
        return new ConsentEvent(subject, ConsentEvent.Kind.WITHDRAWN, version, at,
                subject.userKey().orElse("u-facilitator"), ConsentMethod.SELF, Optional.empty());
    }

    static OnBehalfNote note() {
        return new OnBehalfNote("Sam, in their words: “yes, put it down”", LocalDate.of(2026, 3, 9),
                "In person at the Tuesday group");
    }
}
