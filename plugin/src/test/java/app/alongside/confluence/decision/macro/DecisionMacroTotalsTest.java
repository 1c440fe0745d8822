package app.alongside.confluence.decision.macro;

import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.InMemoryAuditLog;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.PerspectiveStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static app.alongside.confluence.decision.macro.DecisionMacroTest.params;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The lived-experience total on each stage of a decision card, from core's real {@link InvolvementTotals} over its
 * fakes: a line of its own after the stage's people, suppressed below k, never beside a name.
 */
public class DecisionMacroTotalsTest {

    private static final String BODY = """
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">deciding</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-a"/></ac:link>, <ac:link><ri:user ri:userkey="u-b"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-c"/></ac:link>, <ac:link><ri:user ri:userkey="u-d"/></ac:link> and Sam</p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">agenda</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-a"/></ac:link></p></ac:rich-text-body>
            </ac:structured-macro>
            <ac:structured-macro ac:name="alongside-stage">
              <ac:parameter ac:name="stage">reviewing</ac:parameter>
              <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-a"/></ac:link>, <ac:link><ri:user ri:userkey="u-b"/></ac:link>,
                <ac:link><ri:user ri:userkey="u-c"/></ac:link></p></ac:rich-text-body>
            </ac:structured-macro>
            """;

    private final MacroFixture fixture = new MacroFixture();
    private final PerspectiveService perspectives = new PerspectiveService(fixture.perspectives, new InMemoryAuditLog(),
            Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    private final DecisionMacro macro = new DecisionMacro(fixture.rendering.templates, fixture.rendering.messages,
            fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest, fixture.totals, fixture.placements());

    {
        fixture.user("u-a", "a", "Ash Adams");
        fixture.user("u-b", "b", "Bea Brown");
        fixture.user("u-c", "c", "Cal Cole");
        fixture.user("u-d", "d", "Dee Dunn");
        declare("u-a", "lived-experience");
        declare("u-b", "carer-or-family");
        declare("u-c", "peer-worker");
        declare("u-d", "staff-or-practitioner");
    }

    private void declare(String userKey, String code) {
        perspectives.declareOwn(userKey, DeclarationForm.own(List.of(code), true, null, false)).get();
    }

    private Document card() {
        return Jsoup.parse(macro.execute(params("title", "T"), BODY, fixture.context));
    }

    @Test
    public void stageWithEnoughPeopleShowsHowManyHadLivedExperienceAfterItsList() {
        Element deciding = card().selectFirst(".alongside-decision__stage--deciding dd");

        assertEquals(List.of("Ash Adams", "Bea Brown", "Cal Cole", "Dee Dunn", "Sam"), deciding.select("li").eachText());
        Element totals = deciding.selectFirst(".alongside-totals");
        assertEquals("Lived experience: 3 of 4 people", totals.text());
        assertEquals("a line of its own, after the list", "p", totals.normalName());
        assertEquals(deciding.selectFirst("ul"), totals.previousElementSibling());
        assertTrue(deciding.select("li .alongside-totals, li:contains(Lived experience)").isEmpty());
    }

    @Test
    public void stageWithFewerThanKPeopleSaysTheTotalIsNotShownAndWhy() {
        assertEquals("Lived experience: not shown (fewer than 3 people with an account or a participant page took part)",
                card().selectFirst(".alongside-decision__stage--agenda .alongside-totals").text());
    }

    @Test
    public void totalThatWouldDescribeEveryoneNamedIsNotShown() {
        assertEquals("Lived experience: not shown (it could tell you about someone in particular)",
                card().selectFirst(".alongside-decision__stage--reviewing .alongside-totals").text());
    }

    @Test
    public void withdrawnConsentLeavesTheTotalAtOnce() {
        perspectives.withdraw("u-c", app.alongside.perspective.SubjectKey.user("u-c"));

        // 2 counted is fewer than k = 3, so the total is now suppressed rather than shown as 3.
        assertEquals("Lived experience: not shown (it could tell you about someone in particular)",
                card().selectFirst(".alongside-decision__stage--deciding .alongside-totals").text());
    }

    @Test
    public void stageWithNobodyHasNoTotalsLine() {
        assertNull(card().selectFirst(".alongside-decision__stage--options .alongside-totals"));
    }

    @Test
    public void totalThatCannotBeWorkedOutIsSaidAndTheCardStillShows() {
        PerspectiveStore down = mock(PerspectiveStore.class);
        when(down.countLivedExperience(any())).thenThrow(new IllegalStateException("database down"));
        DecisionMacro withoutStore = new DecisionMacro(fixture.rendering.templates, fixture.rendering.messages,
                fixture.xhtmlContent, fixture.userAccessor, fixture.currentRequest,
                new InvolvementTotals(down, new app.alongside.participant.ParticipantSubjects(fixture.participantIndex),
                        fixture.decisionIndex, new app.alongside.settings.SettingsService(
                                mock(app.alongside.settings.SettingsRepository.class))), fixture.placements());

        Document card = Jsoup.parse(withoutStore.execute(params("title", "T"), BODY, fixture.context));

        assertEquals("Lived experience: cannot be worked out just now",
                card.selectFirst(".alongside-decision__stage--deciding .alongside-totals").text());
        assertEquals("T", card.selectFirst("h3").text());
    }

    @Test
    public void noPerspectiveWordAppearsAnywhereButTheTotalsLines() {
        assertEquals(List.of(), MacroFixture.perspectiveWordsIn(card().html()));
    }
}
