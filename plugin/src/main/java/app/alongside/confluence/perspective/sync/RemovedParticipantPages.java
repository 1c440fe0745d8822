package app.alongside.confluence.perspective.sync;

import app.alongside.confluence.security.CurrentUser;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.Ledger;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.util.Optional;

/**
 * When a page is deleted for good (purged from the trash, not just trashed), erases the private data of the person
 * it stood for, if any: someone without an account is known only by their participant page, so once it is gone
 * nobody could see, export or withdraw what was held, and keeping it would serve no purpose. That is their
 * perspectives and their reciprocity ledger entries (paid money kept under a pseudonym for the group's totals, as
 * any erasure keeps it; owed entries go too, since nobody could now be paid them through the page). The ledger goes
 * first so that erasing the perspectives' side pseudonymises the ledger's audit entries as well. The erasure is
 * audited as any other, by whoever removed the page. Never throws: a failure is logged and the removal goes on; an
 * administrator can erase by page id on the privacy screen.
 */
@Named
public final class RemovedParticipantPages implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RemovedParticipantPages.class);
    /** The actor recorded when nobody is logged in (a scheduled trash purge). */
    static final String SYSTEM = "system";

    private final EventPublisher eventPublisher;
    private final PerspectiveService perspectives;
    private final Ledger ledger;
    private final CurrentUser currentUser;

    @Inject
    public RemovedParticipantPages(EventPublisher eventPublisher, PerspectiveService perspectives, Ledger ledger,
                                   CurrentUser currentUser) {
        this.eventPublisher = eventPublisher;
        this.perspectives = perspectives;
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        if (event.getPage() == null) {
            return;
        }
        long pageId = event.getPage().getId();
        try {
            String actor = currentUser.get().map(user -> user.getKey().getStringValue()).orElse(SYSTEM);
            SubjectKey subject = SubjectKey.participantPage(pageId);
            int ledgerRows = ledger.erase(actor, subject);
            // Ledger rows leave audit entries about the page even without a declaration: erase them all then.
            Optional<String> erased = ledgerRows > 0 ? Optional.of(perspectives.erase(actor, subject))
                    : perspectives.eraseIfAny(actor, subject);
            erased.ifPresent(pseudonym ->
                    log.info("Alongside: page {} was deleted, so the private data held for its person was erased "
                            + "(audit log: {})", pageId, pseudonym));
        } catch (RuntimeException e) {
            log.warn("Alongside: page {} was deleted but the private data held for its person could not be erased; "
                    + "erase it by page id on the privacy screen: {}", pageId, e.toString());
        }
    }
}
