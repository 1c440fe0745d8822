package app.alongside.participant.view;

import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.participant.view.ViewFixtures.KEYS;
import static app.alongside.participant.view.ViewFixtures.LINKS;
import static app.alongside.participant.view.ViewFixtures.person;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DirectoryViewsTest {

    private static final DirectoryQuery EVERYONE = new DirectoryQuery(Set.of("RC"), Optional.empty(),
            Optional.empty(), Optional.empty(), 100);

    private final DirectoryViews views = new DirectoryViews(KEYS);

    @Test
    public void peopleAreShownInTheGivenOrderAsPeopleWithLinksToTheirPages() {
        List<IndexedParticipant> people = List.of(person(7, "Alex Morgan", null, List.of("Cooking")),
                person(8, "Priya Shah", "Pri", List.of()));

        DirectoryView view = views.of(people, EVERYONE, List.of("Recovery College"), false, false, "", LINKS);

        assertEquals("alongside.directory.caption.one[Recovery College]", view.caption());
        assertEquals(List.of("Alex Morgan", "Pri"),
                view.people().stream().map(DirectoryView.PersonCard::displayName).toList());
        assertEquals("Priya Shah", view.people().get(1).fullName());
        assertFalse(view.people().get(0).hasFullName());
        assertEquals("AM", view.people().get(0).initials());
        assertEquals("/pages/viewpage.action?pageId=7", view.people().get(0).link());
        assertEquals("alex morgan alex morgan cooking", view.people().get(0).filterText());
        assertEquals("alongside.directory.count[2]", view.count());
        assertFalse(view.table());
    }

    @Test
    public void nobodyYetSaysSo() {
        DirectoryView view = views.of(List.of(), EVERYONE, List.of("RC", "PEER"), true, false, "/x", LINKS);

        assertEquals("empty", view.emptyKind());
        assertEquals("alongside.directory.caption.many[2, RC, PEER]", view.caption());
        assertFalse(view.hasEmptyAction());
    }

    @Test
    public void nobodyWithThePagesChosenSkillSaysSo() {
        DirectoryQuery bakers = new DirectoryQuery(Set.of("RC"), Optional.of("baking"), Optional.empty(),
                Optional.empty(), 100);

        assertEquals("none-listed", views.of(List.of(), bakers, List.of("RC"), false, false, "/x", LINKS).emptyKind());
    }

    @Test
    public void nobodyMatchingTheReadersSearchOffersEveryoneAgain() {
        DirectoryQuery search = new DirectoryQuery(Set.of("RC"), Optional.empty(), Optional.empty(),
                Optional.of("zz"), 100);

        DirectoryView view = views.of(List.of(), search, List.of("RC"), false, true, "/display/RC/People", LINKS);

        assertEquals("filtered", view.emptyKind());
        assertTrue(view.hasEmptyAction());
        assertEquals("/display/RC/People", view.emptyActionLink());
    }

    @Test
    public void aFullPageOfPeopleSaysOnlyTheFirstAreShown() {
        DirectoryQuery two = new DirectoryQuery(Set.of("RC"), Optional.empty(), Optional.empty(), Optional.empty(), 2);

        DirectoryView view = views.of(List.of(person(1, "A", null, List.of()), person(2, "B", null, List.of())), two,
                List.of("RC"), false, false, "", LINKS);

        assertEquals("alongside.directory.limit[2]", view.limitNote());
    }

    @Test
    public void filterStatusKeepsItsPlaceholdersForTheScriptToFillIn() {
        assertEquals("alongside.directory.filter.status[{0}, {1}]", views.words().filterStatus());
    }
}
