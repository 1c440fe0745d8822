package app.alongside.charter.signing;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Members sign a charter as equals, withdraw, and re-confirm after it changes. A signature remembers the page
 * version it was given to, so the charter can say when it changed since someone signed. Nobody's role matters here.
 */
public final class Signing {

    private final SignatureStore store;
    private final Clock clock;

    public Signing(SignatureStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs the charter at its current version, or re-confirms an earlier signature at it. Signing again at the same
     * version changes nothing and returns the signature already held (a double click is not a new signature).
     */
    public Signature sign(String userKey, long charterPageId, int currentPageVersion) {
        Optional<Signature> held = store.signature(charterPageId, requireUser(userKey));
        if (held.isPresent() && held.get().charterVersion() == currentPageVersion) {
            return held.get();
        }
        Signature signature = new Signature(charterPageId, userKey, clock.instant(), currentPageVersion);
        store.sign(signature);
        return signature;
    }

    /** Withdraws the member's signature. Returns false if they had not signed. */
    public boolean withdraw(String userKey, long charterPageId) {
        return store.withdraw(charterPageId, requireUser(userKey));
    }

    /** The page's signatures and where {@code viewerKey} (empty when nobody is signed in) stands. */
    public SigningStatus status(long charterPageId, int currentPageVersion, Optional<String> viewerKey) {
        Objects.requireNonNull(viewerKey, "viewerKey");
        if (currentPageVersion < 1) {
            throw new IllegalArgumentException("page versions count from 1");
        }
        List<SigningStatus.Signed> signatures = store.signatures(charterPageId).stream()
                .map(s -> signed(s, currentPageVersion)).toList();
        Optional<String> viewer = viewerKey.filter(k -> !k.isBlank());
        if (viewer.isEmpty()) {
            return new SigningStatus(charterPageId, currentPageVersion, SigningStatus.Viewer.ANONYMOUS,
                    Optional.empty(), signatures);
        }
        Optional<SigningStatus.Signed> own = signatures.stream()
                .filter(s -> s.userKey().equals(viewer.get())).findFirst();
        SigningStatus.Viewer state = own.isEmpty() ? SigningStatus.Viewer.NOT_SIGNED
                : own.get().current() ? SigningStatus.Viewer.SIGNED : SigningStatus.Viewer.SIGNED_EARLIER_VERSION;
        return new SigningStatus(charterPageId, currentPageVersion, state, own, signatures);
    }

    /** Erasure: deletes every signature the user gave. Returns the number deleted. */
    public int eraseUser(String userKey) {
        return store.eraseUser(requireUser(userKey));
    }

    private static SigningStatus.Signed signed(Signature s, int currentPageVersion) {
        return new SigningStatus.Signed(s.userKey(), s.signedAt(), s.charterVersion(),
                s.isCurrentFor(currentPageVersion));
    }

    private static String requireUser(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("the member's user key must not be blank");
        }
        return userKey;
    }
}
