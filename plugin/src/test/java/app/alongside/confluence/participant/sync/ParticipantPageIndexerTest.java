package app.alongside.confluence.participant.sync;

import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.participant.persistence.ParticipantEntity;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import net.java.ao.ActiveObjectsException;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/** One page's profile into the participant index, through core's real reader and a real database. */
public class ParticipantPageIndexerTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(ParticipantEntity.class);

    private final AoParticipantIndex index = new AoParticipantIndex(AO.activeObjects());
    private final ParticipantPageIndexer indexer = new ParticipantPageIndexer(index, new ParticipantProfileReader());

    @Test
    public void aProfileIsIndexedWithTheAccountItLinksAndItsLists() {
        assertEquals(Optional.of(true), indexer.index(42, "RC", "Jo Bloggs", profile("Jo Bloggs")));

        IndexedParticipant jo = index.findByPageId(42).orElseThrow();
        assertEquals("Jo Bloggs", jo.name());
        assertEquals(Optional.of("Jo"), jo.preferredName());
        assertEquals(Optional.of("u-jo"), jo.userKey());
        assertEquals(List.of("Peer support", "BSL"), jo.skills());
        assertEquals(List.of("Gardening"), jo.interests());
        assertEquals("Jo Bloggs", jo.pageTitle());
    }

    @Test
    public void aPageWithoutAProfileHoldsNothingAndLosingTheMacroForgetsThePerson() {
        indexer.index(42, "RC", "Jo Bloggs", profile("Jo Bloggs"));

        assertEquals(Optional.of(false), indexer.index(42, "RC", "Jo Bloggs", "<p>Just notes now</p>"));

        assertEquals(Optional.empty(), index.findByPageId(42));
    }

    @Test
    public void aDirectoryPageIsNotAProfileAndNotUnreadable() {
        String directory = "<ac:structured-macro ac:name=\"alongside-participant-directory\">"
                + "<ac:parameter ac:name=\"spaces\">RC</ac:parameter></ac:structured-macro>";

        assertEquals(Optional.of(false), indexer.index(7, "RC", "People", directory));
    }

    @Test
    public void aBrokenEditKeepsWhatTheDirectoryKnew() {
        indexer.index(42, "RC", "Jo Bloggs", profile("Jo Bloggs"));

        assertEquals(Optional.empty(), indexer.index(42, "RC", "Jo Bloggs",
                "<ac:structured-macro ac:name=\"alongside-participant\"><ac:parameter ac:name=\"name\">Jo"));

        assertEquals("Jo Bloggs", index.findByPageId(42).orElseThrow().name());
    }

    @Test
    public void hostileStorageNeverThrows() {
        List<String> hostile = List.of(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"
                        + "<ac:structured-macro ac:name=\"alongside-participant\"/>",
                "alongside-participant" + "<p>".repeat(10_000),
                "<div>".repeat(2_000) + "<ac:structured-macro ac:name=\"alongside-participant\"/>"
                        + "</div>".repeat(2_000),
                "\u0000\uFFFF alongside-participant");
        long id = 30;
        for (String storage : hostile) {
            indexer.index(id++, "RC", "Hostile", storage);
        }

        assertEquals(0, AO.activeObjects().count(ParticipantEntity.class, "ID > ?", 0));
    }

    @Test
    public void aDatabaseFailureGoesToTheCaller() {
        ParticipantIndex broken = mock(ParticipantIndex.class);
        doThrow(new ActiveObjectsException("database is down")).when(broken)
                .replacePage(anyLong(), any(), any(), any());

        assertThrows(ActiveObjectsException.class, () -> new ParticipantPageIndexer(broken,
                new ParticipantProfileReader()).index(42, "RC", "Jo Bloggs", profile("Jo Bloggs")));
    }

    static String profile(String name) {
        return """
                <p>About me</p>
                <ac:structured-macro ac:name="alongside-participant" ac:schema-version="1">
                  <ac:parameter ac:name="name">%s</ac:parameter>
                  <ac:parameter ac:name="preferredName">Jo</ac:parameter>
                  <ac:parameter ac:name="user"><ri:user ri:userkey="u-jo"/></ac:parameter>
                  <ac:parameter ac:name="skills">Peer support, BSL</ac:parameter>
                  <ac:parameter ac:name="interests">Gardening</ac:parameter>
                  <ac:rich-text-body><p>I bring patience.</p></ac:rich-text-body>
                </ac:structured-macro>
                """.formatted(name);
    }
}
