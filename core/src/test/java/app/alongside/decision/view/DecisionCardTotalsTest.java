package app.alongside.decision.view;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Stage;
import app.alongside.people.PersonRef;
import app.alongside.perspective.SuppressedCount;
import app.alongside.text.Messages;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/** The lived-experience total on each stage of a decision card: a line of its own, never beside a name. */
public class DecisionCardTotalsTest {

    private static final Messages KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private static final People PEOPLE = person -> PersonView.named(person.key());

    private final DecisionViews views = new DecisionViews(KEYS);
    private final ParsedDecision decision = new ParsedDecision(new Decision("d", "T", DecisionStatus.DECIDED,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", "",
            Map.of(Stage.AGENDA, List.of(new PersonRef.Named("Sam")),
                    Stage.DECIDING, List.of(new PersonRef.Named("Sam"), new PersonRef.Named("Jo"))), List.of()),
            List.of());

    @Test
    public void shownTotalSaysHowManyOfHowManyPeople() {
        assertEquals("alongside.decision.totals.shown[3, 7]", views.totalsLine(new SuppressedCount.Shown(3, 7)));
    }

    @Test
    public void suppressedTotalSaysWhyInWords() {
        assertEquals("alongside.decision.totals.notShown[alongside.totals.notshown.group-too-small[3]]",
                views.totalsLine(new SuppressedCount.NotShown(SuppressedCount.Reason.GROUP_TOO_SMALL, 3)));
        assertEquals("alongside.decision.totals.notShown[alongside.totals.notshown.could-identify[5]]",
                views.totalsLine(new SuppressedCount.NotShown(SuppressedCount.Reason.WOULD_DESCRIBE_EVERYONE, 5)));
    }

    @Test
    public void onlyStagesWithPeopleAreAskedForATotalAndEachHasItsOwnLine() {
        List<Stage> asked = new ArrayList<>();
        DecisionCardView card = views.card(decision, "", PEOPLE, LocalDate.of(2026, 1, 1), stage -> {
            asked.add(stage);
            return Optional.of(new SuppressedCount.Shown(0, 4));
        });

        assertEquals(List.of(Stage.AGENDA, Stage.DECIDING), asked);
        assertEquals("alongside.decision.totals.shown[0, 4]", card.stages().get(0).totals());
        assertFalse("no total for a stage without people", card.stages().get(1).hasTotals());
        assertEquals(List.of("name:Sam", "name:Jo"),
                card.stages().get(2).people().stream().map(PersonView::name).toList());
    }

    @Test
    public void totalThatCannotBeWorkedOutSaysSo() {
        DecisionCardView card = views.card(decision, "", PEOPLE, LocalDate.of(2026, 1, 1), stage -> Optional.empty());

        assertEquals("alongside.decision.totals.unavailable", card.stages().get(0).totals());
    }

    @Test
    public void cardWithoutTotalsHasNoTotalsLines() {
        DecisionCardView card = views.card(decision, "", PEOPLE, LocalDate.of(2026, 1, 1));

        assertFalse(card.stages().stream().anyMatch(DecisionCardView.StageView::hasTotals));
    }
}
