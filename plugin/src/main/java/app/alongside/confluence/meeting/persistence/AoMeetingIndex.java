package app.alongside.confluence.meeting.persistence;

import app.alongside.decision.register.IndexedPage;
import app.alongside.meeting.IndexedMeeting;
import app.alongside.meeting.Meeting;
import app.alongside.meeting.MeetingIndex;
import app.alongside.people.PersonRef;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Core's {@link MeetingIndex} in Active Objects: one row per page that records a meeting, one per chair. Returns
 * core records, never entities.
 *
 * <p>Statement budget: {@link #replacePage} one read of the page's row (all a save that changed nothing costs), then
 * if it changed two deletes and two inserts; {@link #removePage} one delete for a page without a meeting, three with
 * one; {@link #inSpaces} two (meetings, then their chairs per 500 meetings).
 */
@Named
public final class AoMeetingIndex implements MeetingIndex {

    private static final int MAX_IDS_PER_STATEMENT = 500;
    private static final int MAX_TITLE = 255;

    private final ActiveObjects ao;

    @Inject
    public AoMeetingIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void replacePage(IndexedPage page, Meeting meeting) {
        Map<String, Object> row = new HashMap<>();
        row.put(MeetingEntity.PAGE_ID, page.pageId());
        row.put(MeetingEntity.SPACE_KEY, page.spaceKey());
        row.put(MeetingEntity.PAGE_TITLE, title(page.title()));
        row.put(MeetingEntity.MEETING_DAY, meeting.date().map(AoMeetingIndex::day).orElse(MeetingEntity.UNDATED));
        row.put(MeetingEntity.TRASHED, Boolean.FALSE);
        List<Map<String, Object>> chairs = new ArrayList<>();
        for (PersonRef chair : meeting.chairs()) {
            PersonRef person = chair instanceof PersonRef.Page p ? p.inSpace(page.spaceKey()) : chair;
            Map<String, Object> chairRow = new HashMap<>();
            chairRow.put(MeetingChairEntity.PAGE_ID, page.pageId());
            chairRow.put(MeetingChairEntity.POSITION, chairs.size());
            chairRow.put(MeetingChairEntity.PERSON_KEY, person.key());
            chairs.add(chairRow);
        }
        String fingerprint = fingerprint(row, chairs);
        row.put(MeetingEntity.FINGERPRINT, fingerprint);
        ao.executeInTransaction(() -> {
            boolean[] unchanged = {false};
            int[] rows = {0};
            ao.stream(MeetingEntity.class, Query.select("ID, FINGERPRINT, TRASHED")
                    .where("PAGE_ID = ?", page.pageId()), existing -> {
                rows[0]++;
                unchanged[0] = !existing.isTrashed() && fingerprint.equals(existing.getFingerprint());
            });
            if (rows[0] == 1 && unchanged[0]) {
                return null;
            }
            if (rows[0] > 0) {
                deleteRows(page.pageId());
            }
            ao.create(MeetingEntity.class, List.of(row));
            if (!chairs.isEmpty()) {
                ao.create(MeetingChairEntity.class, chairs);
            }
            return null;
        });
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            // Active Objects has no bulk update; a page holds one meeting.
            for (MeetingEntity row : ao.find(MeetingEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void removePage(long pageId) {
        ao.executeInTransaction(() -> {
            deleteRows(pageId);
            return null;
        });
    }

    /** Chairs only exist beside a meeting row (no foreign keys), so a page without a meeting costs one delete. */
    private void deleteRows(long pageId) {
        if (ao.deleteWithSQL(MeetingEntity.class, "PAGE_ID = ?", pageId) > 0) {
            ao.deleteWithSQL(MeetingChairEntity.class, "PAGE_ID = ?", pageId);
        }
    }

    @Override
    public void clear() {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(MeetingChairEntity.class, null);
            ao.deleteWithSQL(MeetingEntity.class, null);
            return null;
        });
    }

    @Override
    public List<IndexedMeeting> inSpaces(Set<String> spaceKeys, Optional<LocalDate> from, LocalDate to, int limit) {
        if (spaceKeys.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(spaceKeys.stream().sorted().toList());
        parameters.add(Boolean.FALSE);
        parameters.add(from.map(AoMeetingIndex::day).orElse(0));
        parameters.add(day(to));
        parameters.add(MeetingEntity.UNDATED);
        MeetingEntity[] rows = ao.find(MeetingEntity.class, Query.select()
                .where("SPACE_KEY IN (" + placeholders(spaceKeys.size()) + ") AND TRASHED = ?"
                        + " AND ((MEETING_DAY >= ? AND MEETING_DAY <= ?) OR MEETING_DAY = ?)", parameters.toArray())
                .order("MEETING_DAY ASC, PAGE_ID ASC").limit(limit));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<PersonRef>> chairs = chairsOf(rows);
        List<IndexedMeeting> meetings = new ArrayList<>(rows.length);
        for (MeetingEntity row : rows) {
            List<PersonRef> people = chairs.getOrDefault(row.getPageId(), List.of());
            meetings.add(new IndexedMeeting(row.getPageId(), row.getSpaceKey(),
                    row.getPageTitle() == null ? "" : row.getPageTitle(),
                    new Meeting(date(row.getMeetingDay()), people.subList(0, Math.min(people.size(), Meeting.MAX_CHAIRS)))));
        }
        return meetings;
    }

    private Map<Long, List<PersonRef>> chairsOf(MeetingEntity[] rows) {
        List<Object> pageIds = new ArrayList<>(new HashSet<>(java.util.Arrays.stream(rows)
                .map(MeetingEntity::getPageId).toList()));
        Map<Long, List<PersonRef>> chairs = new HashMap<>();
        for (int start = 0; start < pageIds.size(); start += MAX_IDS_PER_STATEMENT) {
            List<Object> chunk = pageIds.subList(start, Math.min(pageIds.size(), start + MAX_IDS_PER_STATEMENT));
            for (MeetingChairEntity row : ao.find(MeetingChairEntity.class, Query.select()
                    .where("PAGE_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray())
                    .order("PAGE_ID ASC, POSITION ASC"))) {
                PersonRef.fromKey(row.getPersonKey()).ifPresent(person ->
                        chairs.computeIfAbsent(row.getPageId(), id -> new ArrayList<>()).add(person));
            }
        }
        return chairs;
    }

    @Override
    public long size() {
        return ao.count(MeetingEntity.class, Query.select());
    }

    /** The highest row id now, so a rebuild can tell the rows it wrote from those it did not meet. */
    public long highestId() {
        long[] highest = {0};
        ao.stream(MeetingEntity.class, Query.select("ID").order("ID DESC").limit(1), row -> highest[0] = row.getID());
        return highest[0];
    }

    /**
     * Forgets every page (of one space, or of all) whose meeting was indexed at or before {@code highestId}, except
     * the pages in {@code keep} (those a rebuild met holding a meeting, or could not read). Returns how many.
     */
    public int forgetPagesIndexedUpTo(long highestId, Set<Long> keep, Optional<String> spaceKey) {
        Set<Long> stale = new HashSet<>();
        int upTo = (int) Math.min(highestId, Integer.MAX_VALUE);
        Query query = spaceKey.map(key -> Query.select("ID, PAGE_ID").where("ID <= ? AND SPACE_KEY = ?", upTo, key))
                .orElseGet(() -> Query.select("ID, PAGE_ID").where("ID <= ?", upTo));
        ao.stream(MeetingEntity.class, query, row -> stale.add(row.getPageId()));
        stale.removeAll(keep);
        for (long pageId : stale) {
            removePage(pageId);
        }
        return stale.size();
    }

    private static String title(String title) {
        if (title == null || title.isEmpty()) {
            return null;
        }
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }

    static int day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static Optional<LocalDate> date(int yyyymmdd) {
        if (yyyymmdd == MeetingEntity.UNDATED) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(yyyymmdd / 10_000, (yyyymmdd / 100) % 100, yyyymmdd % 100));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String fingerprint(Map<String, Object> row, List<Map<String, Object>> chairs) {
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(row);
        all.addAll(chairs);
        for (Map<String, Object> each : all) {
            new java.util.TreeMap<>(each).forEach((column, value) -> {
                String v = String.valueOf(value);
                text.append(column).append('=').append(v.length()).append(':').append(v).append('\n');
            });
            text.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
