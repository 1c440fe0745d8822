package app.alongside.workbench.host.content;

import app.alongside.workbench.host.events.SynchronousEventPublisher;
import app.alongside.workbench.host.users.WorkbenchUser;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.event.api.EventListener;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Moving content to the trash, restoring it and deleting it for good reach the app's listeners as Confluence's events. */
public class TrashEventsTest {

    private final ContentStore store = new ContentStore(Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));
    private final SynchronousEventPublisher publisher = new SynchronousEventPublisher();
    private final List<String> heard = new ArrayList<>();
    private final WorkbenchUser alex = WorkbenchUser.of("alex", "Alex Morgan", "alex@example.org");

    public class AppListener {
        @EventListener
        public void trashed(PageTrashedEvent event) {
            heard.add("page trashed " + event.getPage().getTitle() + " deleted=" + event.getPage().isDeleted());
        }

        @EventListener
        public void restored(PageRestoreEvent event) {
            heard.add("page restored " + event.getPage().getTitle() + " deleted=" + event.getPage().isDeleted());
        }

        @EventListener
        public void removed(PageRemoveEvent event) {
            heard.add("page removed " + event.getPage().getId());
        }

        @EventListener
        public void postTrashed(BlogPostTrashedEvent event) {
            heard.add("post trashed " + event.getBlogPost().getTitle());
        }

        @EventListener
        public void postRestored(BlogPostRestoreEvent event) {
            heard.add("post restored " + event.getBlogPost().getTitle());
        }

        @EventListener
        public void postRemoved(BlogPostRemoveEvent event) {
            heard.add("post removed " + event.getBlogPost().getTitle());
        }
    }

    {
        store.addSpace("RC", "Recovery College", "", "", Set.of("confluence-users"), Set.of(), Set.of());
        store.addListener(new ContentEvents(store, publisher, username -> username.equals("alex") ? alex : null));
        publisher.register(new AppListener());
    }

    @Test
    public void trashRestoreAndRemoveOfAPageAreEachHeardOnce() {
        ContentRecord page = store.create(NewContent.page("RC", "Meeting notes", "<p>x</p>", "alex"));

        store.trash(page.id(), "alex");
        store.restore(page.id(), "alex");
        store.trash(page.id(), "alex");
        store.purge(page.id(), "alex");

        assertEquals(List.of("page trashed Meeting notes deleted=true", "page restored Meeting notes deleted=false",
                "page trashed Meeting notes deleted=true", "page removed " + page.id()), heard);
    }

    @Test
    public void blogPostsHaveTheirOwnEvents() {
        ContentRecord post = store.create(new NewContent(ContentKind.BLOG_POST, "RC", "Welcome", "<p>hi</p>",
                List.of(), Set.of(), "alex"));

        store.trash(post.id(), "alex");
        store.restore(post.id(), "alex");
        store.trash(post.id(), "alex");
        store.purge(post.id(), "alex");

        assertEquals(List.of("post trashed Welcome", "post restored Welcome", "post trashed Welcome",
                "post removed Welcome"), heard);
    }

    @Test
    public void trashedContentLeavesTitlesAndSpaceListsButTheManagerStillFindsItAsDeleted() {
        ContentRecord page = store.create(NewContent.page("RC", "Notes", "<p>x</p>", "alex"));
        PageManager pages = new HostPageManager(store);

        store.trash(page.id(), "alex");

        assertTrue(store.byTitle("RC", "Notes").isEmpty());
        assertEquals(List.of(), store.inSpace("RC"));
        assertEquals(List.of(page.id()), store.trashIn("RC").stream().map(ContentRecord::id).toList());
        assertTrue(pages.getPage(page.id()).isDeleted());
        assertEquals(List.of(), List.copyOf(pages.getPageIds(new WorkbenchSpace(store.space("RC").orElseThrow()))));
        assertThrows(IllegalArgumentException.class, () -> store.update(page.id(), 1, "Notes", "<p>y</p>", "alex"));

        store.purge(page.id(), "alex");
        assertNull(pages.getPage(page.id()));
    }

    @Test
    public void aPageCannotBeRestoredOverANewPageWithItsTitle() {
        ContentRecord old = store.create(NewContent.page("RC", "Notes", "<p>old</p>", "alex"));
        store.trash(old.id(), "alex");
        store.create(NewContent.page("RC", "Notes", "<p>new</p>", "alex"));

        assertThrows(IllegalArgumentException.class, () -> store.restore(old.id(), "alex"));
        assertTrue(store.isTrashed(old.id()));
        assertFalse(heard.stream().anyMatch(h -> h.startsWith("page restored")));
    }

    @Test
    public void theTrashSurvivesASnapshot() {
        ContentRecord page = store.create(NewContent.page("RC", "Notes", "<p>x</p>", "alex"));
        store.trash(page.id(), "alex");
        ContentStore reloaded = new ContentStore(Clock.systemUTC());

        reloaded.restore(store.snapshot());

        assertTrue(reloaded.isTrashed(page.id()));
    }
}
