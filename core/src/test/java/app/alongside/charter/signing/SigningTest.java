package app.alongside.charter.signing;

import app.alongside.perspective.MutableClock;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Signing a charter as equals, withdrawing, and re-confirming after the charter changes. */
public class SigningTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final long CHARTER = 9001;

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final Signing signing = new Signing(store, clock);

    @Test
    public void signingStoresTheSignatureAtTheCurrentVersionAndTheViewerSeesSigned() {
        Signature signature = signing.sign("alice", CHARTER, 3);

        assertEquals(new Signature(CHARTER, "alice", NOW, 3), signature);
        SigningStatus status = signing.status(CHARTER, 3, Optional.of("alice"));
        assertEquals(SigningStatus.Viewer.SIGNED, status.viewer());
        assertFalse(status.viewer().mayAct());
        assertEquals(Optional.of(new SigningStatus.Signed("alice", NOW, 3, true)), status.viewerSignature());
        assertEquals(List.of(new SigningStatus.Signed("alice", NOW, 3, true)), status.signatures());
    }

    @Test
    public void someoneWhoHasNotSignedSeesNotSignedAndTheOthersSignatures() {
        signing.sign("alice", CHARTER, 1);

        SigningStatus status = signing.status(CHARTER, 1, Optional.of("bob"));

        assertEquals(SigningStatus.Viewer.NOT_SIGNED, status.viewer());
        assertTrue(status.viewer().mayAct());
        assertEquals(Optional.empty(), status.viewerSignature());
        assertEquals(1, status.signatures().size());
    }

    @Test
    public void nobodySignedInSeesTheSignaturesButHasNothingToSignWith() {
        signing.sign("alice", CHARTER, 1);

        SigningStatus status = signing.status(CHARTER, 1, Optional.empty());

        assertEquals(SigningStatus.Viewer.ANONYMOUS, status.viewer());
        assertFalse(status.viewer().mayAct());
        assertEquals(1, status.signatures().size());
    }

    @Test
    public void whenTheCharterChangesSinceSomeoneSignedTheyAreAskedToReconfirm() {
        signing.sign("alice", CHARTER, 2);
        clock.advance(Duration.ofMinutes(1));
        signing.sign("bob", CHARTER, 3);

        SigningStatus forAlice = signing.status(CHARTER, 3, Optional.of("alice"));

        assertEquals(SigningStatus.Viewer.SIGNED_EARLIER_VERSION, forAlice.viewer());
        assertEquals("alongside.charter.signing.reconfirm", forAlice.viewer().messageKey());
        assertTrue(forAlice.viewer().mayAct());
        assertEquals(List.of(new SigningStatus.Signed("alice", NOW, 2, false),
                new SigningStatus.Signed("bob", NOW.plusSeconds(60), 3, true)), forAlice.signatures());
        assertEquals(1, forAlice.currentCount());
    }

    @Test
    public void reconfirmingReplacesTheEarlierSignatureAtTheNewVersion() {
        signing.sign("alice", CHARTER, 2);
        clock.advance(Duration.ofDays(3));

        Signature again = signing.sign("alice", CHARTER, 5);

        assertEquals(new Signature(CHARTER, "alice", NOW.plus(Duration.ofDays(3)), 5), again);
        assertEquals(1, store.rows());
        assertEquals(SigningStatus.Viewer.SIGNED, signing.status(CHARTER, 5, Optional.of("alice")).viewer());
    }

    @Test
    public void signingTwiceAtTheSameVersionKeepsTheFirstSignature() {
        Signature first = signing.sign("alice", CHARTER, 2);
        clock.advance(Duration.ofSeconds(1));

        assertSame(first, signing.sign("alice", CHARTER, 2));
        assertEquals(1, store.rows());
    }

    @Test
    public void withdrawingRemovesTheSignatureAndWithdrawingAgainChangesNothing() {
        signing.sign("alice", CHARTER, 1);
        signing.sign("bob", CHARTER, 1);

        assertTrue(signing.withdraw("alice", CHARTER));
        assertFalse(signing.withdraw("alice", CHARTER));

        SigningStatus status = signing.status(CHARTER, 1, Optional.of("alice"));
        assertEquals(SigningStatus.Viewer.NOT_SIGNED, status.viewer());
        assertEquals(List.of("bob"), status.signatures().stream().map(SigningStatus.Signed::userKey).toList());
    }

    @Test
    public void signaturesKeyOnThePageIdSoTheySurviveEditsMovesAndRestores() {
        // Nothing about a page but its id is given to signing: a new title, space or restored version keeps its id.
        signing.sign("alice", CHARTER, 4);
        signing.sign("bob", 777, 1);

        SigningStatus afterRestore = signing.status(CHARTER, 6, Optional.of("alice"));

        assertEquals(SigningStatus.Viewer.SIGNED_EARLIER_VERSION, afterRestore.viewer());
        assertEquals(List.of("alice"), afterRestore.signatures().stream().map(SigningStatus.Signed::userKey).toList());
    }

    @Test
    public void erasingAUserRemovesTheirSignaturesOnEveryCharterAndNoOneElses() {
        signing.sign("alice", CHARTER, 1);
        signing.sign("alice", 777, 1);
        signing.sign("bob", CHARTER, 1);

        assertEquals(2, signing.eraseUser("alice"));

        assertEquals(1, store.rows());
        assertEquals(List.of("bob"), signing.status(CHARTER, 1, Optional.empty()).signatures().stream()
                .map(SigningStatus.Signed::userKey).toList());
    }

    @Test
    public void aSignatureNeedsAMemberAPageAndAVersion() {
        assertThrows(IllegalArgumentException.class, () -> signing.sign(" ", CHARTER, 1));
        assertThrows(IllegalArgumentException.class, () -> signing.sign("alice", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> signing.sign("alice", CHARTER, 0));
        assertEquals(0, store.rows());
    }
}
