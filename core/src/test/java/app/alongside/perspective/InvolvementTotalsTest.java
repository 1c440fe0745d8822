package app.alongside.perspective;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Stage;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount.NotShown;
import app.alongside.perspective.SuppressedCount.Reason;
import app.alongside.perspective.SuppressedCount.Shown;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceOverride;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

public class InvolvementTotalsTest {

    private static final String SPACE = "COPRO";
    private static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    private static final NotShown FEWER = new NotShown(Reason.FEWER_THAN_THRESHOLD, 3);
    private static final NotShown EVERYONE = new NotShown(Reason.WOULD_DESCRIBE_EVERYONE, 3);
    private static final PageVisibility SEES_ALL = ids -> ids;

    private final InMemoryPerspectiveStore store = new InMemoryPerspectiveStore();
    private final PerspectiveService perspectives = new PerspectiveService(store, new InMemoryAuditLog(),
            new MutableClock(Instant.parse("2026-11-29T10:00:00Z")), new Random(1));
    private final InMemoryParticipantIndex participants = new InMemoryParticipantIndex();
    private final CountingResolver resolver = new CountingResolver(new ParticipantSubjects(participants));
    private final InMemoryDecisionIndex decisions = new InMemoryDecisionIndex();
    private final Settings settingsRows = new Settings();
    private final InvolvementTotals totals = new InvolvementTotals(store, resolver, decisions,
            new SettingsService(settingsRows));

    @Test
    public void livedExperienceAtAStageIsShownWhenKOrMoreOfALargerGroup() {
        declare("a", "lived-experience");
        declare("b", "carer-or-family");
        declare("c", "peer-worker");
        declare("d", "staff-or-practitioner");

        Decision decision = decision("d1", Map.of(Stage.DECIDING, users("a", "b", "c", "d", "e")));

        assertEquals(new Shown(3, 5), totals.atStage(decision, Stage.DECIDING, SPACE));
    }

    @Test
    public void onlyLivedExperienceCarerAndPeerPerspectivesAreCounted() {
        declare("a", "lived-experience");
        declare("b", "staff-or-practitioner");
        declare("c", "community-partner");
        declare("d", "prefer-not-to-say");

        assertEquals(FEWER, totals.livedExperienceAmong(users("a", "b", "c", "d", "e"), SPACE));
        assertEquals(new Shown(0, 4), totals.livedExperienceAmong(users("b", "c", "d", "e"), SPACE));
    }

    @Test
    public void aStageWithFewerThanKPeopleIsNotShown() {
        declare("a", "lived-experience");

        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), totals.livedExperienceAmong(users("a", "b"), SPACE));
        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), totals.livedExperienceAmong(List.of(), SPACE));
    }

    @Test
    public void aTotalThatWouldDescribeEveryoneIsNotShown() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "peer-worker");

        assertEquals(EVERYONE, totals.livedExperienceAmong(users("a", "b", "c"), SPACE));
    }

    @Test
    public void aUserAndTheirParticipantPageCountOnce() {
        participants.add(10, SPACE, ParticipantProfiles.withAccount("Alice Smith", "a"));
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        List<PersonRef> people = new ArrayList<>(users("a", "b", "c", "d"));
        people.add(new PersonRef.Page("", "Alice Smith"));
        people.add(new PersonRef.Page(SPACE, "Alice Smith"));

        assertEquals(new Shown(3, 4), totals.livedExperienceAmong(people, SPACE));
    }

    @Test
    public void typedNamesAreLeftOutOfTheGroupSoNobodyCanPadAGroupAroundOnePerson() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        List<PersonRef> people = new ArrayList<>(users("a", "b", "c"));
        people.add(new PersonRef.Named("Jo"));
        people.add(new PersonRef.Named("Kim"));

        assertEquals(EVERYONE, totals.livedExperienceAmong(people, SPACE));

        // The probe: one real person padded with invented names reads the same whatever that person declared.
        List<PersonRef> declared = List.of(new PersonRef.User("a"), new PersonRef.Named("Jo"), new PersonRef.Named("Kim"));
        List<PersonRef> undeclared = List.of(new PersonRef.User("z"), new PersonRef.Named("Jo"), new PersonRef.Named("Kim"));
        assertEquals(totals.livedExperienceAmong(undeclared, SPACE), totals.livedExperienceAmong(declared, SPACE));
        assertFalse(totals.livedExperienceAmong(declared, SPACE).isShown());
    }

    @Test
    public void pagesThatAreNotParticipantPagesAreLeftOutOfTheGroup() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        List<PersonRef> people = new ArrayList<>(users("a", "b", "c"));
        people.add(new PersonRef.Page(SPACE, "Somebody’s notes"));

        assertEquals(EVERYONE, totals.livedExperienceAmong(people, SPACE));
    }

    @Test
    public void aPersonWithoutAnAccountCarriesTheirOwnPerspectiveOnTheirPage() {
        participants.add(20, SPACE, ParticipantProfiles.named("Sam"));
        participants.add(21, SPACE, ParticipantProfiles.named("Rae"));
        declareFor(SubjectKey.participantPage(20), "lived-experience");
        declareFor(SubjectKey.participantPage(21), "carer-or-family");
        declare("a", "peer-worker");

        List<PersonRef> people = List.of(new PersonRef.Page("", "Sam"), new PersonRef.Page("", "Rae"),
                new PersonRef.User("a"), new PersonRef.User("b"));

        assertEquals(new Shown(3, 4), totals.livedExperienceAmong(people, SPACE));
    }

    @Test
    public void aDecisionCountsEachPersonOnceAcrossItsStages() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        Decision decision = decision("d1", Map.of(
                Stage.AGENDA, users("a", "b", "x"),
                Stage.DECIDING, users("a", "c", "y"),
                Stage.REVIEWING, users("a", "b", "c")));

        assertEquals(new Shown(3, 5), totals.inDecision(decision, SPACE));
        assertEquals(FEWER, totals.atStage(decision, Stage.AGENDA, SPACE));
        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), totals.atStage(decision, Stage.OPTIONS, SPACE));
    }

    @Test
    public void withdrawingRemovesThePersonFromEveryTotalAtOnce() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        Decision decision = decision("d1", Map.of(Stage.DECIDING, users("a", "b", "c", "d", "e")));
        decisions.add(page(1, SPACE), decision);
        assertEquals(new Shown(3, 5), totals.atStage(decision, Stage.DECIDING, SPACE));
        assertEquals(new Shown(3, 5), totals.inDecision(decision, SPACE));
        assertEquals(new Shown(3, 5), totals.inSpace(SPACE, DAY, DAY, SEES_ALL));

        perspectives.withdraw("c", SubjectKey.user("c"));

        assertEquals(FEWER, totals.atStage(decision, Stage.DECIDING, SPACE));
        assertEquals(FEWER, totals.inDecision(decision, SPACE));
        assertEquals(FEWER, totals.inSpace(SPACE, DAY, DAY, SEES_ALL));
    }

    @Test
    public void erasingAPersonRemovesThemFromEveryTotalToo() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        Decision decision = decision("d1", Map.of(Stage.DECIDING, users("a", "b", "c", "d", "e")));

        perspectives.erase("admin", SubjectKey.user("a"));

        assertEquals("they still took part, so the group keeps its size", FEWER,
                totals.inDecision(decision, SPACE));
    }

    @Test
    public void kComesFromTheSpacesSettings() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        List<PersonRef> people = users("a", "b", "c", "d", "e", "f");
        assertEquals(new Shown(3, 6), totals.livedExperienceAmong(people, SPACE));

        settingsRows.saveSpace(new SpaceOverride(SPACE, Optional.of(4), Optional.empty()));

        assertEquals(new NotShown(Reason.FEWER_THAN_THRESHOLD, 4), totals.livedExperienceAmong(people, SPACE));
        assertEquals(new Shown(3, 6), totals.livedExperienceAmong(people, "OTHER"));
    }

    @Test
    public void spaceTotalsCountEachPersonOnceAcrossTheSpacesDecisionsInThePeriod() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        participants.add(10, SPACE, ParticipantProfiles.withAccount("Alice", "a"));
        decisions.add(page(1, SPACE), decision("d1", Map.of(Stage.DECIDING, users("a", "b", "d"))),
                decision("d2", Map.of(Stage.AGENDA, List.of(new PersonRef.Page("", "Alice"), new PersonRef.User("c")))));
        decisions.add(page(2, SPACE), decision("d3", Map.of(Stage.DELIVERING, List.of(new PersonRef.Named("Jo")))));
        decisions.add(page(3, "OTHER"), decision("d4", Map.of(Stage.DECIDING, users("x", "y", "z"))));
        decisions.add(page(4, SPACE), decision("d5", DAY.plusYears(1), Map.of(Stage.DECIDING, users("p", "q"))));

        // a, b, c (also as the page "Alice") and d; the typed name Jo is not in the group.
        assertEquals(new Shown(3, 4), totals.inSpace(SPACE, DAY.minusMonths(3), DAY, SEES_ALL));
    }

    @Test
    public void spaceTotalsIgnoreDecisionsOnPagesTheViewerCannotSee() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "lived-experience");
        decisions.add(page(1, SPACE), decision("d1", Map.of(Stage.DECIDING, users("a", "b", "d", "e"))));
        decisions.add(page(2, SPACE), decision("d2", Map.of(Stage.DECIDING, users("c", "f"))));
        List<Set<Long>> asked = new ArrayList<>();
        PageVisibility onlyPageOne = ids -> {
            asked.add(ids);
            return ids.stream().filter(id -> id == 1L).collect(Collectors.toSet());
        };

        assertEquals(new Shown(3, 6), totals.inSpace(SPACE, DAY, DAY, SEES_ALL));
        assertEquals(FEWER, totals.inSpace(SPACE, DAY, DAY, onlyPageOne));
        assertEquals("one permission check for every page", List.of(Set.of(1L, 2L)), asked);
    }

    @Test
    public void aSpaceWithNoDecisionsInThePeriodShowsNothingAndAsksNoOne() {
        int before = store.statements();

        assertEquals(new NotShown(Reason.GROUP_TOO_SMALL, 3), totals.inSpace(SPACE, DAY, DAY, ids -> {
            throw new AssertionError("no pages to check");
        }));
        assertEquals(before, store.statements());
        assertEquals(0, resolver.calls);
    }

    @Test
    public void eachQuestionCostsOneResolverCallOneIndexQueryAndOneCount() {
        for (int i = 0; i < 40; i++) {
            participants.add(100 + i, SPACE, ParticipantProfiles.named("Person " + i));
            if (i % 2 == 0) {
                declareFor(SubjectKey.participantPage(100 + i), "lived-experience");
            }
        }
        List<PersonRef> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(new PersonRef.Page("", "Person " + i));
            people.add(new PersonRef.User("u" + i));
        }
        int storeBefore = store.statements();
        int indexBefore = participants.statements();

        assertEquals(new Shown(20, 80), totals.livedExperienceAmong(people, SPACE));

        assertEquals(1, resolver.calls);
        assertEquals(1, participants.statements() - indexBefore);
        assertEquals(1, store.statements() - storeBefore);
    }

    @Test
    public void everyStageAtOnceAgreesWithEachStageAndResolvesPeopleOnce() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "carer-or-family");
        participants.add(10, SPACE, ParticipantProfiles.withAccount("Alice", "a"));
        Decision decision = decision("d1", Map.of(
                Stage.AGENDA, List.of(new PersonRef.Page("", "Alice"), new PersonRef.User("b"), new PersonRef.User("c"),
                        new PersonRef.User("d")),
                Stage.DECIDING, users("a", "b", "c"),
                Stage.REVIEWING, List.of(new PersonRef.User("a"), new PersonRef.Named("Jo"))));
        Map<Stage, SuppressedCount> oneByOne = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            oneByOne.put(stage, totals.atStage(decision, stage, SPACE));
        }
        int resolverCalls = resolver.calls;
        int storeStatements = store.statements();

        Map<Stage, SuppressedCount> atOnce = totals.atEachStage(decision, SPACE);

        assertEquals(oneByOne, atOnce);
        assertEquals(new Shown(3, 4), atOnce.get(Stage.AGENDA));
        assertEquals("everyone resolved once", resolverCalls + 1, resolver.calls);
        assertEquals("a count only for the two stages large enough to show", 2, store.statements() - storeStatements);
    }

    @Test
    public void manyDecisionsAtOnceGiveTheSameTotalsAsEachDecisionAlone() {
        Random random = new Random(7);
        String[] codes = {"lived-experience", "carer-or-family", "peer-worker", "staff-or-practitioner",
                "community-partner"};
        for (int person = 0; person < 30; person++) {
            if (random.nextInt(3) > 0) {
                declare("u" + person, codes[random.nextInt(codes.length)]);
            }
        }
        participants.add(10, SPACE, ParticipantProfiles.withAccount("Alice", "u1"));
        List<Decision> many = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                List<PersonRef> people = new ArrayList<>();
                int size = random.nextInt(9);
                for (int i = 0; i < size; i++) {
                    int pick = random.nextInt(34);
                    people.add(pick == 30 ? new PersonRef.Page("", "Alice")
                            : pick == 31 ? new PersonRef.Named("Jo " + random.nextInt(3))
                            : new PersonRef.User("u" + (pick % 30)));
                }
                stages.put(stage, people);
            }
            many.add(decision("d" + n, stages));
        }
        List<Map<Stage, SuppressedCount>> oneByOne = many.stream().map(d -> totals.atEachStage(d, SPACE)).toList();

        assertEquals(oneByOne, totals.atEachStage(many, SPACE));
    }

    @Test
    public void manyDecisionsAtOnceResolvePeopleOnceAndReadPerspectivesOnce() {
        declare("a", "lived-experience");
        declare("b", "lived-experience");
        declare("c", "peer-worker");
        List<Decision> many = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            many.add(decision("d" + n, Map.of(Stage.DECIDING, users("a", "b", "c", "d" + n),
                    Stage.AGENDA, users("a", "e" + n))));
        }
        int resolverCalls = resolver.calls;
        int storeStatements = store.statements();

        List<Map<Stage, SuppressedCount>> all = totals.atEachStage(many, SPACE);

        assertEquals(50, all.size());
        assertEquals(new Shown(3, 4), all.get(0).get(Stage.DECIDING));
        assertEquals("everyone resolved once", resolverCalls + 1, resolver.calls);
        assertEquals("perspectives read once", storeStatements + 1, store.statements());
    }

    @Test
    public void noDecisionsCostNothing() {
        int storeStatements = store.statements();

        assertEquals(List.of(), totals.atEachStage(List.of(), SPACE));
        assertEquals(0, resolver.calls);
        assertEquals(storeStatements, store.statements());
    }

    private void declare(String userKey, String code) {
        perspectives.declareOwn(userKey, DeclarationForm.own(List.of(code), true, null, false)).get();
    }

    private void declareFor(SubjectKey subject, String code) {
        perspectives.declareOnBehalf("fran", subject, new DeclarationForm(List.of(code), true, null, false, "them",
                "2026-11-01", "in person")).get();
    }

    private static List<PersonRef> users(String... keys) {
        List<PersonRef> people = new ArrayList<>();
        for (String key : keys) {
            people.add(new PersonRef.User(key));
        }
        return people;
    }

    private static IndexedPage page(long id, String space) {
        return new IndexedPage(id, space, "Meeting " + id, IndexedPage.ContentType.PAGE, List.of());
    }

    private static Decision decision(String id, Map<Stage, List<PersonRef>> stages) {
        return decision(id, DAY, stages);
    }

    private static Decision decision(String id, LocalDate decidedOn, Map<Stage, List<PersonRef>> stages) {
        return new Decision(id, "Decision " + id, DecisionStatus.DECIDED, Optional.empty(), Optional.of(decidedOn),
                Optional.empty(), Optional.empty(), "", "", new EnumMap<>(stages), List.of());
    }

    private static final class CountingResolver implements SubjectResolver {
        private final SubjectResolver real;
        int calls;

        CountingResolver(SubjectResolver real) {
            this.real = real;
        }

        @Override
        public Map<PersonRef, SubjectKey> resolve(Collection<PersonRef> people) {
            calls++;
            return real.resolve(people);
        }
    }

    private static final class Settings implements SettingsRepository {
        private final Map<String, SpaceOverride> spaces = new HashMap<>();

        @Override
        public Optional<InvolvementSettings> findGlobal() {
            return Optional.empty();
        }

        @Override
        public void saveGlobal(InvolvementSettings settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SpaceOverride> findSpace(String spaceKey) {
            return Optional.ofNullable(spaces.get(spaceKey));
        }

        @Override
        public void saveSpace(SpaceOverride override) {
            spaces.put(override.spaceKey(), override);
        }
    }
}
