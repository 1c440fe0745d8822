package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as the adapter found out: their user key, every subject key that is them (their account and any
 * participant page linking it), and whether they are a facilitator (in the facilitators' group).
 */
public record LedgerActor(String userKey, Set<SubjectKey> self, boolean facilitator) {

    public LedgerActor {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("the actor's user key must not be blank");
        }
        self = Set.copyOf(Objects.requireNonNull(self, "self"));
    }

    public static LedgerActor person(String userKey) {
        return new LedgerActor(userKey, Set.of(SubjectKey.user(userKey)), false);
    }

    public static LedgerActor facilitator(String userKey) {
        return new LedgerActor(userKey, Set.of(SubjectKey.user(userKey)), true);
    }

    public boolean isSelf(SubjectKey subject) {
        return self.contains(subject);
    }
}
