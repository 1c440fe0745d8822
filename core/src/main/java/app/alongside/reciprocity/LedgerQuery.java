package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries a facilitator asks for: in these spaces (any if empty), time given from/to (inclusive), of one
 * person, at most {@code limit} (1 to {@link #MAX_LIMIT}), newest given first.
 */
public record LedgerQuery(Set<String> spaces, Optional<LocalDate> from, Optional<LocalDate> to,
                          Optional<SubjectKey> person, int limit) {

    public static final int MAX_LIMIT = 2_000;

    public LedgerQuery {
        spaces = Set.copyOf(spaces);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(person, "person");
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static LedgerQuery all() {
        return new LedgerQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), 500);
    }

    public boolean matches(LedgerEntry entry) {
        TimeGiven given = entry.given();
        return (spaces.isEmpty() || spaces.contains(given.spaceKey()))
                && from.map(f -> !given.on().isBefore(f)).orElse(true)
                && to.map(t -> !given.on().isAfter(t)).orElse(true)
                && person.map(given.subject()::equals).orElse(true);
    }
}
