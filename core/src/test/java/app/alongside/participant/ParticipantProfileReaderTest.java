package app.alongside.participant;

import app.alongside.validation.Problem;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ParticipantProfileReaderTest {

    private final ParticipantProfileReader reader = new ParticipantProfileReader();

    @Test
    public void everyFieldIsReadFromPageStorage() {
        String storage = "<p>Intro</p>" + macro(
                param("name", "Siobhán O&rsquo;Neill")
                + param("preferredName", "Shiv")
                + param("pronouns", "she/her")
                + "<ac:parameter ac:name=\"user\"><ri:user ri:userkey=\"8a7f808a\" /></ac:parameter>"
                + param("photo", "shiv.png")
                + param("skills", "Cooking, peer support")
                + param("interests", "Housing; Art &amp; craft")
                + param("access", "large-print, breaks")
                + param("accessNotes", "Please send papers a week ahead")
                + param("availability", "Tuesday&nbsp;afternoons"),
                "<p>I bring <strong>twenty years</strong> of cooking.</p>");

        ParsedProfile parsed = reader.readPage(storage, "Siobhán’s page").orElseThrow();

        ParticipantProfile p = parsed.profile();
        assertEquals(List.of(), parsed.problems());
        assertEquals("Siobhán O’Neill", p.name());
        assertEquals(Optional.of("Shiv"), p.preferredName());
        assertEquals("Shiv", p.displayName());
        assertEquals(Optional.of("she/her"), p.pronouns());
        assertEquals(Optional.of("8a7f808a"), p.userKey());
        assertEquals(Optional.of("shiv.png"), p.photo());
        assertEquals(List.of("Cooking", "peer support"), p.skills());
        assertEquals(List.of("Housing", "Art & craft"), p.interests());
        assertEquals(Set.of(AccessNeed.LARGE_PRINT, AccessNeed.BREAKS), p.accessNeeds());
        assertEquals(Optional.of("Please send papers a week ahead"), p.accessNotes());
        assertEquals(Optional.of("Tuesday afternoons"), p.availability());
        assertEquals("<p>I bring <strong>twenty years</strong> of cooking.</p>", p.whatIBringStorage());
        assertEquals("I bring twenty years of cooking.", p.whatIBringText());
    }

    @Test
    public void aPageWithoutAProfileHasNone() {
        assertEquals(Optional.empty(), reader.readPage("<p>Just a page</p>", "Notes"));
        assertEquals(Optional.empty(), reader.readPage("", "Notes"));
        assertEquals(Optional.empty(), reader.readPage(null, "Notes"));
    }

    @Test
    public void theFirstProfileOnThePageIsTheOneRead() {
        String storage = macro(param("name", "First"), "") + macro(param("name", "Second"), "");

        assertEquals("First", reader.readPage(storage, "T").orElseThrow().profile().name());
    }

    @Test
    public void aMissingNameFallsBackToThePageTitleWithAProblem() {
        ParsedProfile parsed = reader.readPage(macro(param("name", "  "), ""), "Sam Okafor").orElseThrow();

        assertEquals("Sam Okafor", parsed.profile().name());
        assertEquals(List.of(Problem.of("name", "alongside.participant.error.name.missing")), parsed.problems());
    }

    @Test
    public void skillsAreSplitTrimmedAndDeduplicatedIgnoringCase() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann",
                "skills", " Cooking, cooking ;Art,,  Peer \n  support ; COOKING", "interests", ""), "", "T");

        assertEquals(List.of("Cooking", "Art", "Peer support"), parsed.profile().skills());
        assertEquals(List.of(), parsed.profile().interests());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    public void moreThanThirtyItemsAreCutToThirtyWithAProblem() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 35; i++) {
            many.append("interest ").append(i).append(", ");
        }
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann", "interests", many.toString()), "", "T");

        assertEquals(30, parsed.profile().interests().size());
        assertEquals("interest 30", parsed.profile().interests().get(29));
        assertEquals(List.of(Problem.of("interests", "alongside.participant.error.tooMany", "interests", 30)),
                parsed.problems());
    }

    @Test
    public void anOverlongItemIsCutWithAProblem() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann", "skills", "x".repeat(300) + ", Art"), "", "T");

        assertEquals(List.of("x".repeat(255), "Art"), parsed.profile().skills());
        assertEquals(List.of(Problem.of("skills", "alongside.participant.error.tooLong", "skills", 255)),
                parsed.problems());
    }

    @Test
    public void overlongTextIsCutToTheLimitCountingCharactersNotCodeUnits() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("name", "🌻".repeat(255));
        parameters.put("pronouns", "p".repeat(256));
        parameters.put("availability", "我".repeat(1_001));

        ParsedProfile parsed = reader.readMacro(parameters, "", "T");

        assertEquals("🌻".repeat(255), parsed.profile().name());
        assertEquals(Optional.of("p".repeat(255)), parsed.profile().pronouns());
        assertEquals(Optional.of("我".repeat(1_000)), parsed.profile().availability());
        assertEquals(List.of(Problem.of("pronouns", "alongside.participant.error.tooLong", "pronouns", 255),
                Problem.of("availability", "alongside.participant.error.tooLong", "availability", 1_000)),
                parsed.problems());
    }

    @Test
    public void unknownAccessCodesAreProblemsNamingTheValidOnesAndKnownOnesAreKept() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann",
                "access", "Large print, BSL, wheelchair, easy_read"), "", "T");

        assertEquals(Set.of(AccessNeed.LARGE_PRINT, AccessNeed.BSL, AccessNeed.EASY_READ),
                parsed.profile().accessNeeds());
        assertEquals(List.of(Problem.of("access", "alongside.participant.error.access.unknown", "wheelchair",
                "large-print, easy-read, pre-reads, breaks, bsl, captions, quiet-space, online, in-person")),
                parsed.problems());
    }

    @Test
    public void aMacroTakesTheUserKeyTheAdapterResolvedAndItsBody() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann", "user", " 8a7f "),
                "<p>Listening &amp; <em>art</em></p>", "Ann’s page");

        assertEquals(Optional.of("8a7f"), parsed.profile().userKey());
        assertEquals("<p>Listening &amp; <em>art</em></p>", parsed.profile().whatIBringStorage());
        assertEquals("Listening & art", parsed.profile().whatIBringText());
    }

    @Test
    public void aMacroWithNothingGivenStillShowsSomeoneByThePageTitle() {
        ParsedProfile parsed = reader.readMacro(null, null, "Sam");

        assertEquals("Sam", parsed.profile().name());
        assertEquals("", parsed.profile().whatIBringStorage());
        assertEquals(List.of(Problem.of("name", "alongside.participant.error.name.missing")), parsed.problems());
    }

    @Test
    public void anUnreadableMacroBodyIsLeftOutWithAProblem() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann"), "<p>unclosed <b>bold</p>", "T");

        assertEquals("", parsed.profile().whatIBringStorage());
        assertEquals("", parsed.profile().whatIBringText());
        assertEquals(List.of(Problem.of("body", "alongside.participant.error.body.unreadable")), parsed.problems());
    }

    @Test
    public void anyScriptAndEmojiAreKeptAsWritten() {
        ParsedProfile parsed = reader.readPage(macro(param("name", "محمد علي") + param("preferredName", "小明 🌱")
                + param("skills", "الترجمة, 普通话, Cymraeg 🏴"), "<p>أحب الطبخ 💚</p>"), "T").orElseThrow();

        assertEquals("محمد علي", parsed.profile().name());
        assertEquals(Optional.of("小明 🌱"), parsed.profile().preferredName());
        assertEquals(List.of("الترجمة", "普通话", "Cymraeg 🏴"), parsed.profile().skills());
        assertEquals("أحب الطبخ 💚", parsed.profile().whatIBringText());
    }

    @Test
    public void hostileTextIsKeptAsTextForTemplatesToEscape() {
        ParsedProfile parsed = reader.readPage(macro(param("name", "&lt;script&gt;alert(1)&lt;/script&gt;")
                + param("pronouns", "\"&gt;&lt;img src=x onerror=alert(1)&gt;"), ""), "T").orElseThrow();

        assertEquals("<script>alert(1)</script>", parsed.profile().name());
        assertEquals(Optional.of("\"><img src=x onerror=alert(1)>"), parsed.profile().pronouns());
    }

    @Test
    public void controlCharactersInParametersAreRemoved() {
        ParsedProfile parsed = reader.readMacro(Map.of("name", "Ann\u0000\u0007 Lee\r\n"), "", "T");

        assertEquals("Ann Lee", parsed.profile().name());
    }

    @Test
    public void externalEntitiesAreNeverResolved() {
        String xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + macro(param("name", "&e;"), "");

        assertEquals(Optional.empty(), reader.readPage(xxe, "T"));
        ParsedProfile macro = reader.readMacro(Map.of("name", "Ann"), xxe, "T");
        assertFalse(macro.profile().whatIBringText().contains("root"));
        assertEquals("alongside.participant.error.body.unreadable", macro.problems().get(0).messageKey());
    }

    @Test
    public void aBillionLaughsIsRefusedNotExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");

        assertEquals(Optional.empty(), reader.readPage(dtd + macro(param("name", "&lol9;"), ""), "T"));
    }

    @Test
    public void aPageOfFiveMegabytesOrMoreIsNotRead() {
        String huge = macro(param("name", "Ann"), "<p>" + "a".repeat(5_000_001) + "</p>");

        assertEquals(Optional.empty(), reader.readPage(huge, "T"));
    }

    @Test
    public void deeplyNestedStorageIsRefusedRatherThanExhaustingTheStack() {
        int depth = 200_000;
        String nested = "<span>".repeat(depth) + "deep" + "</span>".repeat(depth);

        assertEquals(Optional.empty(), reader.readPage(macro(param("name", "Ann"), nested), "T"));
        ParsedProfile macro = reader.readMacro(Map.of("name", "Ann"), nested, "T");
        assertEquals("Ann", macro.profile().name());
        assertEquals(List.of(Problem.of("body", "alongside.participant.error.body.unreadable")), macro.problems());
    }

    @Test
    public void ordinaryNestingCommentsAndQuotedBracketsAreNotTooDeep() {
        String fine = "<!-- <a><a><a> --><![CDATA[<b><b>]]><p title=\"a > b\"><br/><ri:user ri:userkey='k' />"
                + "<span>".repeat(ParticipantProfileReader.MAX_DEPTH - 1) + "</span>".repeat(ParticipantProfileReader.MAX_DEPTH - 1)
                + "</p>";

        assertFalse(ParticipantProfileReader.tooDeep(fine));
        assertTrue(ParticipantProfileReader.tooDeep("<p>" + fine + "<i>".repeat(2) + "</i></i></p>"));
        String shallower = fine.replace("<span>".repeat(20), "").replace("</span>".repeat(20), "");
        assertEquals("Ann", reader.readPage(macro(param("name", "Ann"), shallower), "T").orElseThrow()
                .profile().name());
    }

    @Test
    public void brokenStorageGivesNoProfileRatherThanAnError() {
        for (String broken : List.of("<ac:structured-macro ac:name=\"alongside-participant\">",
                "<p>unclosed", "</p>", "<x:y>unknown namespace</x:y>", "&#0;", "<![CDATA[", "\u0000")) {
            assertEquals(broken, Optional.empty(), reader.readPage(broken, "T"));
        }
    }

    @Test
    public void aUserParameterWithoutAUserKeyIsNoAccount() {
        ParsedProfile parsed = reader.readPage(macro(param("name", "Ann")
                + "<ac:parameter ac:name=\"user\"><ri:user ri:username=\"ann\" /></ac:parameter>", ""), "T")
                .orElseThrow();

        assertEquals(Optional.empty(), parsed.profile().userKey());
        assertTrue(parsed.problems().isEmpty());
    }

    private static String macro(String parameters, String body) {
        return "<ac:structured-macro ac:name=\"alongside-participant\" ac:schema-version=\"1\">" + parameters
                + (body.isEmpty() ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }
}
