package app.alongside.signal;

import java.util.Objects;
import java.util.Optional;

/**
 * What a signal is about: a decision, named by its page and the decision's local id (both survive re-indexing,
 * unlike the index's row id), or a space. {@link #key()} is the stored form.
 */
public sealed interface SignalSubject permits SignalSubject.OfDecision, SignalSubject.OfSpace {

    /** The most characters a decision's local id may have (as the decision macro's {@code id}). */
    int MAX_LOCAL_ID = 64;

    /** {@code decision:<pageId>:<localId>} or {@code space:<KEY>}; unique, at most 100 characters. */
    String key();

    SignalKind.Scope scope();

    static OfDecision decision(long pageId, String localId) {
        return new OfDecision(pageId, localId);
    }

    static OfSpace space(String spaceKey) {
        return new OfSpace(spaceKey);
    }

    /** The subject a stored key names, if it is one. */
    static Optional<SignalSubject> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            if (key.startsWith("space:")) {
                return Optional.of(new OfSpace(key.substring(6)));
            }
            if (key.startsWith("decision:")) {
                String rest = key.substring(9);
                int colon = rest.indexOf(':');
                if (colon > 0) {
                    return Optional.of(new OfDecision(Long.parseLong(rest.substring(0, colon)),
                            rest.substring(colon + 1)));
                }
            }
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A decision on a page. */
    record OfDecision(long pageId, String localId) implements SignalSubject {
        public OfDecision {
            if (pageId <= 0) {
                throw new IllegalArgumentException("pageId must be positive");
            }
            Objects.requireNonNull(localId, "localId");
            if (localId.isBlank() || localId.length() > MAX_LOCAL_ID || localId.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("localId must be 1 to " + MAX_LOCAL_ID + " printable characters");
            }
        }

        @Override
        public String key() {
            return "decision:" + pageId + ":" + localId;
        }

        @Override
        public SignalKind.Scope scope() {
            return SignalKind.Scope.DECISION;
        }
    }

    /** A space as a whole. */
    record OfSpace(String spaceKey) implements SignalSubject {
        public OfSpace {
            Objects.requireNonNull(spaceKey, "spaceKey");
            if (!spaceKey.matches("[A-Za-z0-9_~-]{1,90}")) {
                throw new IllegalArgumentException("not a space key");
            }
        }

        @Override
        public String key() {
            return "space:" + spaceKey;
        }

        @Override
        public SignalKind.Scope scope() {
            return SignalKind.Scope.SPACE;
        }
    }
}
