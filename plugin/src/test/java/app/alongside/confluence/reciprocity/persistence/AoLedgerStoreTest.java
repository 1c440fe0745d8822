package app.alongside.confluence.reciprocity.persistence;

import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.LedgerQuery;
import app.alongside.reciprocity.LedgerSums;
import app.alongside.reciprocity.Recognition;
import app.alongside.reciprocity.RecognitionDates;
import app.alongside.reciprocity.RecognitionType;
import app.alongside.reciprocity.TimeGiven;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The ledger on a real database: H2, or PostgreSQL with -Dalongside.db=postgres. */
public class AoLedgerStoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(LedgerEntryEntity.class);

    private static final SubjectKey ALEX = SubjectKey.user("u-alex");
    private static final SubjectKey SAM = SubjectKey.participantPage(4242);
    private static final SubjectKey JO = SubjectKey.user("u-jo");
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    private final AoLedgerStore store = new AoLedgerStore(AO.activeObjects());

    @Test
    public void anEntryComesBackAsStoredWithEveryFieldIncludingHostileText() {
        LedgerEntry entry = new LedgerEntry(0, new TimeGiven(SAM, "RC", OCT_1,
                "Panel “café” 🙂 <script>'; DROP TABLE x;--", 90, OptionalLong.of(98_304_000_000L), "u-fran",
                Instant.parse("2026-10-01T18:30:00.123Z")),
                new Recognition(RecognitionType.VOUCHER, 2_550, app.alongside.reciprocity.RecognitionState.PAID,
                        Optional.of(OCT_1.plusDays(3)), true));

        LedgerEntry stored = store.add(List.of(entry)).get(0);

        assertTrue(stored.id() > 0);
        assertEquals(entry.withId(stored.id()), stored);
        assertEquals(Optional.of(stored), store.find(stored.id()));
    }

    @Test
    public void manyPeopleAreAddedTogetherInOrderWithTheirOwnIds() {
        List<LedgerEntry> stored = store.add(List.of(owed(ALEX, OCT_1, 60, 1000), owed(SAM, OCT_1, 60, 1000),
                owed(JO, OCT_1, 60, 1000)));

        assertEquals(List.of(ALEX, SAM, JO), stored.stream().map(e -> e.given().subject()).toList());
        assertEquals(3, stored.stream().map(LedgerEntry::id).distinct().count());
    }

    @Test
    public void aPersonsEntriesComeNewestGivenFirstAndNobodyElses() {
        store.add(List.of(owed(ALEX, OCT_1, 60, 100), owed(SAM, OCT_1.plusDays(1), 60, 100),
                owed(ALEX, OCT_1.plusDays(5), 30, 100)));

        List<LedgerEntry> own = store.of(Set.of(ALEX), 10);

        assertEquals(List.of(OCT_1.plusDays(5), OCT_1), own.stream().map(e -> e.given().on()).toList());
        assertEquals(List.of(), store.of(Set.of(SubjectKey.user("u-nobody")), 10));
    }

    @Test
    public void aQueryFiltersBySpacePeriodAndPerson() {
        store.add(List.of(owed(ALEX, OCT_1, 60, 100), owed(SAM, OCT_1.plusDays(10), 60, 100),
                inSpace(owed(ALEX, OCT_1.plusDays(20), 60, 100), "OTHER")));

        assertEquals(2, store.find(new LedgerQuery(Set.of("RC"), Optional.empty(), Optional.empty(),
                Optional.empty(), 10)).size());
        assertEquals(List.of(SAM), store.find(new LedgerQuery(Set.of(), Optional.of(OCT_1.plusDays(5)),
                Optional.of(OCT_1.plusDays(15)), Optional.empty(), 10)).stream().map(e -> e.given().subject())
                .toList());
        assertEquals(2, store.find(new LedgerQuery(Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(ALEX), 10)).size());
        assertEquals(1, store.find(new LedgerQuery(Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1)).size());
    }

    @Test
    public void recognitionIsReplacedAndAnEntryDeleted() {
        LedgerEntry entry = store.add(List.of(owed(ALEX, OCT_1, 60, 1500))).get(0);
        Recognition paid = entry.recognition().paid(OCT_1.plusDays(2));

        assertTrue(store.replaceRecognition(entry.id(), paid));
        assertEquals(paid, store.find(entry.id()).orElseThrow().recognition());
        assertTrue(store.delete(entry.id()));
        assertEquals(Optional.empty(), store.find(entry.id()));
        assertFalse(store.delete(entry.id()));
        assertFalse(store.replaceRecognition(entry.id(), paid));
        assertFalse(store.replaceRecognition(Long.MAX_VALUE, paid));
    }

    @Test
    public void sumsCountDistinctPeopleAndAddUpMoneyInThePeriodAndSpacesOnly() {
        store.add(List.of(paid(ALEX, OCT_1, 60, 1000, 4), paid(SAM, OCT_1, 60, 1000, 10),
                owed(ALEX, OCT_1.plusDays(1), 30, 500), declined(JO, OCT_1.plusDays(2), 120),
                inSpace(owed(JO, OCT_1, 60, 9999), "OTHER"), owed(JO, OCT_1.minusDays(1), 60, 7777)));

        LedgerSums sums = store.sums(Set.of("RC"), OCT_1, OCT_1.plusDays(30));

        assertEquals(3, sums.people());
        assertEquals(4, sums.contributions());
        assertEquals(270, sums.minutes());
        assertEquals(2000, sums.paidPence());
        assertEquals(500, sums.owedPence());
        assertEquals(1, sums.declined());
        assertEquals(Set.of(new LedgerSums.PaidDates(OCT_1, OCT_1.plusDays(4)),
                new LedgerSums.PaidDates(OCT_1, OCT_1.plusDays(10))), Set.copyOf(sums.paid()));
        assertEquals(LedgerSums.NONE, store.sums(Set.of("NONE"), OCT_1, OCT_1));
    }

    @Test
    public void recognitionDatesGiveWhenGivenAndWhenRecognisedButNeverWho() {
        store.add(List.of(paid(ALEX, OCT_1, 60, 1000, 4), owed(SAM, OCT_1, 60, 100),
                declined(JO, OCT_1.plusDays(2), 120)));

        assertEquals(Set.of(new RecognitionDates(OCT_1, Optional.of(OCT_1.plusDays(4))),
                        new RecognitionDates(OCT_1, Optional.empty()),
                        new RecognitionDates(OCT_1.plusDays(2), Optional.of(OCT_1.plusDays(2)))),
                Set.copyOf(store.recognitionDates(Set.of("RC"), OCT_1, OCT_1.plusDays(5))));
    }

    @Test
    public void erasureDeletesAllButPaidMoneyWhichStaysInTotalsUnderThePseudonymOnly() {
        store.add(List.of(paid(ALEX, OCT_1, 60, 1000, 4), owed(ALEX, OCT_1, 30, 500), declined(ALEX, OCT_1, 20),
                owed(SAM, OCT_1, 60, 100)));

        assertEquals(3, store.erase(ALEX, "erased:0123456789ab"));

        assertEquals(List.of(), store.of(Set.of(ALEX), 10));
        assertEquals(List.of(SAM), store.find(LedgerQuery.all()).stream().map(e -> e.given().subject()).toList());
        LedgerSums sums = store.sums(Set.of("RC"), OCT_1, OCT_1);
        assertEquals(2, sums.people());
        assertEquals(1000, sums.paidPence());
        LedgerEntryEntity kept = AO.activeObjects().find(LedgerEntryEntity.class,
                "SUBJECT_KEY = ?", "erased:0123456789ab")[0];
        assertEquals(AoLedgerStore.ERASED_ACTIVITY, kept.getActivity());
        assertFalse(kept.isAffectsBenefits());
        assertEquals(Optional.empty(), store.find(kept.getID()));
        assertFalse("a kept row is no one's to delete", store.delete(kept.getID()));
    }

    @Test
    public void retentionDeletesWhatWasSettledBeforeTheDayAndKeepsPaidMoneyUnderOnePseudonymPerPerson() {
        store.add(List.of(paid(ALEX, OCT_1, 60, 1000, 4), paid(ALEX, OCT_1, 60, 500, 5), paid(SAM, OCT_1, 60, 700, 3),
                declined(JO, OCT_1, 20), owed(JO, OCT_1, 30, 500), paid(JO, OCT_1, 30, 500, 20),
                paid(SubjectKey.user("u-gone"), OCT_1, 60, 300, 1)));
        store.erase(SubjectKey.user("u-gone"), "erased:000000000000");
        java.util.Iterator<String> pseudonyms = List.of("erased:aaaaaaaaaaaa", "erased:bbbbbbbbbbbb").iterator();

        assertEquals(4, store.retire(OCT_1.plusDays(10), pseudonyms::next));

        assertEquals(List.of(JO, JO), store.find(LedgerQuery.all()).stream().map(e -> e.given().subject()).toList());
        assertEquals("an erased row is left as it was", 1, AO.activeObjects().count(LedgerEntryEntity.class,
                "SUBJECT_KEY = ?", "erased:000000000000"));
        assertEquals(Set.of(2, 1), Set.of(
                AO.activeObjects().count(LedgerEntryEntity.class, "SUBJECT_KEY = ?", "erased:aaaaaaaaaaaa"),
                AO.activeObjects().count(LedgerEntryEntity.class, "SUBJECT_KEY = ?", "erased:bbbbbbbbbbbb")));
        LedgerSums sums = store.sums(Set.of("RC"), OCT_1, OCT_1);
        assertEquals(4, sums.people());
        assertEquals(1000 + 500 + 700 + 500 + 300, sums.paidPence());
        for (LedgerEntryEntity kept : AO.activeObjects().find(LedgerEntryEntity.class, "SUBJECT_KEY LIKE ?",
                "erased:%")) {
            assertEquals(AoLedgerStore.ERASED_ACTIVITY, kept.getActivity());
            assertFalse(kept.isAffectsBenefits());
        }
    }

    @Test
    public void erasingARecorderReplacesTheirKeyOnly() {
        store.add(List.of(owed(SAM, OCT_1, 60, 100)));

        assertEquals(1, store.pseudonymiseRecorder("u-fran", "erased:aaaaaaaaaaaa"));

        assertEquals("erased:aaaaaaaaaaaa", store.find(LedgerQuery.all()).get(0).given().recordedBy());
    }

    @Test
    public void anUnreadableRowIsLeftOutNotFatal() {
        LedgerEntry entry = store.add(List.of(owed(ALEX, OCT_1, 60, 100))).get(0);
        LedgerEntryEntity row = AO.activeObjects().get(LedgerEntryEntity.class, (int) entry.id());
        row.setRecognition("gold-bars");
        row.save();

        assertEquals(List.of(), store.of(Set.of(ALEX), 10));
    }

    static LedgerEntry owed(SubjectKey who, LocalDate on, int minutes, long pence) {
        return new LedgerEntry(0, new TimeGiven(who, "RC", on, "Panel", minutes, OptionalLong.empty(), "u-fran",
                Instant.parse("2026-10-01T12:00:00Z")), Recognition.owed(RecognitionType.PAYMENT, pence, false));
    }

    static LedgerEntry paid(SubjectKey who, LocalDate on, int minutes, long pence, int afterDays) {
        LedgerEntry owed = owed(who, on, minutes, pence);
        return owed.withRecognition(owed.recognition().paid(on.plusDays(afterDays)));
    }

    static LedgerEntry declined(SubjectKey who, LocalDate on, int minutes) {
        LedgerEntry owed = owed(who, on, minutes, 0);
        return owed.withRecognition(new Recognition(RecognitionType.DECLINED, 0,
                app.alongside.reciprocity.RecognitionState.PAID, Optional.of(on), false));
    }

    static LedgerEntry inSpace(LedgerEntry entry, String space) {
        TimeGiven g = entry.given();
        return new LedgerEntry(0, new TimeGiven(g.subject(), space, g.on(), g.activity(), g.minutes(),
                g.meetingPageId(), g.recordedBy(), g.recordedAt()), entry.recognition());
    }
}
