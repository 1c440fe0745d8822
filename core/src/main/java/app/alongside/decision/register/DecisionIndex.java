package app.alongside.decision.register;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The register's index of decisions, rebuilt from pages at will (Active Objects in Confluence). It answers
 * queries without knowing who is asking: {@link DecisionRegister} filters by what the viewer may see.
 */
public interface DecisionIndex {

    /** Makes the index hold exactly these decisions for the page (idempotent); the page counts as not trashed. */
    void replacePage(IndexedPage page, List<Decision> decisions);

    /** Hides (trashed) or shows again (restored) every decision on the page, keeping them. */
    void setTrashed(long pageId, boolean trashed);

    /** Forgets the page's decisions (the page was deleted for good). */
    void removePage(long pageId);

    /** Forgets everything (before a rebuild from pages). */
    void clear();

    /**
     * Up to {@code limit} decisions matching the query's filters, not trashed, in the query's order after
     * {@code after}: one statement. Rows come without people and contributions ({@code detailed == false}).
     */
    List<IndexedDecision> summaries(RegisterQuery query, Optional<RegisterCursor> after, int limit);

    /** The same decisions with who took part at each stage and every contribution: at most two statements. */
    List<IndexedDecision> withDetails(List<IndexedDecision> summaries);

    /** Every (page, status) pair matching the query's filters, not trashed, streamed: one statement. */
    void forEachStatus(RegisterQuery query, StatusSink sink);

    Optional<IndexedDecision> find(long id);

    /**
     * Everyone named at any stage of the space's decisions decided between {@code from} and {@code to}
     * (inclusive), not trashed, streamed as (page, stage, person key): one statement.
     */
    void forEachPerson(String spaceKey, LocalDate from, LocalDate to, PersonSink sink);

    /**
     * Up to {@code limit} decisions, not trashed, in which any of these person keys ({@code PersonRef.key()}) took
     * part at any stage, newest decided first, without details: one statement.
     */
    List<IndexedDecision> involving(Collection<String> personKeys, int limit);

    /** The ids of the page's decisions in page order, trashed or not (as the last {@link #replacePage} wrote them): one statement. */
    List<Long> idsOnPage(long pageId);

    /** Decisions indexed, trashed included. */
    long size();

    @FunctionalInterface
    interface PersonSink {
        void accept(long pageId, Stage stage, String personKey);
    }

    @FunctionalInterface
    interface StatusSink {
        void accept(long pageId, DecisionStatus status);
    }
}
