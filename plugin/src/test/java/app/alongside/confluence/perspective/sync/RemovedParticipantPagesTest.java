package app.alongside.confluence.perspective.sync;

import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.InMemoryLedgerStore;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.TimeForm;
import app.alongside.settings.InMemorySettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class RemovedParticipantPagesTest {

    private final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final PerspectiveService perspectives = new PerspectiveService(store, audit, clock, new Random(3));
    private final InMemoryLedgerStore ledgerStore = new InMemoryLedgerStore();
    private final Ledger ledger = new Ledger(ledgerStore, audit, new SettingsService(new InMemorySettingsRepository()),
            clock, new Random(4));
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final EventPublisher events = mock(EventPublisher.class);
    private final RemovedParticipantPages listener = new RemovedParticipantPages(events, perspectives, ledger,
            currentUser);

    private static Page page(long id) {
        return new Page() {
            @Override
            public long getId() {
                return id;
            }
        };
    }

    private void declareFor(long pageId) {
        assertTrue(perspectives.declareOnBehalf("key-sam", SubjectKey.participantPage(pageId), new DeclarationForm(
                List.of("lived-experience"), true, "", false, "Rowan", "2026-11-01", "in person")).isValid());
    }

    @Test
    public void registersForPageEventsAndLetsGoWhenTheAppStops() {
        listener.afterPropertiesSet();
        listener.destroy();

        verify(events).register(listener);
        verify(events).unregister(listener);
    }

    @Test
    public void deletingAParticipantPageForGoodErasesThePrivateDataOfItsPersonByWhoeverDeletedIt() {
        declareFor(42);
        ConfluenceUser admin = mock(ConfluenceUser.class);
        when(admin.getKey()).thenReturn(new UserKey("key-admin"));
        when(currentUser.get()).thenReturn(Optional.of(admin));

        listener.onPageRemoved(new PageRemoveEvent(this, page(42)));

        assertFalse(store.holdsAnythingAbout(SubjectKey.participantPage(42)));
        AuditEntry erased = audit.entries().stream().filter(e -> e.action() == AuditAction.ERASED).findFirst()
                .orElseThrow();
        assertEquals("key-admin", erased.actor());
    }

    @Test
    public void aScheduledPurgeErasesAsTheSystem() {
        declareFor(43);
        when(currentUser.get()).thenReturn(Optional.empty());

        listener.onPageRemoved(new PageRemoveEvent(this, page(43)));

        assertFalse(store.holdsAnythingAbout(SubjectKey.participantPage(43)));
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.ERASED
                && e.actor().equals(RemovedParticipantPages.SYSTEM)));
    }

    private void recordFor(long pageId, String date, String recognition, String amount, String state, String paidOn) {
        assertTrue(ledger.record(LedgerActor.facilitator("key-sam"), "RC", List.of(SubjectKey.participantPage(pageId)),
                new TimeForm(date, "Interview panel", "1 hour", ""),
                new RecognitionForm(recognition, amount, state, paidOn, true)).isValid());
    }

    @Test
    public void deletingAParticipantPageForGoodErasesItsLedgerEntriesKeepingPaidMoneyUnderAPseudonym() {
        recordFor(46, "2026-10-01", "payment", "£20", "paid", "2026-10-05");
        recordFor(46, "2026-11-01", "voucher", "£10", "owed", "");
        recordFor(46, "2026-11-02", "training", "", "owed", "");
        when(currentUser.get()).thenReturn(Optional.empty());

        listener.onPageRemoved(new PageRemoveEvent(this, page(46)));

        assertTrue(ledgerStore.of(Set.of(SubjectKey.participantPage(46)), 100).isEmpty());
        assertEquals(1, ledgerStore.kept().size());
        assertTrue(ledgerStore.kept().get(0).getKey().startsWith("erased:"));
        assertEquals(2000, ledgerStore.kept().get(0).getValue().recognition().amountPence());
        assertTrue("no audit entry names the page any more", audit.entries().stream()
                .noneMatch(e -> e.subject().equals(SubjectKey.participantPage(46).value())));
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.ERASED
                && e.actor().equals(RemovedParticipantPages.SYSTEM)));
    }

    @Test
    public void deletingAPageThatStoodForNobodyLeavesNoTrace() {
        declareFor(44);
        when(currentUser.get()).thenReturn(Optional.empty());
        int entries = audit.entries().size();

        listener.onPageRemoved(new PageRemoveEvent(this, page(99)));

        assertEquals(entries, audit.entries().size());
        assertTrue(store.holdsAnythingAbout(SubjectKey.participantPage(44)));
    }

    @Test
    public void aDatabaseOutageNeverStopsThePageBeingDeleted() {
        declareFor(45);
        when(currentUser.get()).thenReturn(Optional.empty());
        store.failure = new IllegalStateException("the database is down");

        listener.onPageRemoved(new PageRemoveEvent(this, page(45)));

        store.failure = null;
        assertTrue("kept for the administrator to erase", store.holdsAnythingAbout(SubjectKey.participantPage(45)));
    }
}
