package app.alongside.charter;

import app.alongside.principle.Framework;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SpaceKeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's charter as its page records it. {@code spaces} are the spaces whose registers the commitments are
 * checked against (never empty: the charter's own space by default). {@code purposeStorage} is the group's own words
 * (purpose, scope, ground rules) in storage format, kept as written.
 */
public record Charter(String group, Optional<Framework> framework, Optional<DecisionRule> decisionRule,
                      Optional<ParityFraction> parity, CharterStatus status, Optional<LocalDate> agreedOn,
                      Optional<LocalDate> reviewOn, List<String> spaces, List<Commitment> commitments,
                      String purposeStorage) {

    public static final int MAX_GROUP_LENGTH = 255;

    public Charter {
        Objects.requireNonNull(group, "group");
        if (group.length() > MAX_GROUP_LENGTH) {
            throw new IllegalArgumentException("group name longer than " + MAX_GROUP_LENGTH);
        }
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(decisionRule, "decisionRule");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(reviewOn, "reviewOn");
        spaces = List.copyOf(spaces);
        if (spaces.isEmpty()) {
            throw new IllegalArgumentException("a charter is checked against at least one space");
        }
        spaces.forEach(SpaceKeys::requireValid);
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(purposeStorage, "purposeStorage");
    }

    /** The review date has come (on or before {@code today}). */
    public boolean isReviewDue(LocalDate today) {
        return reviewOn.map(date -> !date.isAfter(today)).orElse(false);
    }
}
