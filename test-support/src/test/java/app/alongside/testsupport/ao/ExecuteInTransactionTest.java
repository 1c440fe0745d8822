package app.alongside.testsupport.ao;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** executeInTransaction on a real database: commit, rollback, joining, rollback-only. */
public class ExecuteInTransactionTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO =
            ActiveObjectsRule.forEntities(Note.class, NoteComment.class).namespace(TestNamespaces.FACADE);

    /** Another thread, i.e. another connection: sees only what is committed. */
    private static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor();

    @AfterClass
    public static void stopOtherThread() {
        OTHER_THREAD.shutdownNow();
    }

    private static EntityManagerActiveObjects ao() {
        return AO.activeObjects();
    }

    private static Note note(String title) {
        return ao().create(Note.class, new DBParam("SPACE_KEY", "TX"), new DBParam("TITLE", title));
    }

    private static int countSeenByAnotherConnection() throws Exception {
        return OTHER_THREAD.submit(() -> ao().count(Note.class, Query.select())).get(30, TimeUnit.SECONDS);
    }

    @Test
    public void callbackResultIsReturnedAndItsWritesAreCommitted() throws Exception {
        String result = ao().executeInTransaction(() -> {
            note("one");
            note("two");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(2, countSeenByAnotherConnection());
    }

    @Test
    public void writesAreVisibleInsideTheTransactionButNotToOthersBeforeCommit() {
        ao().executeInTransaction(() -> {
            note("pending");
            assertEquals(1, ao().count(Note.class, Query.select()));
            try {
                assertEquals(0, countSeenByAnotherConnection());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    public void runtimeExceptionRollsBackEverythingWrittenInTheTransactionAndIsRethrown() throws Exception {
        note("before");
        IllegalStateException boom = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                ao().executeInTransaction(() -> {
                    Note n = note("in tx");
                    ao().create(NoteComment.class, new DBParam("NOTE_ID", n.getID()), new DBParam("CONTENT", "c"));
                    ao().deleteWithSQL(Note.class, "TITLE = ?", "before");
                    throw boom;
                }));

        assertSame(boom, thrown);
        assertEquals(1, ao().count(Note.class, "TITLE = ?", "before"));
        assertEquals(0, ao().count(Note.class, "TITLE = ?", "in tx"));
        assertEquals(0, ao().count(NoteComment.class, Query.select()));
        assertEquals(1, countSeenByAnotherConnection());
        assertFalse(ao().isInTransaction());
    }

    @Test
    public void errorInsideTheCallbackRollsBackToo() {
        assertThrows(AssertionError.class, () -> ao().executeInTransaction(() -> {
            note("doomed");
            throw new AssertionError("failed assertion");
        }));

        assertEquals(0, ao().count(Note.class, Query.select()));
    }

    @Test
    public void nestedCallJoinsTheRunningTransactionInsteadOfCommittingOnItsOwn() throws Exception {
        ao().executeInTransaction(() -> {
            assertEquals(1, ao().transactionDepth());
            ao().executeInTransaction(() -> {
                assertEquals(2, ao().transactionDepth());
                return note("inner");
            });
            assertEquals(1, ao().transactionDepth());
            try {
                assertEquals("inner call did not commit", 0, countSeenByAnotherConnection());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertEquals(0, ao().transactionDepth());
        assertEquals(1, countSeenByAnotherConnection());
    }

    @Test
    public void failureAfterANestedCallReturnedRollsBackTheNestedWritesToo() {
        assertThrows(IllegalStateException.class, () -> ao().executeInTransaction(() -> {
            ao().executeInTransaction(() -> note("inner"));
            note("outer");
            throw new IllegalStateException("outer fails");
        }));

        assertEquals(0, ao().count(Note.class, Query.select()));
    }

    @Test
    public void swallowedFailureOfANestedCallRollsBackTheWholeTransaction() {
        EntityManagerActiveObjects.UnexpectedRollbackException e = assertThrows(
                EntityManagerActiveObjects.UnexpectedRollbackException.class,
                () -> ao().executeInTransaction(() -> {
                    note("outer");
                    try {
                        ao().executeInTransaction(() -> {
                            note("inner");
                            throw new IllegalArgumentException("inner fails");
                        });
                    } catch (IllegalArgumentException swallowed) {
                        // the caller goes on as if nothing happened
                    }
                    return "ignored";
                }));

        assertTrue(e.getCause() instanceof IllegalArgumentException);
        assertEquals(0, ao().count(Note.class, Query.select()));
    }

    @Test
    public void anotherFacadeOnTheSameEntityManagerJoinsToo() {
        EntityManagerActiveObjects second = new EntityManagerActiveObjects(AO.entityManager());

        assertThrows(IllegalStateException.class, () -> ao().executeInTransaction(() -> {
            second.executeInTransaction(() -> {
                assertEquals(2, second.transactionDepth());
                return note("via second facade");
            });
            throw new IllegalStateException("roll back");
        }));

        assertEquals(0, ao().count(Note.class, Query.select()));
    }

    @Test
    public void transactionsOnDifferentThreadsAreIndependent() throws Exception {
        ao().executeInTransaction(() -> {
            note("main thread");
            try {
                OTHER_THREAD.submit(() -> ao().executeInTransaction(() -> {
                    assertEquals(1, ao().transactionDepth());
                    return note("other thread");
                })).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertEquals(2, ao().count(Note.class, Query.select()));
    }

    @Test
    public void aNewTransactionCanStartAfterARolledBackOne() {
        assertThrows(IllegalStateException.class, () -> ao().executeInTransaction(() -> {
            note("rolled back");
            throw new IllegalStateException();
        }));

        ao().executeInTransaction(() -> note("committed"));

        assertEquals(1, ao().count(Note.class, Query.select()));
        assertEquals(1, ao().count(Note.class, "TITLE = ?", "committed"));
    }
}
