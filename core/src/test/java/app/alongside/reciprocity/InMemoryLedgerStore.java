package app.alongside.reciprocity;

import app.alongside.perspective.SubjectKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A fake {@link LedgerStore} for core tests: rows in a map, pseudonymised rows kept apart as the real store keeps them. */
public final class InMemoryLedgerStore implements LedgerStore {

    private final Map<Long, LedgerEntry> rows = new LinkedHashMap<>();
    /** Paid money kept after erasure: pseudonym, entry (whose subject is no longer theirs). */
    private final List<Map.Entry<String, LedgerEntry>> kept = new ArrayList<>();
    private long nextId = 1;
    public int sumsCalls;

    @Override
    public List<LedgerEntry> add(List<LedgerEntry> entries) {
        List<LedgerEntry> stored = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            LedgerEntry withId = entry.withId(nextId++);
            rows.put(withId.id(), withId);
            stored.add(withId);
        }
        return stored;
    }

    @Override
    public Optional<LedgerEntry> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public boolean replaceRecognition(long id, Recognition recognition) {
        LedgerEntry entry = rows.get(id);
        if (entry == null) {
            return false;
        }
        rows.put(id, entry.withRecognition(recognition));
        return true;
    }

    @Override
    public boolean delete(long id) {
        return rows.remove(id) != null;
    }

    @Override
    public List<LedgerEntry> of(Set<SubjectKey> subjects, int limit) {
        return sorted(rows.values().stream().filter(e -> subjects.contains(e.given().subject())).toList(), limit);
    }

    @Override
    public List<LedgerEntry> find(LedgerQuery query) {
        return sorted(rows.values().stream().filter(query::matches).toList(), query.limit());
    }

    @Override
    public LedgerSums sums(Set<String> spaces, LocalDate from, LocalDate to) {
        sumsCalls++;
        List<LedgerEntry> in = all().stream().filter(e -> spaces.contains(e.getValue().given().spaceKey())
                && !e.getValue().given().on().isBefore(from) && !e.getValue().given().on().isAfter(to))
                .map(Map.Entry::getValue).toList();
        Set<String> people = new HashSet<>();
        all().stream().filter(e -> in.contains(e.getValue())).forEach(e -> people.add(e.getKey()));
        long minutes = 0;
        long paid = 0;
        long owed = 0;
        int declined = 0;
        List<LedgerSums.PaidDates> dates = new ArrayList<>();
        for (LedgerEntry e : in) {
            Recognition r = e.recognition();
            minutes += e.given().minutes();
            if (r.isOwed()) {
                owed += r.amountPence();
            } else {
                paid += r.amountPence();
                if (r.type().monetary()) {
                    dates.add(new LedgerSums.PaidDates(e.given().on(), r.paidOn().orElseThrow()));
                }
            }
            if (r.type() == RecognitionType.DECLINED) {
                declined++;
            }
        }
        return new LedgerSums(people.size(), in.size(), minutes, paid, owed, declined, dates);
    }

    @Override
    public List<RecognitionDates> recognitionDates(Set<String> spaces, LocalDate from, LocalDate to) {
        return all().stream().map(Map.Entry::getValue).filter(e -> spaces.contains(e.given().spaceKey())
                        && !e.given().on().isBefore(from) && !e.given().on().isAfter(to))
                .map(e -> new RecognitionDates(e.given().on(), e.recognition().paidOn())).toList();
    }

    @Override
    public int erase(SubjectKey subject, String pseudonym) {
        int changed = 0;
        for (var it = rows.values().iterator(); it.hasNext(); ) {
            LedgerEntry entry = it.next();
            if (entry.given().subject().equals(subject)) {
                Recognition r = entry.recognition();
                if (!r.isOwed() && r.type().monetary()) {
                    kept.add(Map.entry(pseudonym, entry));
                }
                it.remove();
                changed++;
            }
        }
        return changed;
    }

    @Override
    public int retire(LocalDate settledBefore, Supplier<String> pseudonyms) {
        Map<SubjectKey, String> bySubject = new HashMap<>();
        int changed = 0;
        for (var it = rows.values().iterator(); it.hasNext(); ) {
            LedgerEntry entry = it.next();
            Recognition r = entry.recognition();
            if (r.isOwed() || !r.paidOn().orElseThrow().isBefore(settledBefore)) {
                continue;
            }
            if (r.type().monetary()) {
                kept.add(Map.entry(bySubject.computeIfAbsent(entry.given().subject(), s -> pseudonyms.get()), entry));
            }
            it.remove();
            changed++;
        }
        return changed;
    }

    @Override
    public int pseudonymiseRecorder(String userKey, String pseudonym) {
        int changed = 0;
        for (Map.Entry<Long, LedgerEntry> row : rows.entrySet()) {
            TimeGiven g = row.getValue().given();
            if (g.recordedBy().equals(userKey)) {
                row.setValue(new LedgerEntry(row.getKey(), new TimeGiven(g.subject(), g.spaceKey(), g.on(),
                        g.activity(), g.minutes(), g.meetingPageId(), pseudonym, g.recordedAt()),
                        row.getValue().recognition()));
                changed++;
            }
        }
        return changed;
    }

    /** Kept rows after erasure, as pseudonym → entry. */
    public List<Map.Entry<String, LedgerEntry>> kept() {
        return List.copyOf(kept);
    }

    private List<Map.Entry<String, LedgerEntry>> all() {
        List<Map.Entry<String, LedgerEntry>> all = new ArrayList<>(kept);
        rows.values().forEach(e -> all.add(Map.entry(e.given().subject().value(), e)));
        return all;
    }

    private static List<LedgerEntry> sorted(List<LedgerEntry> entries, int limit) {
        return entries.stream().sorted(Comparator.comparing((LedgerEntry e) -> e.given().on()).reversed()
                .thenComparing(Comparator.comparingLong(LedgerEntry::id).reversed())).limit(limit).toList();
    }
}
