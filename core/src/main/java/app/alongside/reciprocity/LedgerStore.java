package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the ledger lives (Active Objects in Confluence; never pages or search). Private: only {@link Ledger} reads
 * it, and it decides who may see what.
 */
public interface LedgerStore {

    /** Stores new entries (ids 0) in one transaction; returns them with their ids, in the same order. */
    List<LedgerEntry> add(List<LedgerEntry> entries);

    Optional<LedgerEntry> find(long id);

    /** Replaces an entry's recognition; false if there is no such entry. */
    boolean replaceRecognition(long id, Recognition recognition);

    boolean delete(long id);

    /** The entries of these subjects, newest given first, at most {@code limit}. */
    List<LedgerEntry> of(Set<SubjectKey> subjects, int limit);

    /** The entries a query matches, newest given first. Rows kept pseudonymised after erasure are left out. */
    List<LedgerEntry> find(LedgerQuery query);

    /** Sums and counts over time given in the spaces from/to (inclusive), in the database. */
    LedgerSums sums(Set<String> spaces, LocalDate from, LocalDate to);

    /** For each entry given in the spaces from/to: the day given and the day recognised, if it was. */
    List<RecognitionDates> recognitionDates(Set<String> spaces, LocalDate from, LocalDate to);

    /**
     * Erasure: deletes the subject's entries, except paid money (payments, vouchers, expenses), which is kept for the
     * group's totals with the subject replaced by {@code pseudonym} and the activity and benefits flag cleared.
     * Returns the rows deleted or rewritten.
     */
    int erase(SubjectKey subject, String pseudonym);

    /**
     * Retention: entries settled (paid, handed over or declined) before {@code settledBefore} go, except paid money
     * (payments, vouchers, expenses), which is kept for the group's totals as erasure keeps it: subject replaced by a
     * pseudonym (one from {@code pseudonyms} per subject, so totals still count people right), activity and benefits
     * flag cleared. Owed entries and rows already pseudonymised are left alone. Returns the rows deleted or rewritten.
     */
    int retire(LocalDate settledBefore, Supplier<String> pseudonyms);

    /** After a user's erasure: where they recorded entries, {@code pseudonym} instead of their user key. */
    int pseudonymiseRecorder(String userKey, String pseudonym);
}
