package app.alongside.confluence.decision.blueprint;

import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.meeting.MeetingReader;
import app.alongside.meeting.ParsedMeeting;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.alongside.confluence.decision.blueprint.BlueprintFixture.TITLE_KEY;
import static app.alongside.confluence.decision.blueprint.BlueprintFixture.context;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class MeetingContextProviderTest {

    private static final String TEMPLATE = "blueprints/meeting.xml";
    private final BlueprintFixture blueprint = new BlueprintFixture();

    @Test
    public void titleIsTheGroupsMeetingOnTheDateWrittenOutInFull() {
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", "3/11/2026",
                "groupName", "  Recovery College   co-production group ");

        assertEquals("Recovery College co-production group meeting \u2014 3 November 2026", context.get(TITLE_KEY));
        assertEquals("Recovery College co-production group", context.get("groupName"));
        assertThat(blueprint.fill(TEMPLATE, context),
                containsString("<ac:parameter ac:name=\"date\">2026-11-03</ac:parameter>"));
    }

    @Test
    public void theNotesStartWithTheMeetingRecordDatedFromTheWizardAndAskingWhoChaired() {
        String storage = blueprint.fill(TEMPLATE, context(blueprint.meeting(), "meetingDate", "3/11/2026",
                "groupName", "Carers"));

        assertTrue(storage.startsWith("<ac:structured-macro ac:name=\"alongside-meeting\""));
        ParsedMeeting meeting = new MeetingReader().readPage(storage).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 3)), meeting.meeting().date());
        assertEquals("the placeholder is not a chair: the record asks for one", List.of(),
                meeting.meeting().chairs());
        assertThat(storage, containsString("ac:placeholder ac:type=\"mention\">Mention who chaired this meeting"));
    }

    @Test
    public void aDateThatCannotBeReadIsPutInTheMeetingRecordAsTypedForThePersonToCorrect() {
        String storage = blueprint.fill(TEMPLATE, context(blueprint.meeting(), "meetingDate", "the second Tuesday",
                "groupName", "Carers"));

        ParsedMeeting meeting = new MeetingReader().readPage(storage).orElseThrow();
        assertEquals(Optional.empty(), meeting.meeting().date());
        assertTrue(meeting.problems().contains(Problem.of("date", "alongside.meeting.problem.date.invalid",
                "the second Tuesday")));
    }

    @Test
    public void blankDateMeansTodayAndBlankGroupStillGivesATitle() {
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", " ", "groupName", "");

        assertEquals("Meeting \u2014 14 October 2026", context.get(TITLE_KEY));
        assertEquals("14 October 2026", context.get("meetingDate"));
    }

    @Test
    public void dateThatCannotBeReadIsKeptAsTypedRatherThanLost() {
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", "the second Tuesday",
                "groupName", "Carers\u2019 forum");

        assertEquals("Carers\u2019 forum meeting \u2014 the second Tuesday", context.get(TITLE_KEY));
        assertThat(blueprint.fill(TEMPLATE, context), containsString("the second Tuesday"));
    }

    @Test
    public void hostileWizardInputEndsUpAsInertTextInThePage() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", attack, "groupName", attack);

        String storage = blueprint.fill(TEMPLATE, context);

        assertEquals(List.of(), HtmlInertness.activeContent(storage));
        assertThat(storage, not(containsString("<script")));
        assertThat(storage, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        List<ParsedDecision> decisions = new DecisionStorageReader().readPage(storage);
        assertEquals(1, decisions.size());
        assertEquals("the typed date stays text in the meeting record", Optional.empty(),
                new MeetingReader().readPage(storage).orElseThrow().meeting().date());
        assertEquals("the title is plain text; whoever shows it escapes it",
                "<script>alert(1)</script><img src=x onerror=alert(2)>\"'& meeting \u2014 " + attack,
                context.get(TITLE_KEY));
    }

    @Test
    public void controlCharactersAndOverlongNamesAreTidiedSoTheTitleFits() {
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", "14/10/2026",
                "groupName", "A\u0000B\nC" + "x".repeat(300));

        String group = (String) context.get("groupName");
        assertEquals(MeetingContextProvider.MAX_GROUP_LENGTH, group.length());
        assertThat(group, containsString("A B C"));
        assertThat(((String) context.get(TITLE_KEY)).length() <= 255, org.hamcrest.CoreMatchers.is(true));
    }
}
