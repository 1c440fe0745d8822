package app.alongside.confluence.reciprocity.persistence;

import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.LedgerQuery;
import app.alongside.reciprocity.LedgerStore;
import app.alongside.reciprocity.LedgerSums;
import app.alongside.reciprocity.Recognition;
import app.alongside.reciprocity.RecognitionDates;
import app.alongside.reciprocity.RecognitionState;
import app.alongside.reciprocity.RecognitionType;
import app.alongside.reciprocity.TimeGiven;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Core's {@link LedgerStore} in Active Objects ({@link LedgerEntryEntity}). Returns core records, never entities;
 * a row this version cannot read (edited by hand, or written by a newer version) is left out rather than failing
 * the whole screen.
 *
 * <p>Totals: Active Objects offers {@code COUNT} and {@code DISTINCT} but no {@code SUM}, so {@link #sums} costs two
 * statements — the distinct people in SQL, then the period's rows streamed as six narrow columns (no entity objects,
 * no subject, no activity), added up as they arrive. A group records tens of entries a month, so this stays small;
 * docs/performance.md says so.</p>
 */
@Named
public final class AoLedgerStore implements LedgerStore {

    /** Blanked activity of a row kept after erasure. */
    static final String ERASED_ACTIVITY = "\u2014";
    private static final String NOT_ERASED = "SUBJECT_KEY NOT LIKE 'erased:%'";
    private static final int IN_LIST = 500;

    private final ActiveObjects ao;

    @Inject
    public AoLedgerStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<LedgerEntry> add(List<LedgerEntry> entries) {
        return ao.executeInTransaction(() -> {
            List<LedgerEntry> stored = new ArrayList<>();
            for (LedgerEntry entry : entries) {
                LedgerEntryEntity row = ao.create(LedgerEntryEntity.class, columns(entry));
                stored.add(entry.withId(row.getID()));
            }
            return stored;
        });
    }

    @Override
    public Optional<LedgerEntry> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        LedgerEntryEntity[] rows = ao.find(LedgerEntryEntity.class, Query.select().where("ID = ? AND " + NOT_ERASED,
                (int) id));
        return rows.length == 0 ? Optional.empty() : entry(rows[0]);
    }

    @Override
    public boolean replaceRecognition(long id, Recognition recognition) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            LedgerEntryEntity row = ao.get(LedgerEntryEntity.class, (int) id);
            if (row == null || SubjectKey.parse(row.getSubjectKey()).isEmpty()) {
                return false;
            }
            row.setRecognition(recognition.type().code());
            row.setAmountPence(recognition.amountPence());
            row.setRecognitionState(recognition.state().code());
            row.setPaidOn(recognition.paidOn().map(AoLedgerStore::day).orElse(null));
            row.setAffectsBenefits(recognition.mayAffectBenefits());
            row.save();
            return true;
        });
    }

    @Override
    public boolean delete(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return false;
        }
        return ao.deleteWithSQL(LedgerEntryEntity.class, "ID = ? AND " + NOT_ERASED, (int) id) > 0;
    }

    @Override
    public List<LedgerEntry> of(Set<SubjectKey> subjects, int limit) {
        if (subjects.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String in = in("SUBJECT_KEY", subjects.stream().map(SubjectKey::value).toList(), parameters);
        return entries(Query.select().where(in, parameters.toArray()).order("GIVEN_ON DESC, ID DESC").limit(limit));
    }

    @Override
    public List<LedgerEntry> find(LedgerQuery query) {
        List<String> where = new ArrayList<>(List.of(NOT_ERASED));
        List<Object> parameters = new ArrayList<>();
        if (!query.spaces().isEmpty()) {
            where.add(in("SPACE_KEY", List.copyOf(query.spaces()), parameters));
        }
        query.from().ifPresent(from -> {
            where.add("GIVEN_ON >= ?");
            parameters.add(day(from));
        });
        query.to().ifPresent(to -> {
            where.add("GIVEN_ON <= ?");
            parameters.add(day(to));
        });
        query.person().ifPresent(person -> {
            where.add("SUBJECT_KEY = ?");
            parameters.add(person.value());
        });
        return entries(Query.select().where(String.join(" AND ", where), parameters.toArray())
                .order("GIVEN_ON DESC, ID DESC").limit(query.limit()));
    }

    @Override
    public LedgerSums sums(Set<String> spaces, LocalDate from, LocalDate to) {
        if (spaces.isEmpty()) {
            return LedgerSums.NONE;
        }
        List<Object> parameters = new ArrayList<>();
        String where = period(spaces, from, to, parameters);
        Set<String> people = new HashSet<>();
        ao.stream(LedgerEntryEntity.class, Query.select("SUBJECT_KEY").distinct().where(where, parameters.toArray()),
                row -> people.add(row.getSubjectKey()));
        long[] sums = new long[5]; // contributions, minutes, paid, owed, declined
        List<LedgerSums.PaidDates> paid = new ArrayList<>();
        ao.stream(LedgerEntryEntity.class, Query.select("ID, GIVEN_ON, GIVEN_MINUTES, RECOGNITION, AMOUNT_PENCE, "
                + "RECOGNITION_STATE, PAID_ON").where(where, parameters.toArray()), row -> {
            sums[0]++;
            sums[1] += row.getGivenMinutes();
            boolean isPaid = RecognitionState.PAID.code().equals(row.getRecognitionState());
            sums[isPaid ? 2 : 3] += row.getAmountPence();
            Optional<RecognitionType> type = RecognitionType.fromCode(row.getRecognition());
            if (type.isPresent() && type.get() == RecognitionType.DECLINED) {
                sums[4]++;
            }
            if (isPaid && type.isPresent() && type.get().monetary()) {
                Optional<LocalDate> given = date(row.getGivenOn());
                Optional<LocalDate> on = date(row.getPaidOn());
                if (given.isPresent() && on.isPresent()) {
                    paid.add(new LedgerSums.PaidDates(given.get(), on.get()));
                }
            }
        });
        return new LedgerSums(people.size(), Math.toIntExact(sums[0]), sums[1], sums[2], sums[3],
                Math.toIntExact(sums[4]), paid);
    }

    @Override
    public List<RecognitionDates> recognitionDates(Set<String> spaces, LocalDate from, LocalDate to) {
        if (spaces.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String where = period(spaces, from, to, parameters);
        List<RecognitionDates> dates = new ArrayList<>();
        ao.stream(LedgerEntryEntity.class, Query.select("ID, GIVEN_ON, RECOGNITION_STATE, PAID_ON")
                .where(where, parameters.toArray()), row -> date(row.getGivenOn()).ifPresent(given -> dates.add(
                new RecognitionDates(given, RecognitionState.PAID.code().equals(row.getRecognitionState())
                        ? date(row.getPaidOn()) : Optional.empty()))));
        return dates;
    }

    @Override
    public int erase(SubjectKey subject, String pseudonym) {
        requirePseudonym(pseudonym);
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (LedgerEntryEntity row : ao.find(LedgerEntryEntity.class, Query.select()
                    .where("SUBJECT_KEY = ?", subject.value()))) {
                boolean paidMoney = RecognitionState.PAID.code().equals(row.getRecognitionState())
                        && RecognitionType.fromCode(row.getRecognition()).map(RecognitionType::monetary).orElse(false);
                if (paidMoney) {
                    row.setSubjectKey(pseudonym);
                    row.setActivity(ERASED_ACTIVITY);
                    row.setAffectsBenefits(false);
                    row.save();
                } else {
                    ao.delete(row);
                }
                changed++;
            }
            return changed;
        });
    }

    @Override
    public int retire(LocalDate settledBefore, Supplier<String> pseudonyms) {
        // Row by row, as erasure: Active Objects has no bulk update, and retention is applied rarely.
        return ao.executeInTransaction(() -> {
            Map<String, String> bySubject = new HashMap<>();
            int changed = 0;
            for (LedgerEntryEntity row : ao.find(LedgerEntryEntity.class, Query.select()
                    .where("RECOGNITION_STATE = ? AND PAID_ON < ? AND " + NOT_ERASED,
                            RecognitionState.PAID.code(), day(settledBefore)))) {
                if (RecognitionType.fromCode(row.getRecognition()).map(RecognitionType::monetary).orElse(false)) {
                    String pseudonym = bySubject.computeIfAbsent(row.getSubjectKey(), s -> pseudonyms.get());
                    requirePseudonym(pseudonym);
                    row.setSubjectKey(pseudonym);
                    row.setActivity(ERASED_ACTIVITY);
                    row.setAffectsBenefits(false);
                    row.save();
                } else {
                    ao.delete(row);
                }
                changed++;
            }
            return changed;
        });
    }

    @Override
    public int pseudonymiseRecorder(String userKey, String pseudonym) {
        requirePseudonym(pseudonym);
        // Active Objects has no bulk update; erasing a facilitator is rare.
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (LedgerEntryEntity row : ao.find(LedgerEntryEntity.class, Query.select()
                    .where("RECORDED_BY = ?", userKey))) {
                row.setRecordedBy(pseudonym);
                row.save();
                changed++;
            }
            return changed;
        });
    }

    private List<LedgerEntry> entries(Query query) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerEntryEntity row : ao.find(LedgerEntryEntity.class, query)) {
            entry(row).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<LedgerEntry> entry(LedgerEntryEntity row) {
        Optional<SubjectKey> subject = SubjectKey.parse(row.getSubjectKey());
        Optional<LocalDate> given = date(row.getGivenOn());
        Optional<RecognitionType> type = RecognitionType.fromCode(row.getRecognition());
        Optional<RecognitionState> state = RecognitionState.fromCode(row.getRecognitionState());
        if (subject.isEmpty() || given.isEmpty() || type.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        try {
            Long meeting = row.getMeetingPageId();
            return Optional.of(new LedgerEntry(row.getID(), new TimeGiven(subject.get(), row.getSpaceKey(),
                    given.get(), row.getActivity(), row.getGivenMinutes(),
                    meeting == null ? OptionalLong.empty() : OptionalLong.of(meeting), row.getRecordedBy(),
                    Instant.ofEpochMilli(row.getRecordedAt())),
                    new Recognition(type.get(), row.getAmountPence(), state.get(), date(row.getPaidOn()),
                            row.isAffectsBenefits())));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> columns(LedgerEntry entry) {
        TimeGiven given = entry.given();
        Recognition recognition = entry.recognition();
        Map<String, Object> row = new HashMap<>();
        row.put(LedgerEntryEntity.SUBJECT_KEY, given.subject().value());
        row.put(LedgerEntryEntity.SPACE_KEY, given.spaceKey());
        row.put(LedgerEntryEntity.GIVEN_ON, day(given.on()));
        row.put(LedgerEntryEntity.ACTIVITY, given.activity());
        row.put(LedgerEntryEntity.GIVEN_MINUTES, given.minutes());
        row.put(LedgerEntryEntity.MEETING_PAGE_ID, given.meetingPageId().isPresent()
                ? given.meetingPageId().getAsLong() : null);
        row.put(LedgerEntryEntity.RECORDED_BY, given.recordedBy());
        row.put(LedgerEntryEntity.RECORDED_AT, given.recordedAt().toEpochMilli());
        row.put(LedgerEntryEntity.RECOGNITION, recognition.type().code());
        row.put(LedgerEntryEntity.AMOUNT_PENCE, recognition.amountPence());
        row.put(LedgerEntryEntity.RECOGNITION_STATE, recognition.state().code());
        row.put(LedgerEntryEntity.PAID_ON, recognition.paidOn().map(AoLedgerStore::day).orElse(null));
        row.put(LedgerEntryEntity.AFFECTS_BENEFITS, recognition.mayAffectBenefits());
        return row;
    }

    private static String period(Set<String> spaces, LocalDate from, LocalDate to, List<Object> parameters) {
        String in = in("SPACE_KEY", List.copyOf(spaces), parameters);
        parameters.add(day(from));
        parameters.add(day(to));
        return in + " AND GIVEN_ON >= ? AND GIVEN_ON <= ?";
    }

    /** {@code (COLUMN IN (?,…) OR COLUMN IN (?,…))}, in lists of at most 500 (Oracle's limit is 1,000). */
    private static String in(String column, Collection<String> values, List<Object> parameters) {
        List<String> list = List.copyOf(values);
        List<String> lists = new ArrayList<>();
        for (int start = 0; start < list.size(); start += IN_LIST) {
            int size = Math.min(IN_LIST, list.size() - start);
            lists.add(column + " IN (" + String.join(",", Collections.nCopies(size, "?")) + ")");
            parameters.addAll(list.subList(start, start + size));
        }
        return "(" + String.join(" OR ", lists) + ")";
    }

    private static Integer day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static Optional<LocalDate> date(Integer yyyymmdd) {
        if (yyyymmdd == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void requirePseudonym(String pseudonym) {
        if (pseudonym == null || !pseudonym.startsWith("erased:")) {
            throw new IllegalArgumentException("not a pseudonym: " + pseudonym);
        }
    }
}
