package app.alongside.perspective;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's current, consented declaration of their perspectives. {@code version} counts from 1 and rises with
 * every change; {@code ownWords} is how they would describe it themselves, shown on their own page only when
 * {@code showOnPage} is true (their choice, off by default).
 */
public record Declaration(SubjectKey subject, Set<Perspective> perspectives, Optional<String> ownWords,
                          boolean showOnPage, Consent consent, int version, Instant recordedAt, String recordedBy) {

    public static final int MAX_OWN_WORDS = 500;

    public Declaration {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(ownWords, "ownWords");
        if (perspectives == null || perspectives.isEmpty()) {
            throw new IllegalArgumentException("a declaration names at least one perspective");
        }
        perspectives = Set.copyOf(EnumSet.copyOf(perspectives));
        ownWords = ownWords.map(String::strip).filter(w -> !w.isEmpty());
        if (ownWords.isPresent() && ownWords.get().codePointCount(0, ownWords.get().length()) > MAX_OWN_WORDS) {
            throw new IllegalArgumentException("own words are longer than " + MAX_OWN_WORDS + " characters");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version counts from 1");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy must not be blank");
        }
    }

    /** Whether this declaration counts the person as having lived experience in totals. */
    public boolean countsAsLivedExperience() {
        return perspectives.stream().anyMatch(Perspective::countsAsLivedExperience);
    }
}
