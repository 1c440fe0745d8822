package app.alongside.workbench.host.content;

import com.atlassian.confluence.pages.AbstractPage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The workbench's spaces, pages and blog posts with every version, in memory. Titles are unique per space among
 * current pages, as in Confluence. Content can be moved to its space's trash (it keeps its versions and is left out
 * of titles, space lists and links), restored, or deleted permanently from the trash. Every change is reported to
 * the {@link ContentListener}s (events to the app, the snapshot file). Permission checks are not made here, as
 * Confluence's managers do not make them either.
 */
public final class ContentStore {

    private static final long FIRST_ID = 65_537L;

    private final Clock clock;
    private final Map<String, SpaceRecord> spaces = new LinkedHashMap<>();
    private final Map<Long, List<ContentRecord>> versions = new LinkedHashMap<>();
    private final Set<Long> trashed = new java.util.LinkedHashSet<>();
    private final List<ContentListener> listeners = new CopyOnWriteArrayList<>();
    private long nextId = FIRST_ID;

    public ContentStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void addListener(ContentListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // --- spaces -----------------------------------------------------------------------------------------------

    /** Adds a space; its id is assigned here. */
    public synchronized SpaceRecord addSpace(String key, String name, String description, String homePageTitle,
                                             Set<String> viewerGroups, Set<String> viewerUsers,
                                             Set<String> administrators) {
        if (spaces.containsKey(key)) {
            throw new IllegalArgumentException("there is already a space with key " + key);
        }
        SpaceRecord space = new SpaceRecord(nextId++, key, name, description, homePageTitle, viewerGroups,
                viewerUsers, administrators);
        spaces.put(key, space);
        return space;
    }

    public synchronized Optional<SpaceRecord> space(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(spaces.get(key));
    }

    /** Every space, by name. */
    public synchronized List<SpaceRecord> spaces() {
        return spaces.values().stream().sorted(Comparator.comparing(SpaceRecord::name)).toList();
    }

    // --- content ----------------------------------------------------------------------------------------------

    public synchronized ContentRecord create(NewContent content) {
        SpaceRecord space = space(content.spaceKey())
                .orElseThrow(() -> new IllegalArgumentException("there is no space " + content.spaceKey()));
        if (content.kind() == ContentKind.PAGE && byTitle(space.key(), content.title()).isPresent()) {
            throw new IllegalArgumentException("A page called \u201c" + content.title().strip()
                    + "\u201d already exists in this space. Choose another title.");
        }
        long now = clock.millis();
        ContentRecord record = new ContentRecord(nextId, content.kind(), space.key(), content.title(), content.body(),
                1, content.labels(), content.viewRestrictedTo(), content.author(), now, content.author(), now);
        nextId++;
        List<ContentRecord> history = new ArrayList<>();
        history.add(record);
        versions.put(record.id(), history);
        listeners.forEach(l -> l.created(record));
        return record;
    }

    /**
     * Saves a new version of the title and body.
     *
     * @throws VersionConflictException if the content is no longer at {@code expectedVersion}
     * @throws IllegalArgumentException if there is no such content, or the new title is taken or invalid
     */
    public synchronized ContentRecord update(long id, int expectedVersion, String title, String body, String editor)
            throws VersionConflictException {
        ContentRecord before = current(id).orElseThrow(() -> new IllegalArgumentException("there is no content " + id));
        if (trashed.contains(id)) {
            throw new IllegalArgumentException("\u201c" + before.title() + "\u201d is in the trash. Restore it before "
                    + "editing it.");
        }
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, before.version());
        }
        Optional<ContentRecord> sameTitle = byTitle(before.spaceKey(), title == null ? "" : title.strip());
        if (before.kind() == ContentKind.PAGE && sameTitle.isPresent() && sameTitle.get().id() != id) {
            throw new IllegalArgumentException("A page called \u201c" + title.strip()
                    + "\u201d already exists in this space. Choose another title.");
        }
        ContentRecord after = before.edited(title, body, editor, clock.instant());
        versions.get(id).add(after);
        listeners.forEach(l -> l.updated(before, after));
        return after;
    }

    public synchronized Optional<ContentRecord> current(long id) {
        List<ContentRecord> history = versions.get(id);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    public synchronized Optional<ContentRecord> version(long id, int version) {
        return versions.getOrDefault(id, List.of()).stream().filter(r -> r.version() == version).findFirst();
    }

    // --- trash ------------------------------------------------------------------------------------------------

    public synchronized boolean isTrashed(long id) {
        return trashed.contains(id);
    }

    /**
     * Moves content to its space's trash.
     *
     * @throws IllegalArgumentException if there is no such content or it is already in the trash
     */
    public synchronized ContentRecord trash(long id, String byUsername) {
        ContentRecord record = current(id).filter(r -> !trashed.contains(r.id()))
                .orElseThrow(() -> new IllegalArgumentException("There is no page or blog post " + id
                        + " outside the trash."));
        trashed.add(id);
        listeners.forEach(l -> l.trashed(record, byUsername));
        return record;
    }

    /**
     * Takes content out of the trash.
     *
     * @throws IllegalArgumentException if it is not in the trash, or a current page in its space now has its title
     */
    public synchronized ContentRecord restore(long id, String byUsername) {
        ContentRecord record = current(id).filter(r -> trashed.contains(r.id()))
                .orElseThrow(() -> new IllegalArgumentException("There is nothing with id " + id + " in the trash."));
        if (record.kind() == ContentKind.PAGE && byTitle(record.spaceKey(), record.title()).isPresent()) {
            throw new IllegalArgumentException("A page called \u201c" + record.title() + "\u201d already exists in "
                    + "this space, so this one cannot be restored until that one is renamed.");
        }
        trashed.remove(id);
        listeners.forEach(l -> l.restored(record, byUsername));
        return record;
    }

    /**
     * Deletes content in the trash permanently, every version of it.
     *
     * @throws IllegalArgumentException if it is not in the trash
     */
    public synchronized ContentRecord purge(long id, String byUsername) {
        ContentRecord record = current(id).filter(r -> trashed.contains(r.id()))
                .orElseThrow(() -> new IllegalArgumentException("There is nothing with id " + id + " in the trash."));
        trashed.remove(id);
        versions.remove(id);
        listeners.forEach(l -> l.removed(record, byUsername));
        return record;
    }

    /** What is in a space's trash, by title. */
    public synchronized List<ContentRecord> trashIn(String spaceKey) {
        return versions.values().stream().map(h -> h.get(h.size() - 1))
                .filter(r -> trashed.contains(r.id()) && r.spaceKey().equals(spaceKey))
                .sorted(Comparator.comparing(ContentRecord::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The current page with this title in the space (titles compare as Confluence does: exactly, after trimming). */
    public synchronized Optional<ContentRecord> byTitle(String spaceKey, String title) {
        if (spaceKey == null || title == null) {
            return Optional.empty();
        }
        String wanted = title.strip();
        return currentVersions().filter(r -> r.kind() == ContentKind.PAGE && r.spaceKey().equals(spaceKey)
                && r.title().equals(wanted)).findFirst();
    }

    /** The current versions of a space's content outside the trash, by title. */
    public synchronized List<ContentRecord> inSpace(String spaceKey) {
        return currentVersions().filter(r -> r.spaceKey().equals(spaceKey))
                .sorted(Comparator.comparing(ContentRecord::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The content as Confluence's page or blog post object. */
    public synchronized AbstractPage asEntity(ContentRecord record) {
        WorkbenchSpace space = space(record.spaceKey()).map(WorkbenchSpace::new).orElse(null);
        boolean deleted = trashed.contains(record.id());
        return record.kind() == ContentKind.PAGE ? new WorkbenchPage(record, space, deleted)
                : new WorkbenchBlogPost(record, space, deleted);
    }

    // --- snapshot ---------------------------------------------------------------------------------------------

    public synchronized ContentSnapshot snapshot() {
        List<ContentRecord> all = new ArrayList<>();
        versions.values().forEach(all::addAll);
        return new ContentSnapshot(ContentSnapshot.FORMAT, nextId, List.copyOf(spaces.values()), all,
                List.copyOf(trashed));
    }

    /** Replaces everything with a snapshot's content; listeners are not told (nothing changed for the app). */
    public synchronized void restore(ContentSnapshot snapshot) {
        spaces.clear();
        versions.clear();
        trashed.clear();
        snapshot.spaces().forEach(s -> spaces.put(s.key(), s));
        snapshot.versions().stream().sorted(Comparator.comparingLong(ContentRecord::id)
                        .thenComparingInt(ContentRecord::version))
                .forEach(r -> versions.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r));
        snapshot.trashed().stream().filter(versions::containsKey).forEach(trashed::add);
        nextId = Math.max(snapshot.nextId(), FIRST_ID);
    }

    public synchronized boolean isEmpty() {
        return spaces.isEmpty();
    }

    /** The current version of everything outside the trash. */
    private java.util.stream.Stream<ContentRecord> currentVersions() {
        return versions.values().stream().map(h -> h.get(h.size() - 1)).filter(r -> !trashed.contains(r.id()));
    }
}
