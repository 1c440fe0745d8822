package app.alongside.benchmarks;

import app.alongside.charter.CommitmentEvaluator;
import app.alongside.confluence.decision.persistence.AoDecisionIndex;
import app.alongside.confluence.decision.persistence.ContributionEntity;
import app.alongside.confluence.decision.persistence.DecisionEntity;
import app.alongside.confluence.decision.persistence.DecisionPersonEntity;
import app.alongside.confluence.insight.persistence.AoInsightsIndex;
import app.alongside.confluence.ladder.persistence.AoPlacementIndex;
import app.alongside.confluence.ladder.persistence.PlacementEntity;
import app.alongside.confluence.ladder.persistence.PlacementLoopEntity;
import app.alongside.confluence.perspective.persistence.AoPerspectiveStore;
import app.alongside.confluence.perspective.persistence.ConsentEventEntity;
import app.alongside.confluence.perspective.persistence.DeclarationEntity;
import app.alongside.confluence.settings.persistence.AoSettingsRepository;
import app.alongside.confluence.settings.persistence.SettingsEntity;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.InsightsQuery;
import app.alongside.insight.RegisterInsights;
import app.alongside.ladder.LadderRung;
import app.alongside.ladder.PlacedDecision;
import app.alongside.ladder.StageShown;
import app.alongside.ladder.StoredPlacement;
import app.alongside.people.PersonRef;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsService;
import app.alongside.signal.SignalKind;
import app.alongside.testsupport.ao.AoDatabase;
import app.alongside.testsupport.ao.AoModuleInstaller;
import app.alongside.testsupport.ao.EntityManagerActiveObjects;
import app.alongside.testsupport.ao.StatementCounter;
import net.java.ao.EntityManager;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code Insights.figures} for one space over one year, with 100,000 decisions indexed and placed (2,000 pages of 50
 * across 20 spaces, decided over two years; each with people at two stages, two "you said" and a stored placement),
 * on H2 in memory, or PostgreSQL with {@code -Dalongside.db=postgres}. One space over a year is about 2,500
 * decisions; the aggregates are four grouped statements over the placement tables, then the register's reads for
 * "the same people". Every page visible (Confluence's permission check is one batched call, not part of this
 * figure); no charter and no ledger yet. The setup prints how many statements one call costs.
 * Sample mode prints percentiles; p0.95 is the figure kept in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class InsightsBenchmark {

    static final int PAGES = 2_000;
    static final int DECISIONS_PER_PAGE = 50;
    static final int SPACES = 20;
    private static final PageVisibility EVERYTHING = ids -> ids;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<Class<? extends RawEntity<?>>> TABLES = List.of(DecisionEntity.class,
            DecisionPersonEntity.class, ContributionEntity.class, PlacementEntity.class, PlacementLoopEntity.class,
            SettingsEntity.class, DeclarationEntity.class, ConsentEventEntity.class,
            app.alongside.confluence.signal.persistence.AcknowledgementEntity.class,
            app.alongside.confluence.reciprocity.persistence.LedgerEntryEntity.class,
            app.alongside.confluence.perspective.persistence.AuditEntryEntity.class,
            app.alongside.confluence.meeting.persistence.MeetingEntity.class,
            app.alongside.confluence.meeting.persistence.MeetingChairEntity.class);

    private AoDatabase database;
    private EntityManagerActiveObjects ao;
    private AoDecisionIndex index;
    private AoPlacementIndex placements;
    private Insights insights;
    private InsightsQuery oneSpaceOneYear;

    private final AppFixture rendering = new AppFixture();

    @Setup
    public void setUp() {
        database = AoDatabase.fromSystemProperties("insights-benchmark").pooled();
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] tables = TABLES.toArray(new Class[0]);
        ao = AoModuleInstaller.forModule("app.alongside.confluence").entities(tables).install(database);
        index = new AoDecisionIndex(ao, Clock.systemDefaultZone());
        placements = new AoPlacementIndex(ao);

        long started = System.nanoTime();
        for (int from = 1; from <= PAGES; from += 100) {
            int first = from;
            ao.executeInTransaction(() -> {
                for (int page = first; page < first + 100 && page <= PAGES; page++) {
                    IndexedPage indexed = page(page);
                    List<Decision> decisions = decisions(page);
                    index.replacePage(indexed, decisions);
                    placements.replacePage(page, placed(indexed, decisions, index.idsOnPage(page)));
                }
                return null;
            });
        }
        System.out.printf("%nloaded %,d decisions with placements in %.1f s on %s%n", index.size(),
                (System.nanoTime() - started) / 1e9, database.kind());
        vacuumAsAutovacuumWould();

        insights = insights(ao);
        oneSpaceOneYear = new InsightsQuery(Set.of(spaceKey(7)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        InsightsFigures figures = figuresForOneSpaceOverAYear();
        System.out.printf("one space over a year: %,d decisions, %d partly known, %d open loops, %d signal kinds%n",
                figures.decisions(), figures.partlyKnown(), figures.openLoops().total(), figures.signals().size());

        StatementCounter counter = new StatementCounter();
        EntityManager counted = database.entityManager("app.alongside.confluence", counter);
        Insights countedInsights = insights(new EntityManagerActiveObjects(counted));
        counter.reset();
        countedInsights.figures(oneSpaceOneYear, keys -> keys, EVERYTHING, TODAY);
        System.out.printf("statements per call: %d%n%s%n", counter.count(), counter.describe());
        AoDatabase.dispose(counted);
    }

    private static Insights insights(EntityManagerActiveObjects ao) {
        AoDecisionIndex decisions = new AoDecisionIndex(ao, Clock.systemDefaultZone());
        SettingsService settings = new SettingsService(new AoSettingsRepository(ao));
        InvolvementTotals totals = new InvolvementTotals(new AoPerspectiveStore(ao), people -> Map.of(), decisions,
                settings);
        // The real acknowledgement store and ledger answer as they do in Confluence (both empty here: what is timed is
        // the decisions' aggregates).
        app.alongside.reciprocity.Ledger ledger = new app.alongside.reciprocity.Ledger(
                new app.alongside.confluence.reciprocity.persistence.AoLedgerStore(ao),
                new app.alongside.confluence.perspective.persistence.AoAuditLog(ao), settings, Clock.systemDefaultZone());
        return new RegisterInsights(new AoInsightsIndex(ao), decisions,
                new app.alongside.confluence.signal.persistence.AoAcknowledgementStore(ao), spaces -> List.of(),
                new CommitmentEvaluator(decisions, totals,
                        new app.alongside.confluence.meeting.persistence.AoMeetingIndex(ao), ledger), ledger,
                new app.alongside.signal.UnrecognisedSignals(spaces -> List.of(), ledger));
    }

    /** PostgreSQL: statistics and the visibility map as a live database has them, not as a fresh bulk load leaves them. */
    private void vacuumAsAutovacuumWould() {
        if (!database.isPostgres()) {
            return;
        }
        try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> table : TABLES) {
                // Qualified: the benchmark may run in its own schema ({@code -Dalongside.pg.schema=…}).
                statement.execute("VACUUM ANALYZE \"" + database.schema() + "\".\"" + ao.tableName(table) + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not vacuum the benchmark tables", e);
        }
    }

    @TearDown
    public void tearDown() {
        if (database.isPostgres()) {
            // the test server's database is shared with the store tests
            index.clear();
            placements.clear();
        }
        AoDatabase.dispose(ao.entityManager());
        database.shutdown();
    }

    @Benchmark
    public InsightsFigures figuresForOneSpaceOverAYear() {
        return ao.executeInTransaction(() -> insights.figures(oneSpaceOneYear, keys -> keys, EVERYTHING, TODAY));
    }

    /**
     * What the insights macro does on a page view: the figures, then core's words, tables and SVG charts, then the
     * Velocity template under Confluence's escaping and method allowlist (the macro's own steps, without Confluence).
     */
    @Benchmark
    public String macroForOneSpaceOverAYear() {
        InsightsFigures figures = figuresForOneSpaceOverAYear();
        app.alongside.insight.view.InsightsView view = new app.alongside.insight.view.InsightsViews(rendering.messages)
                .of(figures, app.alongside.insight.view.InsightsSection.all(), "/confluence", "alongside-insights-1",
                        false);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("problems", List.of());
        model.put("problemsHeading", "");
        model.put("view", view);
        return rendering.templates.render("templates/insight/insights.vm", model);
    }

    // ------------------------------------------------------------------ data

    private static final int DAYS = 730;

    private static String spaceKey(int space) {
        return "SPACE" + space;
    }

    private static IndexedPage page(int page) {
        return new IndexedPage(page, spaceKey(page % SPACES), "Meeting " + page, IndexedPage.ContentType.PAGE,
                List.of("meeting-notes"));
    }

    private static List<Decision> decisions(int page) {
        List<Decision> decisions = new ArrayList<>(DECISIONS_PER_PAGE);
        for (int n = 0; n < DECISIONS_PER_PAGE; n++) {
            int i = page * DECISIONS_PER_PAGE + n;
            Optional<LocalDate> decidedOn = i % 20 == 0 ? Optional.empty()
                    : Optional.of(FIRST_DAY.plusDays((i * 7919L) % DAYS));
            decisions.add(new Decision("d" + n, "Decision " + i + " about the group's work",
                    DecisionStatus.values()[i % DecisionStatus.values().length], Optional.empty(), decidedOn,
                    Optional.empty(), Optional.empty(), "", "We agreed to try it for six months.",
                    Map.of(Stage.AGENDA, List.of(new PersonRef.User("u" + i % 500), new PersonRef.Named("Sam")),
                            Stage.DECIDING, List.of(new PersonRef.User("u" + i % 500), new PersonRef.User("u" + i % 37),
                                    new PersonRef.Page("RC", "Priya"))),
                    List.of(new Contribution("Could we meet in the evenings?", Optional.empty(),
                                    decidedOn.map(d -> d.minusDays(3)), i % 3 == 0 ? Response.PENDING : Response.ADOPTED,
                                    "", Optional.empty()),
                            new Contribution("Pay people for their time", Optional.empty(), Optional.empty(),
                                    i % 4 == 0 ? Response.NOT_ADOPTED : Response.ADOPTED, "", Optional.empty()))));
        }
        return decisions;
    }

    /** A stored placement per decision, varied as a real register's would be. */
    private static List<PlacedDecision> placed(IndexedPage page, List<Decision> decisions, List<Long> ids) {
        List<PlacedDecision> placed = new ArrayList<>(decisions.size());
        for (int n = 0; n < decisions.size(); n++) {
            Decision d = decisions.get(n);
            long id = ids.get(n);
            int i = (int) (id * 31 % 97);
            LadderRung rung = LadderRung.values()[2 + i % 5];
            Optional<LadderRung> couldBe = i % 4 == 0 && rung != LadderRung.CO_PRODUCTION
                    ? Optional.of(LadderRung.CO_PRODUCTION) : Optional.empty();
            EnumSet<SignalKind> signals = EnumSet.noneOf(SignalKind.class);
            if (i % 5 == 0) {
                signals.add(SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE);
            }
            if (i % 7 == 0) {
                signals.add(SignalKind.FEW_SEATS);
            }
            List<LocalDate> unanswered = new ArrayList<>();
            for (Contribution c : d.contributions()) {
                if (!c.isAnswered()) {
                    c.saidOn().or(d::decidedOn).ifPresent(unanswered::add);
                }
            }
            Map<Stage, StageShown> stages = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                stages.put(stage, d.peopleAt(stage).isEmpty() ? StageShown.NOBODY_RECORDED
                        : StageShown.values()[(i + stage.ordinal()) % 3]);
            }
            StoredPlacement placement = new StoredPlacement(id, rung, couldBe, signals,
                    unanswered.stream().sorted().findFirst());
            placed.add(new PlacedDecision(page.pageId(), page.spaceKey(), d.decidedOn(), d.status().isMade(),
                    placement, stages, unanswered));
        }
        return placed;
    }
}
