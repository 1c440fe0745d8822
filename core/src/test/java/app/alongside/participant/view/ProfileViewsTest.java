package app.alongside.participant.view;

import app.alongside.decision.register.IndexedDecision;
import app.alongside.participant.ParsedProfile;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.alongside.participant.view.ViewFixtures.KEYS;
import static app.alongside.participant.view.ViewFixtures.LINKS;
import static app.alongside.participant.view.ViewFixtures.decision;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ProfileViewsTest {

    private final ProfileViews views = new ProfileViews(KEYS);

    @Test
    public void personIsCalledByThePreferredNameWithTheirFullNameAndPronounsBeside() {
        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(), List.of()), 42, Optional.of(List.of()), Map.of(),
                Optional.empty(), false, LINKS);

        assertEquals("Pri", view.displayName());
        assertEquals("Priya Shah", view.fullName());
        assertEquals("she/her", view.pronouns());
        assertEquals("P", view.initials());
        assertEquals("alongside-participant-42", view.headingId());
        assertEquals(List.of("Facilitation", "Baking"), view.skills());
        assertEquals(List.of("Gardening"), view.interests());
        assertEquals("Tuesdays", view.availability());
        assertTrue(view.hasWhatIBring());
    }

    @Test
    public void fullNameIsNotRepeatedWhenThereIsNoOtherPreferredName() {
        ProfileView view = views.of(new ParsedProfile(ViewFixtures.bare("Sam Jones"), List.of()), 42, Optional.of(List.of()),
                Map.of(), Optional.empty(), false, LINKS);

        assertEquals("Sam Jones", view.displayName());
        assertFalse(view.hasFullName());
        assertEquals("SJ", view.initials());
        assertFalse(view.hasWhatIBring());
        assertFalse(view.hasTakingPart());
    }

    @Test
    public void accessNeedsAreInWordsInAFixedOrder() {
        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(), List.of()), 42, Optional.of(List.of()), Map.of(),
                Optional.empty(), false, LINKS);

        assertEquals(List.of("alongside.access.large-print", "alongside.access.pre-reads"), view.accessNeeds());
        assertEquals("Mornings are hard.", view.accessNotes());
    }

    @Test
    public void photoLinksToTheAttachmentOnlyOnceThePageIsSaved() {
        var withPhoto = new app.alongside.participant.ParticipantProfile("Priya Shah", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("me.png"), List.of(), List.of(), java.util.Set.of(),
                Optional.empty(), Optional.empty(), "", "");

        assertEquals("/download/attachments/42/me.png", views.of(new ParsedProfile(withPhoto, List.of()), 42,
                Optional.of(List.of()), Map.of(), Optional.empty(), false, LINKS).photoUrl());
        ProfileView preview = views.of(new ParsedProfile(withPhoto, List.of()), 0, Optional.of(List.of()), Map.of(),
                Optional.empty(), false, LINKS);
        assertFalse(preview.hasPhoto());
        assertEquals("alongside-participant-preview", preview.headingId());
    }

    @Test
    public void decisionsAreListedWithWhereAndWhenAndTheirGroupsOnceEachByName() {
        List<IndexedDecision> decisions = List.of(
                decision(1, "RC", "Move to the library", LocalDate.of(2026, 10, 14)),
                decision(2, "PEER", "", null),
                decision(3, "RC", "Hot drinks", LocalDate.of(2026, 9, 1)));

        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(), List.of()), 42, Optional.of(decisions),
                Map.of("RC", "Recovery College", "PEER", "Peer support"), Optional.empty(), false, LINKS);

        assertEquals(List.of("Move to the library", "alongside.decision.untitled", "Hot drinks"),
                view.decisions().stream().map(ProfileView.DecisionLink::title).toList());
        assertEquals("14 October 2026", view.decisions().get(0).decidedOn());
        assertEquals("2026-10-14", view.decisions().get(0).decidedOnIso());
        assertEquals("Meeting 1", view.decisions().get(0).pageTitle());
        assertEquals("/pages/viewpage.action?pageId=101#d1", view.decisions().get(0).link());
        assertFalse(view.decisions().get(1).hasDecidedOn());
        assertEquals(List.of("Peer support", "Recovery College"),
                view.groups().stream().map(ProfileView.Group::name).toList());
        assertEquals("/display/PEER", view.groups().get(0).link());
        assertFalse(view.hasDecisionsNote());
    }

    @Test
    public void atMostTwentyDecisionsAreListedAndTheCardSaysThereAreMore() {
        List<IndexedDecision> decisions = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            decisions.add(decision(i, "RC", "Decision " + i, LocalDate.of(2026, 1, 1).plusDays(i)));
        }

        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(), List.of()), 42, Optional.of(decisions), Map.of(),
                Optional.empty(), false, LINKS);

        assertEquals(ProfileViews.MAX_DECISIONS, view.decisions().size());
        assertEquals("alongside.participant.decisions.more[20]", view.decisionsNote());
        assertEquals("a space without a name is shown by its key", "RC", view.groups().get(0).name());
    }

    @Test
    public void registerThatCannotBeReadIsSaidInWordsNotAsNoDecisions() {
        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(), List.of()), 42, Optional.empty(),
                Map.of(), Optional.empty(), false, LINKS);

        assertFalse(view.hasDecisions());
        assertEquals("alongside.participant.decisions.unavailable", view.decisionsNote());
    }

    @Test
    public void ownWordsAppearOnlyWhenThePersonChoseToShowThem() {
        ParsedProfile parsed = new ParsedProfile(ViewFixtures.priya(), List.of());

        assertFalse(views.of(parsed, 42, Optional.of(List.of()), Map.of(), Optional.empty(), false, LINKS).hasOwnWords());
        assertEquals("In my words", views.of(parsed, 42, Optional.of(List.of()), Map.of(), Optional.of(" In my words "), false,
                LINKS).ownWords());
    }

    @Test
    public void onlyThePersonThemselfGetsALinkToTheirData() {
        ParsedProfile parsed = new ParsedProfile(ViewFixtures.priya(), List.of());

        assertFalse(views.of(parsed, 42, Optional.of(List.of()), Map.of(), Optional.empty(), false, LINKS).hasMyDataLink());
        assertEquals("/plugins/servlet/alongside/my-data",
                views.of(parsed, 42, Optional.of(List.of()), Map.of(), Optional.empty(), true, LINKS).myDataLink());
    }

    @Test
    public void problemsNameTheFieldTheyConcern() {
        ProfileView view = views.of(new ParsedProfile(ViewFixtures.priya(),
                        List.of(Problem.of("access", "alongside.participant.problem.access.unknown", "wheelchair"))),
                42, Optional.of(List.of()), Map.of(), Optional.empty(), false, LINKS);

        assertEquals(List.of("alongside.participant.problem.format[alongside.participant.field.access, "
                + "alongside.participant.problem.access.unknown[wheelchair]]"), view.problems());
    }
}
