package app.alongside.confluence.participant.persistence;

import app.alongside.participant.AccessNeed;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex.PageTitle;
import app.alongside.participant.ParticipantProfile;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.participant.ParticipantProfiles.named;
import static app.alongside.participant.ParticipantProfiles.preferring;
import static app.alongside.participant.ParticipantProfiles.profile;
import static app.alongside.participant.ParticipantProfiles.withAccount;
import static org.junit.Assert.assertEquals;

/**
 * The participant index on a real database (H2, or PostgreSQL with -Dalongside.db=postgres): round trips, trash,
 * the directory's search and order, and the lookups that resolve people on pages.
 */
public class AoParticipantIndexTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(ParticipantEntity.class);

    private final AoParticipantIndex index = new AoParticipantIndex(AO.activeObjects());

    // ------------------------------------------------------------------ round trips

    @Test
    public void everythingTheDirectoryShowsComesBackAndNothingMore() {
        ParticipantProfile rowan = new ParticipantProfile("Rowan Ellis", Optional.of("Ro"), Optional.of("they/them"),
                Optional.of("8a7f808a"), Optional.of("rowan.jpg"), List.of("Peer support", "BSL", "Easy-read writing"),
                List.of("Gardening", "Zoë’s café 🙂"), Set.of(AccessNeed.BREAKS), Optional.of("Mornings are hard"),
                Optional.of("Tuesdays"), "<p>I bring <b>patience</b></p>", "I bring patience");

        index.replacePage(42, "RC", "Rowan Ellis", Optional.of(rowan));

        assertEquals(Optional.of(new IndexedParticipant(42, "RC", "Rowan Ellis", "Rowan Ellis", Optional.of("Ro"),
                Optional.of("they/them"), Optional.of("8a7f808a"), Optional.of("rowan.jpg"),
                List.of("Peer support", "BSL", "Easy-read writing"), List.of("Gardening", "Zoë’s café 🙂"))),
                index.findByPageId(42));
    }

    @Test
    public void hostileTextComesBackExactlyAsWritten() {
        String hostile = "<script>alert('x')</script> 100% _said_ \\ \"yes\" !! | Robert'); DROP TABLE x;-- 東京 عربى";
        index.replacePage(7, "RC", hostile, Optional.of(preferring(profile(hostile, Optional.empty(),
                List.of(hostile, "a|b"), List.of(hostile)), hostile)));

        IndexedParticipant found = index.findByPageId(7).orElseThrow();

        assertEquals(hostile, found.pageTitle());
        assertEquals(hostile, found.name());
        assertEquals(Optional.of(hostile), found.preferredName());
        assertEquals(List.of(hostile, "a|b"), found.skills());
        assertEquals(List.of(hostile), found.interests());
        assertEquals(List.of(found), search(query().skill(hostile)));
        assertEquals(List.of(found), search(query().skill("A|B")));
        assertEquals(List.of(found), search(query().text("_SAID_ \\ \"yes\" !! |")));
    }

    @Test
    public void aPageWithoutAProfileHoldsNothingAndAnEditReplacesTheRow() {
        index.replacePage(1, "RC", "Jo", Optional.of(named("Jo")));
        index.replacePage(1, "RC", "Jo", Optional.of(named("Jo Bloggs")));
        assertEquals("Jo Bloggs", index.findByPageId(1).orElseThrow().name());

        index.replacePage(1, "RC", "Jo", Optional.empty());

        assertEquals(Optional.empty(), index.findByPageId(1));
        assertEquals(0, AO.activeObjects().count(ParticipantEntity.class, "PAGE_ID = ?", 1L));
    }

    // ------------------------------------------------------------------ trash

    @Test
    public void trashedPagesLeaveEveryQueryAndComeBackWhenRestored() {
        index.replacePage(1, "RC", "Jo", Optional.of(withAccount("Jo", "u-jo")));

        index.setTrashed(1, true);
        index.setTrashed(1, true);

        assertEquals(Optional.empty(), index.findByPageId(1));
        assertEquals(List.of(), search(query()));
        assertEquals(List.of(), index.findByTitles(List.of(new PageTitle("RC", "Jo"))));
        assertEquals(List.of(), index.findByUserKey("u-jo"));

        index.setTrashed(1, false);
        assertEquals(1, search(query()).size());
    }

    @Test
    public void removedAndClearedPagesAreForgotten() {
        index.replacePage(1, "RC", "Jo", Optional.of(named("Jo")));
        index.replacePage(2, "RC", "Sam", Optional.of(named("Sam")));

        index.removePage(1);
        assertEquals(List.of("Sam"), names(search(query())));

        index.clear();
        assertEquals(List.of(), search(query()));
    }

    // ------------------------------------------------------------------ search

    @Test
    public void peopleAreListedAlphabeticallyByTheNameTheyGoByIgnoringCaseThenByPage() {
        index.replacePage(5, "RC", "p5", Optional.of(named("zed")));
        index.replacePage(4, "RC", "p4", Optional.of(preferring(named("Zara Quinn"), "Ash")));
        index.replacePage(3, "RC", "p3", Optional.of(named("bo")));
        index.replacePage(2, "RC", "p2", Optional.of(named("Bo")));
        index.replacePage(1, "RC", "p1", Optional.of(named("Cy")));

        assertEquals(List.of(4L, 2L, 3L, 1L, 5L), search(query()).stream().map(IndexedParticipant::pageId).toList());
        assertEquals(List.of(4L, 2L), search(query().limit(2)).stream().map(IndexedParticipant::pageId).toList());
    }

    @Test
    public void onlyTheAskedSpacesAreSearched() {
        index.replacePage(1, "RC", "Jo", Optional.of(named("Jo")));
        index.replacePage(2, "PEER", "Sam", Optional.of(named("Sam")));
        index.replacePage(3, "OTHER", "Ali", Optional.of(named("Ali")));

        assertEquals(List.of("Jo", "Sam"), names(index.search(new DirectoryQuery(Set.of("RC", "PEER"),
                Optional.empty(), Optional.empty(), Optional.empty(), 50))));
    }

    @Test
    public void aSkillMatchesAWholeItemOrAWordInOneIgnoringCase() {
        index.replacePage(1, "RC", "Jo", Optional.of(profile("Jo", Optional.empty(),
                List.of("Peer support", "British Sign Language"), List.of())));
        index.replacePage(2, "RC", "Sam", Optional.of(profile("Sam", Optional.empty(),
                List.of("Supporting others", "Art"), List.of())));

        assertEquals(List.of("Jo"), names(search(query().skill("peer SUPPORT"))));
        assertEquals(List.of("Jo"), names(search(query().skill("support"))));
        assertEquals(List.of("Jo"), names(search(query().skill("sign"))));
        assertEquals(List.of("Sam"), names(search(query().skill("ART"))));
        assertEquals("part of a word is not a word", List.of(), search(query().skill("sup")));
        assertEquals("nor is part of an item", List.of(), search(query().skill("sign language")));
        assertEquals(List.of(), search(query().skill("%")));
        assertEquals(List.of(), search(query().skill("_rt")));
    }

    @Test
    public void skillInterestAndNameAllApply() {
        index.replacePage(1, "RC", "Jo", Optional.of(profile("Jo Smith", Optional.empty(),
                List.of("Cooking"), List.of("Walking", "Music"))));
        index.replacePage(2, "RC", "Sam", Optional.of(profile("Sam Smith", Optional.empty(),
                List.of("Cooking"), List.of("Reading"))));
        index.replacePage(3, "RC", "Ali", Optional.of(preferring(profile("Alison Jones", Optional.empty(),
                List.of("Cooking"), List.of("Music")), "Ali Smithers")));

        assertEquals(List.of("Jo Smith"), names(search(query().skill("cooking").interest("music").text("jo s"))));
        assertEquals(List.of("Alison Jones", "Jo Smith", "Sam Smith"), names(search(query().text("SMITH"))));
        assertEquals(List.of("Alison Jones"), names(search(query().text("alison"))));
        assertEquals(List.of("Alison Jones", "Jo Smith"), names(search(query().interest("Music"))));
    }

    // ------------------------------------------------------------------ lookups

    @Test
    public void titlesResolveInTheirSpaceIgnoringCaseInOneQuery() {
        index.replacePage(1, "RC", "Jo Bloggs", Optional.of(named("Jo")));
        index.replacePage(2, "PEER", "Jo Bloggs", Optional.of(named("Other Jo")));
        index.replacePage(3, "RC", "Sam", Optional.of(named("Sam")));

        List<IndexedParticipant> found = index.findByTitles(List.of(new PageTitle("RC", "jo bloggs"),
                new PageTitle("RC", "Sam"), new PageTitle("RC", "Nobody"), new PageTitle("OTHER", "Sam")));

        assertEquals(List.of(1L, 3L), found.stream().map(IndexedParticipant::pageId).sorted().toList());
        assertEquals(List.of(), index.findByTitles(List.of()));
    }

    @Test
    public void aUsersPagesAreFoundByTheirAccount() {
        index.replacePage(1, "RC", "Jo", Optional.of(withAccount("Jo", "u-jo")));
        index.replacePage(2, "PEER", "Jo in peer space", Optional.of(withAccount("Jo", "u-jo")));
        index.replacePage(3, "RC", "Sam", Optional.of(withAccount("Sam", "u-sam")));

        assertEquals(List.of(1L, 2L), index.findByUserKey("u-jo").stream().map(IndexedParticipant::pageId).toList());
        assertEquals(List.of(), index.findByUserKey("u-nobody"));
    }

    // ------------------------------------------------------------------ helpers

    private List<IndexedParticipant> search(Q q) {
        return index.search(q.build());
    }

    static Q query() {
        return new Q();
    }

    private static List<String> names(List<IndexedParticipant> participants) {
        return participants.stream().map(IndexedParticipant::name).toList();
    }

    /** A directory query over RC, built a field at a time. */
    static final class Q {
        private Optional<String> skill = Optional.empty();
        private Optional<String> interest = Optional.empty();
        private Optional<String> text = Optional.empty();
        private int limit = 100;

        Q skill(String value) {
            skill = Optional.of(value);
            return this;
        }

        Q interest(String value) {
            interest = Optional.of(value);
            return this;
        }

        Q text(String value) {
            text = Optional.of(value);
            return this;
        }

        Q limit(int value) {
            limit = value;
            return this;
        }

        DirectoryQuery build() {
            return new DirectoryQuery(Set.of("RC"), skill, interest, text, limit);
        }
    }
}
