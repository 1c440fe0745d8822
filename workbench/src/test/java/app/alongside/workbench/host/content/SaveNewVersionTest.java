package app.alongside.workbench.host.content;

import app.alongside.workbench.host.events.SynchronousEventPublisher;
import app.alongside.workbench.host.users.WorkbenchUser;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventListener;
import org.junit.After;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The page manager saves a changed body as the next version, by the logged-in user, as Confluence's does. */
public class SaveNewVersionTest {

    private final ContentStore store = new ContentStore(Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));
    private final SynchronousEventPublisher publisher = new SynchronousEventPublisher();
    private final WorkbenchUser priya = WorkbenchUser.of("priya", "Priya Shah", "priya@example.org");
    private final PageManager pages = new HostPageManager(store);
    private final List<String> heard = new ArrayList<>();

    public class AppListener {
        @EventListener
        public void updated(PageUpdateEvent event) {
            heard.add("updated " + event.getPage().getTitle() + ": " + event.getPage().getBodyAsString());
        }
    }

    {
        store.addSpace("RC", "Recovery College", "", "", Set.of("confluence-users"), Set.of(), Set.of());
        store.addListener(new ContentEvents(store, publisher, username -> username.equals("priya") ? priya : null));
        publisher.register(new AppListener());
    }

    @After
    public void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void modifiedBodyBecomesTheNextVersionByTheLoggedInUserAndTheAppHearsIt() {
        ContentRecord page = store.create(NewContent.page("RC", "Priya Shah", "<p>v1</p>", "sam"));
        AuthenticatedUserThreadLocal.set(priya);

        AbstractPage current = pages.getAbstractPage(page.id());
        pages.saveNewVersion(current, content -> content.setBodyAsString("<p>v2</p>"));

        ContentRecord saved = store.current(page.id()).orElseThrow();
        assertEquals(2, saved.version());
        assertEquals("<p>v2</p>", saved.body());
        assertEquals("Priya Shah", saved.title());
        assertEquals("priya", saved.lastModifier());
        assertEquals("<p>v1</p>", store.version(page.id(), 1).orElseThrow().body());
        assertEquals(List.of("updated Priya Shah: <p>v2</p>"), heard);
    }

    @Test
    public void contentChangedSinceItWasReadIsNotOverwritten() throws Exception {
        ContentRecord page = store.create(NewContent.page("RC", "Notes", "<p>v1</p>", "sam"));
        AbstractPage stale = pages.getAbstractPage(page.id());
        store.update(page.id(), 1, "Notes", "<p>someone else</p>", "sam");

        assertThrows(IllegalStateException.class,
                () -> pages.saveNewVersion(stale, content -> content.setBodyAsString("<p>mine</p>")));
        assertEquals("<p>someone else</p>", store.current(page.id()).orElseThrow().body());
    }
}
