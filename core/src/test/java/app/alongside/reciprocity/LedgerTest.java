package app.alongside.reciprocity;

import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.SubjectKey;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class LedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final SubjectKey ALEX = SubjectKey.user("u-alex");
    private static final SubjectKey SAM = SubjectKey.participantPage(4242);
    private static final SubjectKey JO = SubjectKey.user("u-jo");
    private static final LedgerActor FRAN = LedgerActor.facilitator("u-fran");
    private static final LedgerActor ALEX_ASKS = LedgerActor.person("u-alex");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-20T10:00:00Z"));
    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Map<String, SpaceOverride> overrides = new HashMap<>();
    private final Ledger ledger = new Ledger(store, audit, new SettingsService(new Settings()), clock,
            new SplittableRandom(7));

    @Test
    public void aFacilitatorRecordsOneEntryPerPersonAndEachIsAudited() {
        Validated<List<LedgerEntry>> recorded = record(List.of(ALEX, SAM, ALEX), "2026-10-14", "1.5 hours",
                payment("£15", "owed", ""));

        assertEquals(2, recorded.get().size());
        assertEquals(List.of(ALEX, SAM), recorded.get().stream().map(e -> e.given().subject()).toList());
        assertEquals(90, recorded.get().get(0).given().minutes());
        assertEquals("u-fran", recorded.get().get(0).given().recordedBy());
        assertEquals(List.of(AuditAction.LEDGER_RECORDED, AuditAction.LEDGER_RECORDED),
                audit.entries().stream().map(AuditEntry::action).toList());
        assertFalse("the log holds no amount", audit.mentions("15"));
    }

    @Test
    public void nothingIsRecordedWhenAnyFieldIsWrongAndEveryProblemIsSaid() {
        Validated<List<LedgerEntry>> recorded = record(List.of(), "yesterday-ish", "forever",
                payment("-£3", "owed", ""));

        assertEquals(List.of("people", "date", "time", "amount"),
                recorded.problems().stream().map(Problem::field).toList());
        assertEquals(List.of(), store.find(LedgerQuery.all()));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    public void onlyFacilitatorsRecordChangeDeleteListOrExport() {
        assertThrows(NotPermitted.class, () -> ledger.record(ALEX_ASKS, "RC", List.of(ALEX),
                new TimeForm("2026-10-14", "Panel", "1 hour", ""), payment("£10", "owed", "")));
        long id = record(List.of(SAM), "2026-10-14", "1 hour", payment("£10", "owed", "")).get().get(0).id();
        assertThrows(NotPermitted.class, () -> ledger.recognise(ALEX_ASKS, id, payment("£10", "paid", "")));
        assertThrows(NotPermitted.class, () -> ledger.markPaid(ALEX_ASKS, id, ""));
        assertThrows(NotPermitted.class, () -> ledger.delete(ALEX_ASKS, id));
        assertThrows(NotPermitted.class, () -> ledger.entries(ALEX_ASKS, LedgerQuery.all()));
        assertThrows(NotPermitted.class, () -> ledger.export(ALEX_ASKS, LedgerQuery.all()));
    }

    @Test
    public void aPersonReadsTheirOwnEntriesOnlyAndThatIsNotAudited() {
        record(List.of(ALEX, SAM), "2026-10-14", "1 hour", payment("£10", "owed", ""));
        int logged = audit.entries().size();

        List<LedgerEntry> own = ledger.own(ALEX_ASKS);

        assertEquals(List.of(ALEX), own.stream().map(e -> e.given().subject()).toList());
        assertEquals(logged, audit.entries().size());
    }

    @Test
    public void aPersonKnownBothByAccountAndParticipantPageSeesBoth() {
        record(List.of(ALEX, SAM, JO), "2026-10-14", "1 hour", payment("£10", "owed", ""));

        List<LedgerEntry> own = ledger.own(new LedgerActor("u-alex", Set.of(ALEX, SAM), false));

        assertEquals(Set.of(ALEX, SAM), Set.copyOf(own.stream().map(e -> e.given().subject()).toList()));
    }

    @Test
    public void oneEntryIsShownToItsPersonAndToFacilitatorsOnly() {
        long id = record(List.of(SAM), "2026-10-14", "1 hour", payment("£10", "owed", "")).get().get(0).id();

        assertEquals(Optional.empty(), ledger.entry(ALEX_ASKS, id));
        assertTrue(ledger.entry(new LedgerActor("u-sam", Set.of(SAM), false), id).isPresent());
        assertTrue(ledger.entry(FRAN, id).isPresent());
        assertEquals(AuditAction.LEDGER_READ, audit.last().action());
        assertEquals(SAM.value(), audit.last().subject());
    }

    @Test
    public void aFacilitatorListingEntriesLeavesOneReadPerPersonInTheLog() {
        record(List.of(ALEX, SAM), "2026-10-14", "1 hour", payment("£10", "owed", ""));
        record(List.of(ALEX), "2026-10-15", "1 hour", payment("£10", "owed", ""));
        int before = audit.entries().size();

        List<LedgerEntry> all = ledger.entries(FRAN, LedgerQuery.all());

        assertEquals(3, all.size());
        List<AuditEntry> reads = audit.entries().subList(before, audit.entries().size());
        assertEquals(Map.of(ALEX.value(), "2 entries listed", SAM.value(), "1 entry listed"),
                Map.of(reads.get(0).subject(), reads.get(0).detail(), reads.get(1).subject(), reads.get(1).detail()));
    }

    @Test
    public void exportIsAuditedAsAnExport() {
        record(List.of(ALEX), "2026-10-14", "1 hour", payment("£10", "owed", ""));

        ledger.export(FRAN, LedgerQuery.all());

        assertEquals(AuditAction.LEDGER_EXPORTED, audit.last().action());
    }

    @Test
    public void markingPaidKeepsTypeAmountAndFlagAndDatesItToday() {
        long id = record(List.of(ALEX), "2026-10-14", "1 hour",
                new RecognitionForm("voucher", "£25", "owed", "", true)).get().get(0).id();

        LedgerEntry paid = ledger.markPaid(FRAN, id, "").get();

        assertEquals(new Recognition(RecognitionType.VOUCHER, 2500, RecognitionState.PAID, Optional.of(TODAY), true),
                paid.recognition());
        assertEquals(paid, store.find(id).orElseThrow());
        assertEquals(AuditAction.LEDGER_CHANGED, audit.last().action());
    }

    @Test
    public void changingRecognitionToAnImpossibleDayIsAProblemAndChangesNothing() {
        LedgerEntry entry = record(List.of(ALEX), "2026-10-14", "1 hour", payment("£10", "owed", "")).get().get(0);

        Validated<LedgerEntry> changed = ledger.recognise(FRAN, entry.id(), payment("£10", "paid", "2026-10-01"));

        assertEquals("paidOn", changed.problems().get(0).field());
        assertEquals(entry, store.find(entry.id()).orElseThrow());
    }

    @Test
    public void changingAnEntryThatIsGoneIsAProblemOnItsId() {
        assertEquals(List.of(Problem.of("id", "alongside.ledger.error.notFound")),
                ledger.recognise(FRAN, 999, payment("£10", "paid", "")).problems());
        assertEquals(List.of(Problem.of("id", "alongside.ledger.error.notFound")),
                ledger.markPaid(FRAN, 999, "").problems());
        assertFalse(ledger.delete(FRAN, 999));
    }

    @Test
    public void deletingAnEntryRemovesItAndIsAudited() {
        long id = record(List.of(ALEX), "2026-10-14", "1 hour", payment("£10", "owed", "")).get().get(0).id();

        assertTrue(ledger.delete(FRAN, id));

        assertEquals(Optional.empty(), store.find(id));
        assertEquals(AuditAction.LEDGER_DELETED, audit.last().action());
    }

    @Test
    public void totalsAreNotShownWhenFewerThanKPeopleGaveTime() {
        record(List.of(ALEX, SAM), "2026-10-14", "1 hour", payment("£10", "paid", "2026-10-16"));

        assertEquals(new ReciprocityTotals.NotShown(3), totals());
    }

    @Test
    public void totalsAddUpMinutesMoneyAndDeclinesAndGiveTheMedianDaysToPay() {
        record(List.of(ALEX, SAM), "2026-10-01", "1 hour", payment("£10", "paid", "2026-10-05")); // 4 days
        record(List.of(JO), "2026-10-02", "30 min", payment("£5", "paid", "2026-10-12")); // 10 days
        record(List.of(JO), "2026-10-03", "2 hours", payment("£20", "owed", ""));
        record(List.of(ALEX), "2026-10-04", "1 hour", new RecognitionForm("declined", "", "", "", false));

        ReciprocityTotals totals = totals();

        assertEquals(new ReciprocityTotals.Shown(3, 5, 60 + 60 + 30 + 120 + 60, 2500, 2000, 1, OptionalInt.of(4)),
                totals);
    }

    @Test
    public void theStrictestThresholdOfTheSpacesApplies() {
        overrides.put("RC", new SpaceOverride("RC", Optional.of(5), Optional.empty()));
        record(List.of(ALEX, SAM, JO), "2026-10-14", "1 hour", payment("£10", "owed", ""));

        assertEquals(new ReciprocityTotals.NotShown(5), ledger.totals(Set.of("RC", "OTHER"),
                LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    public void totalsForNoSpacesAskTheStoreNothing() {
        assertEquals(new ReciprocityTotals.NotShown(3), ledger.totals(Set.of(), LocalDate.of(2026, 1, 1), TODAY));
        assertEquals(0, store.sumsCalls);
    }

    @Test
    public void theMedianOfAnEvenCountIsTheLowerMiddle() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertEquals(OptionalInt.of(2), Ledger.median(List.of(new LedgerSums.PaidDates(d, d.plusDays(9)),
                new LedgerSums.PaidDates(d, d.plusDays(2)), new LedgerSums.PaidDates(d, d.plusDays(1)),
                new LedgerSums.PaidDates(d, d.plusDays(5)))));
        assertEquals(OptionalInt.empty(), Ledger.median(List.of()));
    }

    @Test
    public void recognitionByMonthSortsEveryEntryIntoOneStateByTheMonthItWasGiven() {
        // 30 days to recognise; today is 20 October.
        record(List.of(ALEX), "2026-08-01", "1 hour", payment("£10", "paid", "2026-08-20")); // August, in time
        record(List.of(SAM), "2026-08-02", "1 hour", payment("£10", "paid", "2026-09-20")); // August, late
        record(List.of(JO), "2026-09-01", "1 hour", payment("£10", "owed", "")); // September, overdue
        record(List.of(ALEX), "2026-09-25", "1 hour", payment("£10", "owed", "")); // due 25 Oct: soon
        record(List.of(SAM), "2026-10-14", "1 hour", payment("£10", "owed", "")); // due 13 Nov: not yet
        record(List.of(JO), "2026-10-14", "1 hour", new RecognitionForm("declined", "", "", "", false)); // in time

        List<RecognitionMonth> months = ledger.recognitionByMonth(Set.of("RC"), LocalDate.of(2026, 1, 1), TODAY,
                30, TODAY);

        assertEquals(List.of(new RecognitionMonth(YearMonth.of(2026, 8), 1, 1, 0, 0, 0),
                new RecognitionMonth(YearMonth.of(2026, 9), 0, 0, 1, 1, 0),
                new RecognitionMonth(YearMonth.of(2026, 10), 1, 0, 0, 0, 1)), months);
    }

    @Test
    public void erasureDeletesTheOwedAndKeepsPaidMoneyUnderAPseudonym() {
        record(List.of(ALEX), "2026-10-01", "1 hour", payment("£10", "paid", "2026-10-05"));
        record(List.of(ALEX), "2026-10-02", "1 hour", payment("£10", "owed", ""));
        record(List.of(SAM), "2026-10-02", "1 hour", payment("£10", "owed", ""));

        assertEquals(2, ledger.erase("admin", ALEX));

        assertEquals(List.of(), ledger.own(ALEX_ASKS));
        assertEquals(1, store.kept().size());
        assertTrue(store.kept().get(0).getKey().matches("erased:[0-9a-f]{12}"));
        assertEquals(AuditAction.LEDGER_ERASED, audit.last().action());
        assertEquals(1, ledger.entries(FRAN, LedgerQuery.all()).size());
    }

    @Test
    public void erasingAFacilitatorReplacesTheirNameWhereTheyRecordedOthersTime() {
        record(List.of(SAM), "2026-10-01", "1 hour", payment("£10", "owed", ""));

        ledger.erase("admin", SubjectKey.user("u-fran"));

        assertTrue(store.find(LedgerQuery.all()).get(0).given().recordedBy().startsWith("erased:"));
    }

    @Test
    public void erasingSomeoneWithNoEntriesLogsNothing() {
        assertEquals(0, ledger.erase("admin", JO));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    public void retentionDeletesSettledEntriesBeforeTheCutoffKeepingPaidMoneyWithoutANameAndLeavesOwedOnes() {
        record(List.of(ALEX, JO, SAM), "2026-03-01", "1 hour", payment("£10", "paid", "2026-03-05"));
        record(List.of(ALEX), "2026-03-02", "1 hour", new RecognitionForm("declined", "", "", "", false));
        record(List.of(ALEX), "2026-03-03", "1 hour", new RecognitionForm("training", "", "paid", "2026-03-10", false));
        record(List.of(ALEX), "2026-03-04", "1 hour", payment("£10", "owed", ""));
        record(List.of(ALEX), "2026-03-04", "1 hour", payment("£10", "paid", "2026-10-01"));
        ReciprocityTotals before = totals();

        int rows = ledger.applyRetention("admin", Instant.parse("2026-04-20T10:00:00Z"));

        assertEquals(5, rows);
        assertEquals(List.of("owed", "paid"), ledger.own(ALEX_ASKS).stream()
                .map(e -> e.recognition().state().code()).sorted().toList());
        assertEquals(3, store.kept().size());
        assertEquals("one pseudonym per person, so totals still count people", 3,
                store.kept().stream().map(Map.Entry::getKey).distinct().count());
        assertTrue(store.kept().stream().allMatch(k -> k.getKey().matches("erased:[0-9a-f]{12}")));
        AuditEntry logged = audit.last();
        assertEquals(AuditAction.RETENTION_APPLIED, logged.action());
        assertEquals(Ledger.RETENTION_SUBJECT, logged.subject());
        assertEquals("ledger: 5 entries settled before 2026-04-20 deleted or pseudonymised", logged.detail());
        ReciprocityTotals.Shown after = (ReciprocityTotals.Shown) totals();
        assertEquals("money paid and owed still adds up", List.of(4000L, 1000L, OptionalInt.of(4)),
                List.of(after.paidPence(), after.owedPence(), after.medianDaysToPay()));
        assertEquals(((ReciprocityTotals.Shown) before).paidPence(), after.paidPence());
    }

    private ReciprocityTotals totals() {
        return ledger.totals(Set.of("RC"), LocalDate.of(2026, 1, 1), TODAY);
    }

    private Validated<List<LedgerEntry>> record(List<SubjectKey> people, String date, String time,
                                                RecognitionForm recognition) {
        return ledger.record(FRAN, "RC", people, new TimeForm(date, "Panel", time, ""), recognition);
    }

    private static RecognitionForm payment(String amount, String state, String paidOn) {
        return new RecognitionForm("payment", amount, state, paidOn, false);
    }

    private final class Settings implements SettingsRepository {
        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
        }

        @Override
        public void saveGlobal(InvolvementSettings settings) {
        }

        @Override
        public Optional<SpaceOverride> findSpace(String spaceKey) {
            return Optional.ofNullable(overrides.get(spaceKey));
        }

        @Override
        public void saveSpace(SpaceOverride override) {
        }
    }
}
