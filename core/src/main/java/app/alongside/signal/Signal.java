package app.alongside.signal;

import app.alongside.evidence.Evidence;
import app.alongside.evidence.Reason;

import java.util.List;
import java.util.Objects;

/**
 * One tokenism signal: its kind, why it was raised, the details behind it (dates, waits) and, for a space, the
 * decisions it rests on. Never names a person and never carries a total that is not shown.
 */
public record Signal(SignalKind kind, Reason reason, List<Reason> details, List<Evidence> evidence) {

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        details = List.copyOf(details);
        evidence = List.copyOf(evidence);
    }

    public static Signal of(SignalKind kind, Reason reason) {
        return new Signal(kind, reason, List.of(), List.of());
    }
}
