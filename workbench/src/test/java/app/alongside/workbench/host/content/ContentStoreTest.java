package app.alongside.workbench.host.content;

import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class ContentStoreTest {

    private final ContentStore store = new ContentStore(Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));
    private final List<String> changes = new ArrayList<>();

    {
        store.addSpace("RC", "Recovery College", "", "", Set.of("confluence-users"), Set.of(), Set.of());
        store.addListener(new ContentListener() {
            @Override
            public void created(ContentRecord created) {
                changes.add("created " + created.title());
            }

            @Override
            public void updated(ContentRecord before, ContentRecord after) {
                changes.add("updated " + before.version() + "->" + after.version());
            }
        });
    }

    @Test
    public void editingMakesANewVersionAndKeepsTheOldOne() throws Exception {
        ContentRecord first = store.create(NewContent.page("RC", "Notes", "<p>1</p>", "alex"));
        ContentRecord second = store.update(first.id(), 1, "Notes", "<p>2</p>", "sam");
        assertEquals(2, second.version());
        assertEquals("sam", second.lastModifier());
        assertEquals("<p>1</p>", store.version(first.id(), 1).orElseThrow().body());
        assertEquals(List.of("created Notes", "updated 1->2"), changes);
    }

    @Test
    public void savingOverANewerVersionIsAConflict() throws Exception {
        ContentRecord page = store.create(NewContent.page("RC", "Notes", "<p>1</p>", "alex"));
        store.update(page.id(), 1, "Notes", "<p>2</p>", "sam");
        assertThrows(VersionConflictException.class, () -> store.update(page.id(), 1, "Notes", "<p>3</p>", "alex"));
    }

    @Test
    public void pageTitlesAreUniqueInASpace() {
        store.create(NewContent.page("RC", "Notes", "", "alex"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.create(NewContent.page("RC", " Notes ", "", "sam")));
        assertThat(e.getMessage(), containsString("already exists"));
    }

    @Test
    public void aSnapshotRestoresEverythingIncludingHistory() throws Exception {
        ContentRecord page = store.create(NewContent.page("RC", "Notes", "<p>1</p>", "alex"));
        store.update(page.id(), 1, "Notes", "<p>2</p>", "sam");
        ContentStore copy = new ContentStore(Clock.systemUTC());
        copy.restore(store.snapshot());
        assertEquals("<p>2</p>", copy.current(page.id()).orElseThrow().body());
        assertEquals("<p>1</p>", copy.version(page.id(), 1).orElseThrow().body());
        ContentRecord next = copy.create(NewContent.page("RC", "Other", "", "alex"));
        assertEquals(page.id() + 1, next.id());
    }
}
