package app.alongside.signal;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Acknowledging a tokenism signal with a note. Who may acknowledge is the adapter's check (Confluence permissions);
 * this checks the note: required, plain text, at most {@link Acknowledgement#MAX_NOTE} characters.
 */
public final class Acknowledgements {

    /** The form field the note is typed in, for problems. */
    public static final String NOTE = "note";

    private final AcknowledgementStore store;
    private final Clock clock;

    public Acknowledgements(AcknowledgementStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Acknowledges the signal, or says what is wrong with the note. */
    public Validated<Acknowledgement> acknowledge(String userKey, SignalKind kind, SignalSubject subject,
                                                  String spaceKey, Optional<LocalDate> decidedOn, String note) {
        Objects.requireNonNull(userKey, "userKey");
        String typed = note == null ? "" : note.replace("\r\n", "\n").strip();
        if (typed.isEmpty()) {
            return Validated.invalid(List.of(Problem.of(NOTE, "alongside.acknowledgement.problem.note.missing")));
        }
        if (typed.length() > Acknowledgement.MAX_NOTE) {
            return Validated.invalid(List.of(Problem.of(NOTE, "alongside.acknowledgement.problem.note.tooLong",
                    Acknowledgement.MAX_NOTE, typed.length())));
        }
        if (typed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            return Validated.invalid(List.of(Problem.of(NOTE, "alongside.acknowledgement.problem.note.control")));
        }
        Acknowledgement acknowledgement = new Acknowledgement(kind, subject, spaceKey, typed, userKey,
                clock.instant(), decidedOn);
        store.save(acknowledgement);
        return Validated.valid(acknowledgement);
    }

    /** Takes an acknowledgement back; false if there was none. */
    public boolean withdraw(SignalSubject subject, SignalKind kind) {
        return store.remove(subject, kind);
    }

    /** The acknowledgements about this subject, by kind. */
    public Map<SignalKind, Acknowledgement> about(SignalSubject subject) {
        Map<SignalKind, Acknowledgement> byKind = new EnumMap<>(SignalKind.class);
        for (Acknowledgement acknowledgement : store.about(subject)) {
            byKind.put(acknowledgement.kind(), acknowledgement);
        }
        return byKind;
    }

    /** Erasure: the person's key leaves every acknowledgement; the group's notes stay. */
    public int eraseUser(String userKey) {
        return store.eraseUser(userKey);
    }
}
