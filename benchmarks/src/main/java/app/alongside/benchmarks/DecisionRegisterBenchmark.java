package app.alongside.benchmarks;

import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.people.PersonRef;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.AoModuleInstaller;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import net.java.ao.RawEntity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The decision register over Active Objects with 100,000 indexed decisions (2,000 pages of 50, across 20 spaces;
 * each decision with four people at its stages and a "you said"), on H2 in memory, or PostgreSQL with
 * {@code -Dalongside.db=postgres}:
 * <ul>
 *   <li>one page of 25 rows, first and deep (a cursor half-way down), of a register over all 100,000 decisions,
 *       and the first page of one space's register (5,000 decisions): summaries, details, and the streamed
 *       status counts, with every page visible (Confluence's permission checks are not part of this figure). Each
 *       search runs in one {@code executeInTransaction}, so its statements share one connection;</li>
 *   <li>indexing a page that holds 50 decisions: parse its storage with core's reader and replace its rows, when a
 *       save changed one of its decisions (the index rewrites only that one) and when it changed all fifty.</li>
 * </ul>
 * Connections come from a small pool ({@link AoDatabase#pooled()}), as Active Objects' do in Confluence, so a figure
 * is the work a node does, not the ~10 ms a fresh PostgreSQL connection costs.
 * Sample mode prints percentiles; p0.95 is the figure kept in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class DecisionRegisterBenchmark {

    static final int PAGES = 2_000;
    static final int DECISIONS_PER_PAGE = 50;
    static final int SPACES = 20;
    private static final PageVisibility EVERYTHING = ids -> ids;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private AoDatabase database;
    private EntityManagerActiveObjects ao;
    private AoDecisionIndex index;
    private DecisionRegister register;
    private final DecisionStorageReader reader = new DecisionStorageReader();
    private RegisterQuery allSpaces;
    private RegisterQuery oneSpace;
    private RegisterCursor halfWay;
    private String busyPageStorage;
    private String busyPageOneEdit;
    private String busyPageAllEdited;
    private IndexedPage busyPage;
    private boolean edited;

    @Setup
    public void setUp() {
        database = AoDatabase.fromSystemProperties("decision-register-benchmark").pooled();
        ao = AoModuleInstaller.forModule("app.alongside.confluence")
                .entities(DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class).install(database);
        index = new AoDecisionIndex(ao, Clock.systemDefaultZone());
        register = new DecisionRegister(index);

        // Bulk load: replacePage writes each page's rows in three batched inserts; 100 pages per transaction.
        long started = System.nanoTime();
        for (int from = 1; from <= PAGES; from += 100) {
            int first = from;
            ao.executeInTransaction(() -> {
                for (int page = first; page < first + 100 && page <= PAGES; page++) {
                    index.replacePage(page(page), decisions(page));
                }
                return null;
            });
        }
        System.out.printf("%nloaded %,d decisions in %.1f s on %s%n", index.size(),
                (System.nanoTime() - started) / 1e9, database.kind());
        vacuumAsAutovacuumWould();

        Set<String> spaces = new HashSet<>();
        for (int s = 0; s < SPACES; s++) {
            spaces.add(spaceKey(s));
        }
        allSpaces = RegisterQuery.allIn(spaces);
        oneSpace = RegisterQuery.allIn(Set.of(spaceKey(7)));
        RegisterQuery middle = new RegisterQuery(spaces, Set.of(), Set.of(), Optional.empty(),
                Optional.of(FIRST_DAY.plusDays(DAYS / 2)), false, Optional.empty(), Optional.empty(),
                RegisterSort.DECIDED_NEWEST, 1, Optional.empty());
        IndexedDecision halfWayRow = index.summaries(middle, Optional.empty(), 1).get(0);
        halfWay = halfWayRow.cursor(RegisterSort.DECIDED_NEWEST);

        busyPage = new IndexedPage(PAGES + 1, spaceKey(0), "A busy meeting", IndexedPage.ContentType.PAGE,
                List.of("budget"));
        busyPageStorage = storageWithDecisions(DECISIONS_PER_PAGE);
        busyPageOneEdit = busyPageStorage.replace("Decision 17: move", "Decision 17 (edited): move");
        busyPageAllEdited = busyPageStorage.replace(": move the Tuesday session", ": move the Wednesday session");
        index(busyPageStorage);

        RegisterPage first = firstPageOfAllSpaces();
        RegisterPage deep = deepPageOfAllSpaces();
        System.out.printf("first page: %d rows of %,d; deep page: %d rows; one space: %,d decisions%n",
                first.rows().size(), first.total(), deep.rows().size(), firstPageOfOneSpace().total());
    }

    /** PostgreSQL: statistics and the visibility map as a live database has them, not as a fresh bulk load leaves them. */
    private void vacuumAsAutovacuumWould() {
        if (!database.isPostgres()) {
            return;
        }
        try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> table : List.<Class<? extends RawEntity<?>>>of(
                    DecisionEntity.class, DecisionPersonEntity.class, ContributionEntity.class)) {
                statement.execute("VACUUM ANALYZE \"" + ao.tableName(table) + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not vacuum the benchmark tables", e);
        }
    }

    @TearDown
    public void tearDown() {
        if (database.isPostgres()) {
            index.clear(); // the test server's database is shared with the store tests
        }
        AoDatabase.dispose(ao.entityManager());
        database.shutdown();
    }

    @Benchmark
    public RegisterPage firstPageOfAllSpaces() {
        return ao.executeInTransaction(() -> register.search(allSpaces, EVERYTHING));
    }

    @Benchmark
    public RegisterPage deepPageOfAllSpaces() {
        return ao.executeInTransaction(() -> register.search(allSpaces.withAfter(halfWay), EVERYTHING));
    }

    @Benchmark
    public RegisterPage firstPageOfOneSpace() {
        return ao.executeInTransaction(() -> register.search(oneSpace, EVERYTHING));
    }

    @Benchmark
    public int indexBusyPageSavedWithOneDecisionEdited() {
        edited = !edited;
        return index(edited ? busyPageOneEdit : busyPageStorage);
    }

    /** The worst case: every decision on the page changed since the last save (or the page is new). */
    @Benchmark
    public int indexBusyPageSavedWithEveryDecisionEdited() {
        edited = !edited;
        return index(edited ? busyPageAllEdited : busyPageStorage);
    }

    private int index(String storage) {
        List<Decision> decisions = reader.readPage(storage).stream().map(ParsedDecision::decision).toList();
        index.replacePage(busyPage, decisions);
        return decisions.size();
    }

    // ------------------------------------------------------------------ data

    private static final int DAYS = 2_000;

    private static String spaceKey(int space) {
        return "SPACE" + space;
    }

    private static IndexedPage page(int page) {
        return new IndexedPage(page, spaceKey(page % SPACES), "Meeting " + page, IndexedPage.ContentType.PAGE,
                page % 5 == 0 ? List.of("budget", "peer-support") : List.of("meeting-notes"));
    }

    private static List<Decision> decisions(int page) {
        List<Decision> decisions = new ArrayList<>(DECISIONS_PER_PAGE);
        for (int n = 0; n < DECISIONS_PER_PAGE; n++) {
            int i = page * DECISIONS_PER_PAGE + n;
            Optional<LocalDate> decidedOn = i % 10 == 0 ? Optional.empty()
                    : Optional.of(FIRST_DAY.plusDays((i * 7919L) % DAYS));
            decisions.add(new Decision("d" + n, "Decision " + i + " about the group's work",
                    DecisionStatus.values()[i % DecisionStatus.values().length], Optional.empty(), decidedOn,
                    decidedOn.map(d -> d.plusMonths(6)), Optional.empty(), "",
                    "We agreed to try it for six months and look again.",
                    Map.of(Stage.AGENDA, List.of(new PersonRef.User("u" + i % 500), new PersonRef.Named("Sam")),
                            Stage.DECIDING, List.of(new PersonRef.User("u" + i % 500), new PersonRef.Page("RC", "Priya"))),
                    List.of(new Contribution("Could we meet in the evenings?", Optional.of(new PersonRef.Named("Jo")),
                            Optional.empty(), i % 3 == 0 ? Response.PENDING : Response.ADOPTED, "", Optional.empty()))));
        }
        return decisions;
    }

    /** Meeting notes holding this many decision macros, each with two stages and two "you said". */
    static String storageWithDecisions(int count) {
        StringBuilder storage = new StringBuilder("<h2>Decisions</h2>");
        for (int n = 0; n < count; n++) {
            storage.append("""
                    <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1" ac:macro-id="m-%1$d">
                      <ac:parameter ac:name="id">d-%1$d</ac:parameter>
                      <ac:parameter ac:name="title">Decision %1$d: move the Tuesday session to the library</ac:parameter>
                      <ac:parameter ac:name="status">decided</ac:parameter>
                      <ac:parameter ac:name="decidedOn">14/10/2026</ac:parameter>
                      <ac:parameter ac:name="reviewOn">2027-04-14</ac:parameter>
                      <ac:rich-text-body>
                        <p>We will meet at the <strong>central library</strong> from November.</p>
                        <ac:structured-macro ac:name="alongside-stage">
                          <ac:parameter ac:name="stage">agenda</ac:parameter>
                          <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>, Jordan Lee and
                            <ac:link><ri:page ri:content-title="Priya Shah" ri:space-key="RC"/></ac:link></p></ac:rich-text-body>
                        </ac:structured-macro>
                        <ac:structured-macro ac:name="alongside-stage">
                          <ac:parameter ac:name="stage">deciding</ac:parameter>
                          <ac:rich-text-body><ul><li><ac:link><ri:user ri:userkey="u-alex"/></ac:link></li><li>Sam</li></ul></ac:rich-text-body>
                        </ac:structured-macro>
                        <ac:structured-macro ac:name="alongside-you-said">
                          <ac:parameter ac:name="by"><ri:user ri:userkey="u-jordan"/></ac:parameter>
                          <ac:parameter ac:name="response">adapted</ac:parameter>
                          <ac:parameter ac:name="answer">We booked the ground-floor room so it is step-free.</ac:parameter>
                          <ac:rich-text-body><p>The library has stairs at the front.</p></ac:rich-text-body>
                        </ac:structured-macro>
                        <ac:structured-macro ac:name="alongside-you-said">
                          <ac:parameter ac:name="response">pending</ac:parameter>
                          <ac:rich-text-body><p>Could we have hot drinks?</p></ac:rich-text-body>
                        </ac:structured-macro>
                      </ac:rich-text-body>
                    </ac:structured-macro>
                    """.formatted(n));
        }
        return storage.toString();
    }
}
