package app.alongside.confluence.fidelity;

import app.alongside.confluence.decision.macro.DecisionMacro;
import app.alongside.confluence.decision.macro.RegisterMacro;
import app.alongside.confluence.decision.macro.StageMacro;
import app.alongside.confluence.decision.macro.YouSaidMacro;
import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.participant.macro.ParticipantDirectoryMacro;
import app.alongside.confluence.participant.macro.ParticipantMacro;
import app.alongside.confluence.principle.PrinciplesMacro;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Rule;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * Every Alongside macro, rendered with perspectives recorded (with consent) for every person it shows, names no
 * perspective anywhere in its output — text, attributes or links — except in the fixed wording of a totals line
 * ("Lived experience: 3 of 7 people"), which is a line of its own and never beside a name. The words looked for are
 * each perspective's code and its English name in the app's bundle.
 */
public class EveryMacroIsRoleNeutralTest {

    /** The perspectives' English names, as a fallback while a bundle lacks them (the bundle's are used too). */
    private static final List<String> ENGLISH_NAMES = List.of("Lived experience of using services",
            "Carer or family member", "Peer worker", "Staff or practitioner", "Community partner", "Prefer not to say");

    private static final String MEETING = """
            <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1">
              <ac:parameter ac:name="title">Move the Tuesday session to the library</ac:parameter>
              <ac:parameter ac:name="status">decided</ac:parameter>
              <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter>
              <ac:rich-text-body>
                <p>We will meet at the central library.</p>
                %s
              </ac:rich-text-body>
            </ac:structured-macro>""";
    private static final String STAGES = """
            <ac:structured-macro ac:name="alongside-stage"><ac:parameter ac:name="stage">agenda</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:page ri:content-title="Priya Shah"/></ac:link>,
                <ac:link><ri:page ri:content-title="Rowan Ellis"/></ac:link> and Sam</p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-stage"><ac:parameter ac:name="stage">deciding</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-jordan"/></ac:link>, <ac:link><ri:user ri:userkey="u-kim"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-lee"/></ac:link>, <ac:link><ri:page ri:content-title="Priya Shah"/></ac:link>
                and <ac:link><ri:page ri:content-title="Rowan Ellis"/></ac:link></p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-you-said">
              <ac:parameter ac:name="by"><ri:user ri:userkey="u-jordan"/></ac:parameter>
              <ac:parameter ac:name="response">adopted</ac:parameter>
              <ac:parameter ac:name="answer">Done.</ac:parameter>
              <ac:rich-text-body><p>Step-free, please.</p></ac:rich-text-body>
            </ac:structured-macro>""";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ParticipantFixture fixture = new ParticipantFixture(confluence);
    private final InvolvementTotals totals = new InvolvementTotals(fixture.perspectiveStore,
            new ParticipantSubjects(fixture.participants), fixture.decisions,
            new SettingsService(mock(SettingsRepository.class)));
    private final Page meetingPage = ParticipantFixture.page(300, fixture.rc, "Group meeting", "");
    private final Page priyasPage = ParticipantFixture.page(42, fixture.rc, "Priya Shah", "");
    private final Page rowansPage = ParticipantFixture.page(44, fixture.rc, "Rowan Ellis", "");

    {
        fixture.user("u-alex", "alex", "Alex Morgan");
        fixture.user("u-jordan", "jordan", "Jordan Reid");
        fixture.user("u-kim", "kim", "Kim Lee");
        fixture.user("u-lee", "lee", "Lee Hart");
        fixture.user("u-priya", "priya", "Priya Shah");
        fixture.indexed(42, "RC", new ParticipantProfile("Priya Shah", Optional.empty(), Optional.of("she/her"),
                Optional.of("u-priya"), Optional.empty(), List.of("Evaluation"), List.of("Community languages"),
                Set.of(), Optional.empty(), Optional.empty(), "", ""));
        fixture.indexed(44, "RC", new ParticipantProfile("Rowan Ellis", Optional.empty(), Optional.of("they/them"),
                Optional.empty(), Optional.empty(), List.of("Walking routes"), List.of("Green spaces"), Set.of(),
                Optional.empty(), Optional.empty(), "", ""));
        // Everyone shown has a perspective on record, with consent; nobody chose to show it on their page.
        fixture.declare("u-alex", "staff-or-practitioner", "I work in the service.", false);
        fixture.declare("u-jordan", "lived-experience", "I use the service.", false);
        fixture.declare("u-kim", "carer-or-family", null, false);
        fixture.declare("u-lee", "community-partner", null, false);
        fixture.declare("u-priya", "peer-worker", "I am a peer worker.", false);
        fixture.declareFor(SubjectKey.participantPage(44), "prefer-not-to-say", null, false);
        for (ParsedDecision parsed : new DecisionStorageReader().readPage(MEETING.formatted(STAGES))) {
            fixture.decisions.replacePage(new IndexedPage(300, "RC", "Group meeting", IndexedPage.ContentType.PAGE,
                    List.of()), List.of(parsed.decision()));
        }
    }

    /** Each macro the descriptor declares, rendered on a page where perspectives are recorded for everyone named. */
    private Map<String, String> everyMacro() {
        var r = fixture.rendering;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("alongside-principles", new PrinciplesMacro(r.templates, r.messages, r.pageBuilder)
                .execute(Map.of("framework", "nihr"), null, fixture.context(meetingPage, "display")));
        out.put("alongside-decision", new DecisionMacro(r.templates, r.messages, fixture.xhtmlContent,
                fixture.userAccessor, fixture.currentRequest, totals, new app.alongside.confluence.testing.SignalsFixture()
                .cardPlacements(confluence.permissions, confluence.currentUser, fixture.currentRequest,
                        fixture.userAccessor, r.messages))
                .execute(Map.of("title", "Move the Tuesday session to the library", "status", "decided"),
                        MEETING.formatted(STAGES).replaceAll("(?s)^.*?<ac:rich-text-body>", "")
                                .replaceAll("(?s)</ac:rich-text-body>\\s*</ac:structured-macro>$", ""),
                        fixture.context(meetingPage, "display")));
        out.put("alongside-stage", new StageMacro(r.templates, r.messages, fixture.userAccessor, fixture.currentRequest)
                .execute(Map.of("stage", "deciding"), "<p><ac:link><ri:user ri:userkey=\"u-jordan\"/></ac:link>, "
                        + "<ac:link><ri:page ri:content-title=\"Rowan Ellis\"/></ac:link></p>",
                        fixture.context(meetingPage, "display")));
        // meetings and chair rotation: chaired by people whose perspectives are all recorded
        out.put("alongside-meeting", new app.alongside.confluence.meeting.macro.MeetingMacro(r.templates, r.messages,
                fixture.userAccessor, fixture.currentRequest).execute(Map.of("date", "2026-10-14"),
                "<p><ac:link><ri:user ri:userkey=\"u-jordan\"/></ac:link> and "
                        + "<ac:link><ri:page ri:content-title=\"Rowan Ellis\"/></ac:link></p>",
                fixture.context(meetingPage, "display")));
        out.put("alongside-you-said", new YouSaidMacro(r.templates, r.messages, fixture.userAccessor,
                fixture.currentRequest).execute(Map.of("by", "jordan", "response", "pending"),
                "<p>Step-free, please.</p>", fixture.context(meetingPage, "display")));
        out.put("alongside-register", new RegisterMacro(r.templates, r.messages, new DecisionRegister(fixture.decisions),
                fixture.visibility, confluence.permissions, confluence.currentUser, fixture.currentRequest,
                placedWithEverySignal(), new app.alongside.confluence.testing.SignalsFixture()
                .live).execute(Map.of(), null, fixture.context(meetingPage, "display")));
        ParticipantMacro participant = new ParticipantMacro(r.templates, r.messages, fixture.xhtmlContent,
                fixture.userAccessor, fixture.currentRequest, confluence.currentUser, fixture.takingPart);
        out.put("alongside-participant", participant.execute(Map.of("name", "Priya Shah", "pronouns", "she/her",
                        "user", "priya", "skills", "Evaluation"), "<p>I listen.</p>",
                fixture.context(priyasPage, "display"))
                + participant.execute(Map.of("name", "Rowan Ellis"), "<p>Walks.</p>",
                fixture.context(rowansPage, "display")));
        ParticipantDirectoryMacro directory = new ParticipantDirectoryMacro(r.templates, r.messages, fixture.directory,
                fixture.visibility, confluence.permissions, confluence.currentUser, fixture.currentRequest);
        out.put("alongside-participant-directory", directory.execute(Map.of(), null,
                fixture.context(meetingPage, "display"))
                + directory.execute(Map.of("layout", "table"), null, fixture.context(meetingPage, "display")));
        // Charter (issue 6): signed by people with perspectives on record, commitments checked against the meeting.
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T10:00:00Z"),
                java.time.ZoneOffset.UTC);
        app.alongside.charter.signing.Signing signing = new app.alongside.charter.signing.Signing(
                new app.alongside.charter.signing.InMemorySignatureStore(), clock);
        for (String key : List.of("u-jordan", "u-alex", "u-priya", "u-kim")) {
            signing.sign(key, 300, 1);
        }
        SettingsService settings = new SettingsService(mock(SettingsRepository.class));
        out.put("alongside-charter", new app.alongside.confluence.charter.macro.CharterMacro(r.templates, r.messages,
                fixture.xhtmlContent, fixture.userAccessor, confluence.currentUser, fixture.currentRequest,
                confluence.permissions, fixture.visibility,
                new app.alongside.charter.CommitmentEvaluator(fixture.decisions, totals,
                        new app.alongside.meeting.InMemoryMeetingIndex(),
                        app.alongside.reciprocity.RecognitionTimeliness.NONE), signing,
                new app.alongside.charter.checkin.CheckIns(new app.alongside.charter.checkin.InMemoryCheckInStore()),
                settings, clock, mock(com.atlassian.sal.api.xsrf.XsrfTokenAccessor.class),
                mock(com.atlassian.sal.api.xsrf.XsrfTokenValidator.class))
                .execute(Map.of("group", "Recovery College group", "framework", "nef", "status", "agreed",
                        "commitments", "lived-experience-in-every-decision:2, lived-experience-at-agenda, "
                                + "you-said-answered-within:30"), "<p>We shape the courses.</p>",
                        fixture.context(meetingPage, "display")));
        // Insights (issue 7): every section with figures, from a fake Insights (the figures are counts, never people).
        out.put("alongside-insights", new app.alongside.confluence.insight.macro.InsightsMacro(r.templates, r.messages,
                (query, spaces, pages, today) -> app.alongside.insight.view.InsightsFixtures.busy(query, "Our charter"),
                confluence.permissions, confluence.currentUser, fixture.visibility, fixture.currentRequest, clock)
                .execute(Map.of(), null, fixture.context(meetingPage, "display")));
        return out;
    }

    /** Every decision in the index placed, with every decision signal, so the register names them all. */
    private app.alongside.ladder.InMemoryPlacementIndex placedWithEverySignal() {
        app.alongside.ladder.InMemoryPlacementIndex index = new app.alongside.ladder.InMemoryPlacementIndex();
        java.util.Set<app.alongside.signal.SignalKind> kinds = java.util.EnumSet.of(
                app.alongside.signal.SignalKind.DECIDED_WITHOUT_LIVED_EXPERIENCE,
                app.alongside.signal.SignalKind.JOINED_LATE, app.alongside.signal.SignalKind.FEW_SEATS,
                app.alongside.signal.SignalKind.CLAIMED_ABOVE_EVIDENCE);
        for (long id = 1; id <= fixture.decisions.size() + 1; id++) {
            index.put(new app.alongside.ladder.StoredPlacement(id, app.alongside.ladder.LadderRung.ENGAGEMENT,
                    java.util.Optional.of(app.alongside.ladder.LadderRung.CO_PRODUCTION), kinds,
                    java.util.Optional.of(java.time.LocalDate.of(2026, 1, 1))));
        }
        return index;
    }

    private static List<String> perspectiveWords() {
        Properties bundle = PluginFiles.i18n();
        Set<String> words = new TreeSet<>();
        for (Perspective perspective : Perspective.values()) {
            words.add(perspective.code());
            String name = bundle.getProperty(perspective.messageKey());
            if (name != null) {
                words.add(name.toLowerCase(Locale.ROOT));
            }
        }
        ENGLISH_NAMES.forEach(name -> words.add(name.toLowerCase(Locale.ROOT)));
        return List.copyOf(words);
    }

    @Test
    public void everyMacroTheAppDeclaresIsCoveredHere() {
        Set<String> declared = new TreeSet<>();
        for (org.w3c.dom.Element macro : PluginFiles.elements(PluginFiles.descriptor(), "xhtml-macro")) {
            declared.add(macro.getAttribute("name"));
        }
        assertEquals(declared, new TreeSet<>(everyMacro().keySet()));
    }

    @Test
    public void noMacroNamesAPerspectiveAnywhereButInATotalsLinesFixedWording() {
        List<String> words = perspectiveWords();
        int totalsLines = 0;
        for (Map.Entry<String, String> rendered : everyMacro().entrySet()) {
            Document document = Jsoup.parse(rendered.getValue());
            assertTrue(rendered.getKey() + " rendered nothing", document.text().length() > 10);
            for (Element line : document.select(".alongside-totals")) {
                totalsLines++;
                assertTrue(line.text(), line.text().matches("Lived experience: (\\d+ of \\d+ people|not shown \\(.+\\))"));
                assertTrue("a totals line holds no link or name", line.select("a").isEmpty());
                assertTrue("a totals line is not inside a person's list item",
                        line.parents().stream().noneMatch(parent -> parent.normalName().equals("li")));
            }
            document.select(".alongside-totals").remove();
            // The ladder placement and signals: fixed wording about the decision's shown totals, which may say
            // "lived experience" (as a totals line does) but holds no link, no name, and sits in no person's item.
            for (Element aggregate : document.select(".alongside-aggregate")) {
                assertTrue("an aggregate holds no link", aggregate.select("a").isEmpty());
                assertTrue("an aggregate is not inside a person's list",
                        aggregate.parents().stream().noneMatch(p -> p.hasClass("alongside-decision__people")));
                for (String name : List.of("Alex Morgan", "Jordan Reid", "Kim Lee", "Lee Hart", "Priya Shah",
                        "Rowan Ellis", "Sam")) {
                    assertFalse("an aggregate names nobody: " + aggregate.text(), aggregate.text().contains(name));
                }
            }
            document.select(".alongside-aggregate").remove();
            String everything = document.outerHtml().toLowerCase(Locale.ROOT);
            List<String> found = words.stream().filter(everything::contains).toList();
            assertEquals(rendered.getKey(), List.of(), found);
        }
        assertTrue("the decision card showed its totals", totalsLines >= 2);
    }

    @Test
    public void peopleAreShownByNameOnly() {
        String decision = Jsoup.parse(everyMacro().get("alongside-decision")).selectFirst(
                ".alongside-decision__stage--deciding ul").text();

        assertEquals("Alex Morgan Jordan Reid Kim Lee Lee Hart Priya Shah Rowan Ellis", decision);
    }

    @Test
    public void theRegisterNamesSignalsInFixedWordsAndTheCardPlacesTheDecision() {
        Map<String, String> rendered = everyMacro();
        Document register = Jsoup.parse(rendered.get("alongside-register"));
        List<String> signals = register.select(".alongside-register__signal").eachText();
        assertTrue(signals.toString(), signals.contains("⚠ Decided without lived experience"));
        assertTrue(register.select(".alongside-register__signals").stream()
                .allMatch(list -> list.hasClass("alongside-aggregate") && list.select("a").isEmpty()));
        Document card = Jsoup.parse(rendered.get("alongside-decision"));
        assertTrue("the card places the decision", card.selectFirst(".alongside-ladder") != null);
    }

    @Test
    public void everyMacroRendersWithoutAFailurePanel() {
        for (Map.Entry<String, String> rendered : everyMacro().entrySet()) {
            assertTrue(rendered.getKey(), !rendered.getValue().contains("Something went wrong"));
        }
    }
}
