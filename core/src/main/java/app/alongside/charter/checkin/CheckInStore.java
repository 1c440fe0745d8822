package app.alongside.charter.checkin;

import java.util.List;

/**
 * Where check-ins live (Active Objects in Confluence, never the page), designed so that answers cannot be linked
 * to people. The adapter keeps two tables: who has responded for a charter and period ({@code pageId}, period code,
 * user key: nothing else), and the answers ({@code pageId}, period code, principle code, score, comment: no person,
 * no time, no reference to the first table), plus a count of responses per charter and period. {@link #record}
 * writes the mark, the answers and the count in one transaction, so a check-in is never half stored. The adapter
 * must not keep a timestamp on answers, and must never read answers ordered by row id next to marks ordered by
 * row id (lining the two up is the one way to re-link them).
 */
public interface CheckInStore {

    boolean hasResponded(long pageId, String periodCode, String userKey);

    /**
     * Stores that {@code userKey} responded and, without them, their answers: atomic. Returns false, storing
     * nothing, if they had already responded for the period (the real store has a unique constraint on the mark,
     * so two submissions at once cannot both get in).
     */
    boolean record(long pageId, String periodCode, String userKey, List<CheckInAnswer> answers);

    /** Every period's answers for the charter, in no particular order, with no people. */
    List<PeriodAnswers> answers(long pageId);

    /**
     * Erasure: removes the user's "responded" marks on every charter. Their answers stay: they hold nothing about
     * them, and removing them would need the very link the store never keeps. Returns the marks removed.
     */
    int eraseUser(String userKey);
}
