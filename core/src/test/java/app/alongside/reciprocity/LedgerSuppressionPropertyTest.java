package app.alongside.reciprocity;

import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.SubjectKey;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Over 300 random groups (seeded, so every run is the same): totals are shown exactly when at least k different
 * people gave time in the spaces and period asked about, and then every figure adds up to what was recorded.
 */
public class LedgerSuppressionPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    public void totalsAreShownExactlyWhenAtLeastKPeopleGaveTimeAndThenAddUp() {
        SplittableRandom random = new SplittableRandom(20_261_129L);
        for (int group = 0; group < 300; group++) {
            int k = 2 + random.nextInt(5);
            InMemoryLedgerStore store = new InMemoryLedgerStore();
            Ledger ledger = new Ledger(store, new InMemoryAuditLog(), settings(k),
                    new MutableClock(Instant.parse("2026-11-29T10:00:00Z")), new SplittableRandom(group));
            int people = random.nextInt(9);
            int entries = people == 0 ? 0 : people + random.nextInt(12);
            Set<SubjectKey> inPeriod = new HashSet<>();
            long minutes = 0;
            long owed = 0;
            List<SubjectKey> everyone = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                everyone.add(random.nextBoolean() ? SubjectKey.user("u" + p) : SubjectKey.participantPage(100 + p));
            }
            for (int e = 0; e < entries; e++) {
                SubjectKey who = everyone.get(e < people ? e : random.nextInt(people));
                boolean otherSpace = random.nextInt(5) == 0;
                LocalDate on = TODAY.minusDays(random.nextInt(500));
                int time = 1 + random.nextInt(300);
                long pence = 1 + random.nextInt(10_000);
                assertTrue(ledger.record(LedgerActor.facilitator("fran"), otherSpace ? "OTHER" : "RC", List.of(who),
                        new TimeForm(on.toString(), "Meeting", time + " min", ""),
                        new RecognitionForm("payment", Money.plain(pence), "owed", "", false)).isValid());
                if (!otherSpace && !on.isBefore(TODAY.minusYears(1))) {
                    inPeriod.add(who);
                    minutes += time;
                    owed += pence;
                }
            }

            ReciprocityTotals totals = ledger.totals(Set.of("RC"), TODAY.minusYears(1), TODAY);

            if (inPeriod.size() < k) {
                assertEquals("group " + group, new ReciprocityTotals.NotShown(k), totals);
            } else {
                ReciprocityTotals.Shown shown = (ReciprocityTotals.Shown) totals;
                assertEquals("group " + group, inPeriod.size(), shown.people());
                assertEquals("group " + group, minutes, shown.minutes());
                assertEquals("group " + group, owed, shown.owedPence());
                assertTrue(shown.people() >= k);
            }
        }
    }

    private static SettingsService settings(int k) {
        return new SettingsService(new SettingsRepository() {
            @Override
            public Optional<InvolvementSettings> findGlobal() {
                return Optional.of(new InvolvementSettings(k, InvolvementSettings.DEFAULTS.parityFraction()));
            }

            @Override
            public void saveGlobal(InvolvementSettings settings) {
            }

            @Override
            public Optional<SpaceOverride> findSpace(String spaceKey) {
                return Optional.empty();
            }

            @Override
            public void saveSpace(SpaceOverride override) {
            }
        });
    }
}
