package app.alongside.confluence.charter.persistence;

import app.alongside.charter.signing.Signature;
import app.alongside.charter.signing.Signing;
import app.alongside.charter.signing.SigningStatus;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Charter signatures on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoSignatureStoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(CharterSignatureEntity.class);

    private static final long CHARTER = 9_000_000_001L;
    private static final long OTHER_CHARTER = 77L;
    private static final Instant MORNING = Instant.parse("2026-11-02T09:30:00.123Z");
    private static final String ZOE = "u-zoë-東京-8a7f";

    private final AoSignatureStore store = new AoSignatureStore(AO.activeObjects());

    @Test
    public void nothingIsHeldForAPageNobodySigned() {
        assertEquals(List.of(), store.signatures(CHARTER));
        assertEquals(Optional.empty(), store.signature(CHARTER, ZOE));
    }

    @Test
    public void everythingASignatureRecordsComesBack() {
        Signature signature = new Signature(CHARTER, ZOE, MORNING, 3);

        store.sign(signature);

        assertEquals(Optional.of(signature), store.signature(CHARTER, ZOE));
        assertEquals(List.of(signature), store.signatures(CHARTER));
        assertEquals(List.of(), store.signatures(OTHER_CHARTER));
    }

    @Test
    public void signaturesComeInSigningOrder() {
        store.sign(new Signature(CHARTER, "u-b", MORNING.plusSeconds(60), 1));
        store.sign(new Signature(CHARTER, "u-a", MORNING.plusSeconds(120), 1));
        store.sign(new Signature(CHARTER, "u-c", MORNING, 1));

        assertEquals(List.of("u-c", "u-b", "u-a"),
                store.signatures(CHARTER).stream().map(Signature::userKey).toList());
    }

    @Test
    public void signingAgainReplacesTheEarlierSignature() {
        store.sign(new Signature(CHARTER, ZOE, MORNING, 1));
        Signature again = new Signature(CHARTER, ZOE, MORNING.plusSeconds(3600), 4);

        store.sign(again);

        assertEquals(List.of(again), store.signatures(CHARTER));
    }

    @Test
    public void twoSigningsAtOnceByOneMemberLeaveOneSignature() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long page = 5_000 + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> both = new ArrayList<>();
                for (int version = 1; version <= 2; version++) {
                    Signature signature = new Signature(page, ZOE, MORNING, version);
                    both.add(pool.submit(() -> {
                        start.await();
                        store.sign(signature);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> signing : both) {
                    signing.get(30, TimeUnit.SECONDS);
                }
                assertEquals(1, store.signatures(page).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void theSameMemberSignsEachCharterSeparately() {
        store.sign(new Signature(CHARTER, ZOE, MORNING, 1));
        store.sign(new Signature(OTHER_CHARTER, ZOE, MORNING, 2));

        assertTrue(store.withdraw(CHARTER, ZOE));

        assertEquals(Optional.empty(), store.signature(CHARTER, ZOE));
        assertEquals(2, store.signature(OTHER_CHARTER, ZOE).orElseThrow().charterVersion());
    }

    @Test
    public void withdrawingRemovesOnlyThatSignatureAndSaysWhetherThereWasOne() {
        store.sign(new Signature(CHARTER, ZOE, MORNING, 1));
        store.sign(new Signature(CHARTER, "u-sam", MORNING, 1));

        assertTrue(store.withdraw(CHARTER, ZOE));
        assertFalse(store.withdraw(CHARTER, ZOE));

        assertEquals(List.of("u-sam"), store.signatures(CHARTER).stream().map(Signature::userKey).toList());
    }

    @Test
    public void keysThatShareAPrefixAreDifferentMembers() {
        store.sign(new Signature(1L, "23:u", MORNING, 1));
        store.sign(new Signature(12L, "3:u", MORNING, 1));
        store.sign(new Signature(CHARTER, "u", MORNING, 1));
        store.sign(new Signature(CHARTER, "u2", MORNING, 1));

        assertTrue(store.withdraw(CHARTER, "u"));

        assertEquals(List.of("u2"), store.signatures(CHARTER).stream().map(Signature::userKey).toList());
        assertEquals(1, store.signatures(1L).size());
        assertEquals(1, store.signatures(12L).size());
    }

    @Test
    public void erasingAUserRemovesTheirSignaturesOnEveryCharterOnly() {
        store.sign(new Signature(CHARTER, ZOE, MORNING, 1));
        store.sign(new Signature(OTHER_CHARTER, ZOE, MORNING, 1));
        store.sign(new Signature(CHARTER, "u-sam", MORNING, 1));

        assertEquals(2, store.eraseUser(ZOE));
        assertEquals(0, store.eraseUser(ZOE));

        assertEquals(List.of(), store.signatures(OTHER_CHARTER));
        assertEquals(List.of("u-sam"), store.signatures(CHARTER).stream().map(Signature::userKey).toList());
    }

    @Test
    public void coreSigningOverTheStoreAsksToReconfirmAfterTheCharterChanges() {
        Signing signing = new Signing(store, Clock.fixed(MORNING, ZoneOffset.UTC));
        signing.sign(ZOE, CHARTER, 2);

        assertEquals(SigningStatus.Viewer.SIGNED_EARLIER_VERSION,
                signing.status(CHARTER, 3, Optional.of(ZOE)).viewer());
        signing.sign(ZOE, CHARTER, 3);
        SigningStatus status = signing.status(CHARTER, 3, Optional.of(ZOE));
        assertEquals(SigningStatus.Viewer.SIGNED, status.viewer());
        assertEquals(1, status.signatures().size());
    }
}
