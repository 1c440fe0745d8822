package app.alongside.confluence.perspective.persistence;

import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.signing.Signing;
import app.alongside.confluence.charter.persistence.AoCheckInStore;
import app.alongside.confluence.charter.persistence.AoSignatureStore;
import app.alongside.confluence.charter.persistence.CharterSignatureEntity;
import app.alongside.confluence.charter.persistence.CheckInMarkEntity;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.meeting.persistence.AoMeetingIndex;
import app.alongside.confluence.meeting.persistence.MeetingChairEntity;
import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedPage;
import app.alongside.meeting.Meeting;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.people.PersonRef;
import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.MutableClock;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.confluence.reciprocity.persistence.AoLedgerStore;
import app.alongside.confluence.reciprocity.persistence.LedgerEntryEntity;
import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.reciprocity.Ledger;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.TimeForm;
import app.alongside.settings.SettingsService;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import net.java.ao.RawEntity;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.w3c.dom.Element;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * After erasure through core's real {@link PerspectiveService} and {@link CheckIns#eraseUser} (the check-in
 * "responded" marks) over the Active Objects stores, no table of the app
 * holds the person's key: every table whose name starts with the app's prefix (found through JDBC metadata, so a
 * table added later is scanned too, as long as its entity is in the descriptor's {@code <ao>} block), every column
 * of every row. On H2, and on PostgreSQL with -Dalongside.db=postgres.
 *
 * <p>The only tables allowed to still name a person are the indexes derived from pages, named here with the reason:
 * they mirror what the pages show (who took part in a decision, who said what, a participant page's linked
 * account, who signed a charter, who chaired a meeting), and erasure keeps pages and the decisions on them by design; the next save or
 * rebuild copies the pages again. Erasure removes private data: declarations, consent history, the person's
 * identity in the audit log, and the marks saying they took part in a charter's anonymous check-in (the anonymous
 * answers stay: they never named anyone).</p>
 */
public class ErasureLeavesNoTraceTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(everyEntityInTheDescriptor());

    /** Page-derived index tables, which keep what the pages show. */
    private static final Map<Class<? extends RawEntity<?>>, String> MIRRORS_OF_PAGES = Map.of(
            DecisionPersonEntity.class, "who took part at each stage, as the decision's page lists them",
            ContributionEntity.class, "who said what, as the decision's page records it",
            ParticipantEntity.class, "the account a participant page links, as the page shows it",
            CharterSignatureEntity.class, "who signed a charter: a public act the charter page shows to its group",
            MeetingChairEntity.class, "who chaired a meeting, as the meeting's notes record it");

    private static final String ALEX = "u-alex-7f3e91";
    private static final String FACILITATOR = "u-fran-02b4c8";
    private static final String ADMIN = "u-admin-5d0a17";
    private static final long SAMS_PAGE = 424_242_421L;
    private static final SubjectKey SAM = SubjectKey.participantPage(SAMS_PAGE);
    private static final long CHARTER_PAGE = 515_151L;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private final AoPerspectiveStore store = new AoPerspectiveStore(AO.activeObjects());
    private final AoAuditLog audit = new AoAuditLog(AO.activeObjects());
    private final PerspectiveService service = new PerspectiveService(store, audit, clock);
    private final CheckIns checkIns = new CheckIns(new AoCheckInStore(AO.activeObjects()));
    private final Signing signing = new Signing(new AoSignatureStore(AO.activeObjects()), clock);
    private final AoLedgerStore ledgerStore = new AoLedgerStore(AO.activeObjects());
    private final Ledger ledger = new Ledger(ledgerStore, audit, new SettingsService(
            new AoSettingsRepository(AO.activeObjects())), clock);
    private final app.alongside.signal.Acknowledgements acknowledgements = new app.alongside.signal.Acknowledgements(
            new app.alongside.confluence.signal.persistence.AoAcknowledgementStore(AO.activeObjects()), clock);

    @Test
    public void erasingAUserLeavesTheirKeyOnlyWhereThePagesShowIt() throws SQLException {
        recordEverythingAboutAlexAndSam();
        assertEquals("the scan finds the key before erasure, so its silence after means something",
                Set.of("AUDIT_ENTRY", "CONSENT_EVENT", "DECLARATION", "CONTRIBUTION", "DECISION_PERSON",
                        "PARTICIPANT", "CHARTER_SIGNATURE", "CHECKIN_MARK", "MEETING_CHAIR", "LEDGER_ENTRY",
                        "SIGNAL_ACK"), withoutPrefix(tablesHolding(ALEX).keySet()));

        String pseudonym = eraseEverywhere(SubjectKey.user(ALEX));

        Map<String, List<String>> holding = tablesHolding(ALEX);
        assertEquals("only page-derived indexes still name them: " + holding, pageDerivedTables(),
                holding.keySet());
        assertEquals(Optional.empty(), store.current(SubjectKey.user(ALEX)));
        assertEquals(List.of(), store.history(SubjectKey.user(ALEX)));
        assertTrue("the log keeps what happened, under the pseudonym",
                audit.about(pseudonym, 100).stream().anyMatch(e -> e.action() == AuditAction.DECLARED));
        assertTrue("Sam's data is untouched", store.current(SAM).isPresent());
        assertTrue("what Alex did to Sam's data is still logged, by the pseudonym",
                audit.about(SAM.value(), 100).stream().anyMatch(e -> e.actor().equals(pseudonym)));
        assertEquals("Alex's owed entry is gone and the paid one is no longer theirs", List.of(),
                ledgerStore.of(Set.of(SubjectKey.user(ALEX)), 10));
        assertEquals("the paid payment still counts in the group's totals", 1500,
                ledgerStore.sums(Set.of("RC"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)).paidPence());
        assertEquals("Sam's ledger entry is untouched", 1, ledgerStore.of(Set.of(SAM), 10).size());
    }

    @Test
    public void erasingAFacilitatorKeepsWhatTheyRecordedForOthersButNotTheirName() throws SQLException {
        recordEverythingAboutAlexAndSam();
        assertEquals("the facilitator recorded Sam's declaration, so the scan finds them first",
                Set.of("AUDIT_ENTRY", "CONSENT_EVENT", "DECLARATION", "LEDGER_ENTRY"),
                withoutPrefix(tablesHolding(FACILITATOR).keySet()));

        String pseudonym = eraseEverywhere(SubjectKey.user(FACILITATOR));

        assertEquals(Map.of(), tablesHolding(FACILITATOR));
        assertEquals(pseudonym, store.current(SAM).orElseThrow().recordedBy());
        assertEquals(pseudonym, store.history(SAM).get(0).by());
        assertEquals("the facilitator's pseudonym is in the ledger, not their key", 1,
                ledgerStore.of(Set.of(SAM), 10).stream().filter(e -> e.given().recordedBy().startsWith("erased:"))
                        .count());
    }

    @Test
    public void erasingAPersonWithoutAnAccountLeavesTheirKeyNowhere() throws SQLException {
        recordEverythingAboutAlexAndSam();
        assertEquals(Set.of("AUDIT_ENTRY", "CONSENT_EVENT", "DECLARATION", "LEDGER_ENTRY"),
                withoutPrefix(tablesHolding(SAM.value()).keySet()));

        eraseEverywhere(SAM);

        assertEquals(Map.of(), tablesHolding(SAM.value()));
        assertTrue("Alex's data is untouched", store.current(SubjectKey.user(ALEX)).isPresent());
    }

    @Test
    public void retentionDeletesPrivateRowsAndAuditEntriesOlderThanThePeriodOnly() throws SQLException {
        recordEverythingAboutAlexAndSam(); // on 1 June 2026
        clock.advance(Duration.ofDays(200));
        assertTrue(service.declareOwn("u-newer", DeclarationForm.own(List.of("community-partner"), true, "", false))
                .value().isPresent());
        clock.advance(Duration.ofDays(30));

        var result = service.applyRetention(ADMIN, java.time.Period.ofMonths(6)).value().orElseThrow();
        int ledgerRows = ledger.applyRetention(ADMIN, result.cutoff());

        assertEquals("six months before 17 January 2027", Instant.parse("2026-07-17T09:05:00Z"), result.cutoff());
        // Retention is the perspectives' policy; a check-in mark holds no perspective and goes with erasure, and an
        // acknowledged signal is the group's note shown on the page, whose name goes with erasure.
        String marks = AO.tableName(CheckInMarkEntity.class);
        // The ledger keeps what is still owed, whatever its age; paid money stays without a name (docs/privacy.md).
        assertEquals("Alex's paid payment lost its name", 1, ledgerRows);
        assertEquals(List.of(app.alongside.reciprocity.RecognitionState.OWED), ledgerStore.of(
                Set.of(SubjectKey.user(ALEX), SAM), 10).stream().map(e -> e.recognition().state()).distinct().toList());
        String ledgerTable = AO.tableName(LedgerEntryEntity.class);
        String acknowledged = AO.tableName(app.alongside.confluence.signal.persistence.AcknowledgementEntity.class);
        assertEquals(Map.of(), tablesHolding(ALEX).entrySet().stream()
                .filter(e -> !pageDerivedTables().contains(e.getKey()) && !e.getKey().equals(marks)
                        && !e.getKey().equals(ledgerTable) && !e.getKey().equals(acknowledged))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(Map.of(), tablesHolding(SAM.value()).entrySet().stream()
                .filter(e -> !e.getKey().equals(ledgerTable))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertTrue(store.current(SubjectKey.user("u-newer")).isPresent());
        assertEquals(1, store.history(SubjectKey.user("u-newer")).size());
        List<AuditEntry> left = audit.newest(Optional.empty(), 100);
        assertEquals(List.of(AuditAction.RETENTION_APPLIED, AuditAction.RETENTION_APPLIED, AuditAction.DECLARED),
                left.stream().map(AuditEntry::action).toList());
        assertTrue(result.privateRowsDeleted() > 0 && result.auditEntriesDeleted() > 0);
    }

    /**
     * What erasing a person must call: the perspective service, and for a person with an account the check-in
     * marks and their name on acknowledged signals (charter signatures stay, as the page shows them; so do the
     * group's notes on acknowledged signals, without the name).
     */
    private String eraseEverywhere(SubjectKey subject) {
        ledger.erase(ADMIN, subject); // first, so its audit entry is pseudonymised with the rest
        String pseudonym = service.erase(ADMIN, subject);
        subject.userKey().ifPresent(checkIns::eraseUser);
        subject.userKey().ifPresent(acknowledgements::eraseUser);
        return pseudonym;
    }

    @Test
    public void erasureKeepsTheAnonymousCheckInAnswersAndTheirCount() throws SQLException {
        recordEverythingAboutAlexAndSam();

        eraseEverywhere(SubjectKey.user(ALEX));

        var trend = checkIns.results(CHARTER_PAGE, List.of("equal"), 1);
        assertEquals(1, trend.periods().size());
        assertEquals(1, trend.periods().get(0).responses());
        assertEquals(List.of("Alex’s comment"), trend.periods().get(0).principles().get(0).comments());
        assertEquals(1, signing.status(CHARTER_PAGE, 1, Optional.empty()).signatures().size());
    }

    @Test
    public void erasureKeepsTheGroupsNoteOnAnAcknowledgedSignalWithoutTheirName() {
        recordEverythingAboutAlexAndSam();

        eraseEverywhere(SubjectKey.user(ALEX));

        var kept = acknowledgements.about(app.alongside.signal.SignalSubject.decision(10, "d1"))
                .get(app.alongside.signal.SignalKind.FEW_SEATS);
        assertEquals("We will ask the peer group to join the next decision.", kept.note());
        assertTrue(kept.byErasedPerson());
    }

    // ------------------------------------------------------------------ the record

    /**
     * Alex (an account) declares, changes, reads, exports and reads Sam's declaration; Sam (a participant page
     * without an account) has one recorded on their behalf; both appear on pages: Alex at two stages of a decision
     * and as the author of a contribution, and on a participant page linking their account; Sam by page.
     */
    private void recordEverythingAboutAlexAndSam() {
        assertTrue(service.declareOwn(ALEX, DeclarationForm.own(List.of("lived-experience"), true,
                "In my words 🙂", true)).value().isPresent());
        clock.advance(Duration.ofMinutes(5));
        assertTrue(service.declareOwn(ALEX, DeclarationForm.own(List.of("lived-experience", "peer-worker"), true,
                "", false)).value().isPresent());
        assertTrue(service.declareOnBehalf(FACILITATOR, SAM, new DeclarationForm(List.of("carer-or-family"), true,
                "", false, "Sam, in person", "2026-05-30", "Asked at the Tuesday group")).value().isPresent());
        service.read(ADMIN, SubjectKey.user(ALEX));
        service.export(ALEX, SubjectKey.user(ALEX));
        service.read(ALEX, SAM);

        AoDecisionIndex decisions = new AoDecisionIndex(AO.activeObjects(), clock);
        PersonRef alex = new PersonRef.User(ALEX);
        PersonRef sam = new PersonRef.Page("RC", "Sam");
        decisions.replacePage(new IndexedPage(10, "RC", "Group meeting", IndexedPage.ContentType.PAGE, List.of()),
                List.of(new Decision("d1", "Evening meetings", DecisionStatus.DECIDED, Optional.empty(),
                        Optional.of(LocalDate.of(2026, 5, 20)), Optional.empty(), Optional.empty(), "", "Agreed",
                        Map.of(Stage.AGENDA, List.of(alex, sam), Stage.DECIDING, List.of(alex, sam)),
                        List.of(new Contribution("Meet after work", Optional.of(alex), Optional.empty(),
                                Response.ADOPTED, "", Optional.empty())))));
        AoParticipantIndex participants = new AoParticipantIndex(AO.activeObjects());
        participants.replacePage(77, "RC", "Alex", Optional.of(ParticipantProfiles.withAccount("Alex", ALEX)));
        participants.replacePage(SAMS_PAGE, "RC", "Sam", Optional.of(ParticipantProfiles.named("Sam")));
        new AoMeetingIndex(AO.activeObjects()).replacePage(new IndexedPage(11, "RC", "October meeting",
                IndexedPage.ContentType.PAGE, List.of()), new Meeting(Optional.of(LocalDate.of(2026, 5, 20)),
                List.of(alex)));
        signing.sign(ALEX, CHARTER_PAGE, 1);
        LedgerActor fran = LedgerActor.facilitator(FACILITATOR);
        assertTrue(ledger.record(fran, "RC", List.of(SubjectKey.user(ALEX)), new TimeForm("2026-05-20",
                "Alex’s talk at the panel", "2 hours", "10"), new RecognitionForm("payment", "£15", "paid",
                "2026-05-25", true)).isValid());
        assertTrue(ledger.record(fran, "RC", List.of(SubjectKey.user(ALEX), SAM), new TimeForm("2026-05-21",
                "Reading group", "1 hour", ""), new RecognitionForm("voucher", "£10", "owed", "", false)).isValid());
        ledger.entries(fran, app.alongside.reciprocity.LedgerQuery.all());
        assertTrue(acknowledgements.acknowledge(ALEX, app.alongside.signal.SignalKind.FEW_SEATS,
                app.alongside.signal.SignalSubject.decision(10, "d1"), "RC", Optional.of(LocalDate.of(2026, 5, 20)),
                "We will ask the peer group to join the next decision.").isValid());
        assertTrue(checkIns.submit(ALEX, CHARTER_PAGE, List.of("equal"),
                Frequency.MONTHLY, LocalDate.of(2026, 6, 1), Map.of("equal", "4"),
                Map.of("equal", "Alex’s comment")).isValid());
    }

    // ------------------------------------------------------------------ the scan

    /** Table (full name) to the "column = value" cells, in any table of the app's prefix, that contain the text. */
    private static Map<String, List<String>> tablesHolding(String text) throws SQLException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Connection connection = AO.database().openConnection()) {
            for (String table : appTables(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + AO.database().schema() + ".\""
                             + table + "\"")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            String value = rows.getString(c);
                            if (value != null && value.contains(text)) {
                                found.computeIfAbsent(table, t -> new java.util.ArrayList<>())
                                        .add(columns.getColumnName(c) + " = " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every table whose name starts with the app's prefix, as the database lists them. */
    private static Set<String> appTables(Connection connection) throws SQLException {
        String prefix = AO.tablePrefix() + "_";
        Set<String> tables = new TreeSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet result = metadata.getTables(null, AO.database().schema(), "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                if (name.startsWith(prefix)) {
                    tables.add(name);
                }
            }
        }
        assertTrue("the app's tables are there to scan: " + tables, tables.size() >= 8);
        return tables;
    }

    private static Set<String> pageDerivedTables() {
        Set<String> names = new TreeSet<>();
        MIRRORS_OF_PAGES.keySet().forEach(entity -> names.add(AO.tableName(entity)));
        return names;
    }

    private static Set<String> withoutPrefix(Set<String> tables) {
        Set<String> names = new TreeSet<>();
        tables.forEach(t -> names.add(t.substring(AO.tablePrefix().length() + 1)));
        return names;
    }

    /** Every entity the app registers, so every table it would have in Confluence exists here to be scanned. */
    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] everyEntityInTheDescriptor() {
        List<Element> entities = PluginFiles.elements(PluginFiles.descriptor(), "entity");
        Class<?>[] classes = new Class<?>[entities.size()];
        for (int i = 0; i < classes.length; i++) {
            try {
                classes[i] = Class.forName(entities.get(i).getTextContent().strip());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return (Class<? extends RawEntity<?>>[]) classes;
    }
}
