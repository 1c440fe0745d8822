package app.alongside.participant;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fake {@link ParticipantIndex} in memory with the port's search rules ({@link DirectoryQuery#matches}: a skill or
 * interest matches a whole item or a word in it, ignoring case; text matches the name or preferred name) and order
 * ({@link IndexedParticipant#ALPHABETICAL}), trashed pages left out of every query, counting its "statements".
 * Published in core's test jar for the adapters' tests.
 */
public final class InMemoryParticipantIndex implements ParticipantIndex {

    private final Map<Long, IndexedParticipant> rows = new LinkedHashMap<>();
    private final Set<Long> trashed = new HashSet<>();
    private int statements;
    /** When set, queries fail with it, as a database outage would. */
    public RuntimeException failure;

    /** Indexes a participant page titled with the person's name; returns what the index holds. */
    public IndexedParticipant add(long pageId, String spaceKey, ParticipantProfile profile) {
        return add(pageId, spaceKey, profile.name(), profile);
    }

    public IndexedParticipant add(long pageId, String spaceKey, String pageTitle, ParticipantProfile profile) {
        replacePage(pageId, spaceKey, pageTitle, Optional.of(profile));
        return rows.get(pageId);
    }

    @Override
    public void replacePage(long pageId, String spaceKey, String pageTitle, Optional<ParticipantProfile> profile) {
        removePage(pageId);
        profile.ifPresent(p -> rows.put(pageId, IndexedParticipant.of(pageId, spaceKey, pageTitle, p)));
    }

    @Override
    public void setTrashed(long pageId, boolean isTrashed) {
        if (isTrashed) {
            trashed.add(pageId);
        } else {
            trashed.remove(pageId);
        }
    }

    @Override
    public void removePage(long pageId) {
        rows.remove(pageId);
        trashed.remove(pageId);
    }

    @Override
    public void clear() {
        rows.clear();
        trashed.clear();
    }

    @Override
    public List<IndexedParticipant> search(DirectoryQuery query) {
        statement();
        return live().filter(query::matches).sorted(IndexedParticipant.ALPHABETICAL).limit(query.limit()).toList();
    }

    /** Not trashed, as every other query. */
    @Override
    public Optional<IndexedParticipant> findByPageId(long pageId) {
        statement();
        return Optional.ofNullable(rows.get(pageId)).filter(p -> !trashed.contains(pageId));
    }

    @Override
    public List<IndexedParticipant> findByTitles(Collection<PageTitle> titles) {
        statement();
        Set<PageTitle> wanted = Set.copyOf(titles);
        return live().filter(p -> wanted.contains(new PageTitle(p.spaceKey(), p.pageTitle()))).toList();
    }

    @Override
    public List<IndexedParticipant> findByUserKey(String userKey) {
        statement();
        return live().filter(p -> p.userKey().map(userKey::equals).orElse(false)).toList();
    }

    /** Pages indexed, trashed included. */
    public int size() {
        return rows.size();
    }

    /** How many queries were made: each stands for one statement of the real index. */
    public int statements() {
        return statements;
    }

    private java.util.stream.Stream<IndexedParticipant> live() {
        return rows.values().stream().filter(p -> !trashed.contains(p.pageId()));
    }

    private void statement() {
        statements++;
        if (failure != null) {
            throw failure;
        }
    }
}
