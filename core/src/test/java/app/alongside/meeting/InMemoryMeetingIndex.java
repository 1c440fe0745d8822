package app.alongside.meeting;

import app.alongside.decision.register.IndexedPage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fake {@link MeetingIndex} in memory with the real index's filtering and order. Published in core's test jar so
 * adapters' tests run the real evaluator over it.
 */
public final class InMemoryMeetingIndex implements MeetingIndex {

    private final Map<Long, IndexedMeeting> rows = new LinkedHashMap<>();
    private final Map<Long, Boolean> trashed = new LinkedHashMap<>();

    /** Indexes a meeting on its own page, as a page save would. */
    public void add(long pageId, String spaceKey, String title, Meeting meeting) {
        replacePage(new IndexedPage(pageId, spaceKey, title, IndexedPage.ContentType.PAGE, List.of()), meeting);
    }

    @Override
    public void replacePage(IndexedPage page, Meeting meeting) {
        rows.put(page.pageId(), new IndexedMeeting(page.pageId(), page.spaceKey(), page.title(), meeting));
        trashed.put(page.pageId(), false);
    }

    @Override
    public void setTrashed(long pageId, boolean isTrashed) {
        if (rows.containsKey(pageId)) {
            trashed.put(pageId, isTrashed);
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
    public List<IndexedMeeting> inSpaces(Set<String> spaceKeys, Optional<LocalDate> from, LocalDate to, int limit) {
        Stream<IndexedMeeting> live = rows.values().stream()
                .filter(m -> !trashed.getOrDefault(m.pageId(), false) && spaceKeys.contains(m.spaceKey()));
        List<IndexedMeeting> all = live.toList();
        Stream<IndexedMeeting> dated = all.stream().filter(m -> m.meeting().date().isPresent())
                .filter(m -> !m.meeting().date().get().isAfter(to)
                        && from.map(f -> !m.meeting().date().get().isBefore(f)).orElse(true))
                .sorted(Comparator.comparing((IndexedMeeting m) -> m.meeting().date().get())
                        .thenComparingLong(IndexedMeeting::pageId));
        Stream<IndexedMeeting> undated = all.stream().filter(m -> m.meeting().date().isEmpty())
                .sorted(Comparator.comparingLong(IndexedMeeting::pageId));
        return Stream.concat(dated, undated).limit(Math.max(0, limit)).toList();
    }

    @Override
    public long size() {
        return rows.size();
    }
}
