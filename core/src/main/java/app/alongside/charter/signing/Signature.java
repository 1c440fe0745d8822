package app.alongside.charter.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's signature on a charter: the charter page (by id, so it survives edits, moves and restores), who
 * signed (a user key), when, and the page version they read when they signed. No role: members sign as equals.
 */
public record Signature(long charterPageId, String userKey, Instant signedAt, int charterVersion) {

    public static final int MAX_USER_KEY = 255;

    public Signature {
        Objects.requireNonNull(signedAt, "signedAt");
        if (charterPageId <= 0) {
            throw new IllegalArgumentException("a charter page id is positive: " + charterPageId);
        }
        if (userKey == null || userKey.isBlank() || userKey.length() > MAX_USER_KEY) {
            throw new IllegalArgumentException("a user key is not blank and at most " + MAX_USER_KEY + " characters");
        }
        if (charterVersion < 1) {
            throw new IllegalArgumentException("page versions count from 1");
        }
    }

    /** Whether this signature was given to the charter as it is now, or to an earlier version of it. */
    public boolean isCurrentFor(int currentPageVersion) {
        // A version above the current one can only mean the page went back to an older number; the person read
        // text at least as new as what is shown, so it is not a reason to ask them again.
        return charterVersion >= currentPageVersion;
    }
}
