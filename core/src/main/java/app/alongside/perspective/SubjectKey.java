package app.alongside.perspective;

import java.util.Optional;

/**
 * Whose private data a row is: a Confluence user ({@code user:<userKey>}) or a person without an account, known by
 * their participant page ({@code participant:<pageId>}). The only identifier private tables hold.
 */
public record SubjectKey(String value) {

    private static final String USER = "user:";
    private static final String PARTICIPANT = "participant:";
    public static final int MAX_LENGTH = 255;

    public SubjectKey {
        if (value == null || value.length() > MAX_LENGTH
                || !(value.startsWith(USER) && value.length() > USER.length()
                || value.startsWith(PARTICIPANT) && value.substring(PARTICIPANT.length()).matches("[1-9][0-9]{0,18}"))) {
            throw new IllegalArgumentException("not a subject key: " + value);
        }
    }

    public static SubjectKey user(String userKey) {
        return new SubjectKey(USER + userKey);
    }

    public static SubjectKey participantPage(long pageId) {
        return new SubjectKey(PARTICIPANT + pageId);
    }

    /** Parses a stored or submitted key; empty if it is not one. */
    public static Optional<SubjectKey> parse(String value) {
        try {
            return Optional.of(new SubjectKey(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> userKey() {
        return value.startsWith(USER) ? Optional.of(value.substring(USER.length())) : Optional.empty();
    }

    public Optional<Long> participantPageId() {
        return value.startsWith(PARTICIPANT)
                ? Optional.of(Long.parseLong(value.substring(PARTICIPANT.length()))) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
