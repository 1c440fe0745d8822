package app.alongside.confluence.decision.blueprint;

import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.alongside.confluence.decision.blueprint.BlueprintFixture.TITLE_KEY;
import static app.alongside.confluence.decision.blueprint.BlueprintFixture.context;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

public class DecisionRecordContextProviderTest {

    private static final String TEMPLATE = "blueprints/decision-record.xml";
    private final BlueprintFixture blueprint = new BlueprintFixture();

    @Test
    public void titleAndStatusFromTheWizardBecomeThePageTitleAndTheDecisionMacro() {
        Map<String, Object> context = context(blueprint.decisionRecord(),
                "decisionTitle", " Move the Tuesday session to the library ", "decisionStatus", "under-discussion");

        assertEquals("Move the Tuesday session to the library", context.get(TITLE_KEY));
        ParsedDecision parsed = new DecisionStorageReader().readPage(blueprint.fill(TEMPLATE, context)).get(0);
        assertEquals(List.of(), parsed.problems());
        Decision decision = parsed.decision();
        assertEquals("Move the Tuesday session to the library", decision.title());
        assertEquals(DecisionStatus.UNDER_DISCUSSION, decision.status());
        assertEquals(Optional.empty(), decision.decidedOn());
        assertEquals(1, decision.contributions().size());
    }

    @Test
    public void aDecisionAlreadyMadeIsDecidedToday() {
        Map<String, Object> context = context(blueprint.decisionRecord(), "decisionTitle", "Pay for travel",
                "decisionStatus", "decided");

        Decision decision = new DecisionStorageReader().readPage(blueprint.fill(TEMPLATE, context)).get(0).decision();
        assertEquals(DecisionStatus.DECIDED, decision.status());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), decision.decidedOn());
    }

    @Test
    public void unknownStatusBecomesProposed() {
        Map<String, Object> context = context(blueprint.decisionRecord(), "decisionTitle", "Pay for travel",
                "decisionStatus", "<b>made up</b>");

        assertEquals("proposed", context.get("decisionStatus"));
    }

    @Test
    public void blankTitleSetsNoPageTitleSoThePageIsNotCreatedWithoutOne() {
        Map<String, Object> context = context(blueprint.decisionRecord(), "decisionTitle", "   ",
                "decisionStatus", "proposed");

        assertFalse(context.containsKey(TITLE_KEY));
    }

    @Test
    public void hostileTitleEndsUpAsInertTextInTheDecision() {
        String attack = "<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>";
        Map<String, Object> context = context(blueprint.decisionRecord(), "decisionTitle", attack,
                "decisionStatus", "\"><script>alert(3)</script>");

        String storage = blueprint.fill(TEMPLATE, context);

        assertEquals(List.of(), HtmlInertness.activeContent(storage));
        assertThat(storage, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(attack, new DecisionStorageReader().readPage(storage).get(0).decision().title());
    }

    @Test
    public void titleIsCutToTheLengthADecisionTitleMayHave() {
        Map<String, Object> context = context(blueprint.decisionRecord(), "decisionTitle", "y".repeat(400));

        assertEquals(Decision.MAX_TITLE_LENGTH, ((String) context.get(TITLE_KEY)).length());
    }
}
