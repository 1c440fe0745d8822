package app.alongside.charter.signing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A charter's signatures as a viewer sees them: where the viewer stands ({@link Viewer}) and every signature, each
 * flagged as given to the current version of the page or an earlier one. Signatures come in signing order; the
 * adapter lists them alphabetically by name, with no roles.
 */
public record SigningStatus(long charterPageId, int currentPageVersion, Viewer viewer,
                            Optional<Signed> viewerSignature, List<Signed> signatures) {

    /** Where the viewer stands. */
    public enum Viewer {
        /** Nobody is signed in: nothing to sign with. */
        ANONYMOUS("alongside.charter.signing.anonymous"),
        NOT_SIGNED("alongside.charter.signing.notSigned"),
        SIGNED("alongside.charter.signing.signed"),
        /** "The charter changed since you signed: please re-confirm." */
        SIGNED_EARLIER_VERSION("alongside.charter.signing.reconfirm");

        private final String messageKey;

        Viewer(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        /** Whether the viewer is asked to sign or re-confirm. */
        public boolean mayAct() {
            return this == NOT_SIGNED || this == SIGNED_EARLIER_VERSION;
        }
    }

    /** One signature: who, when, at which version, and whether that is the page's current version. */
    public record Signed(String userKey, Instant signedAt, int charterVersion, boolean current) {
        public Signed {
            Objects.requireNonNull(userKey, "userKey");
            Objects.requireNonNull(signedAt, "signedAt");
        }
    }

    public SigningStatus {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(viewerSignature, "viewerSignature");
        signatures = List.copyOf(signatures);
        if (viewerSignature.isPresent() != (viewer == Viewer.SIGNED || viewer == Viewer.SIGNED_EARLIER_VERSION)) {
            throw new IllegalArgumentException("the viewer's signature is there exactly when they signed");
        }
    }

    /** How many signatures were given to the current version. */
    public long currentCount() {
        return signatures.stream().filter(Signed::current).count();
    }
}
