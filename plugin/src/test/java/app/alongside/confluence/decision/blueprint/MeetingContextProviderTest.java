package app.alongside.confluence.decision.blueprint;

import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static app.alongside.confluence.decision.blueprint.BlueprintFixture.TITLE_KEY;
import static app.alongside.confluence.decision.blueprint.BlueprintFixture.context;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

public class MeetingContextProviderTest {

    private static final String TEMPLATE = "blueprints/meeting.xml";
    private final BlueprintFixture blueprint = new BlueprintFixture();

    @Test
    public void titleIsTheGroupsMeetingOnTheDateWrittenOutInFull() {
        Map<String, Object> context = context(blueprint.meeting(), "meetingDate", "3/11/2026",
                "groupName", "  Recovery College   co-production group ");

        assertEquals("Recovery College co-production group meeting \u2014 3 November 2026", context.get(TITLE_KEY));
        assertEquals("Recovery College co-production group", context.get("groupName"));
        assertThat(blueprint.fill(TEMPLATE, context), containsString("<time datetime=\"2026-11-03\" />"));
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
