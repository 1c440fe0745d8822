package app.alongside.confluence.perspective.web;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.OnBehalfNote;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.verify;

/** The facilitators' screen: who may use it, finding a person, and recording with the person's consent noted. */
public class FacilitatorServletTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture privacy = new PrivacyFixture(confluence);
    private ConfluenceUser sam;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        sam = privacy.facilitator("sam", "Sam Okafor");
        alex = privacy.person("alex", "Alex Morgan");
        privacy.space("RC", "Recovery College co-production group");
        privacy.participantPage(801, "RC", "Rowan Ellis", null);
        privacy.participantPage(802, "RC", "Jordan Reid", "key-jordan");
        privacy.participantPage(803, "RC", "Ade Bello", null);
    }

    @Test
    public void anonymousVisitorIsAskedToLogIn() throws Exception {
        PrivacyFixture.Call call = privacy.call();

        privacy.facilitatorScreen.doGet(call.request, call.response);

        verify(call.response).setStatus(401);
        assertTrue(call.page().select("a").attr("href").endsWith(
                "os_destination=%2Fplugins%2Fservlet%2Falongside%2Fparticipants%2Fperspective"));
    }

    @Test
    public void membersWhoAreNotFacilitatorsAreRefusedAndChangeNothing() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call get = privacy.call("page", "801");
        privacy.facilitatorScreen.doGet(get.request, get.response);
        verify(get.response).setStatus(403);
        assertTrue(get.page().text().contains("Only facilitators can record perspectives on someone’s behalf."));

        PrivacyFixture.Call post = privacy.call("page", "801", "action", "declare", "perspectives", "peer-worker",
                "consent", "true", "consentGivenBy", "Rowan", "consentGivenOn", "1/11/2026", "consentHow", "in person");
        privacy.facilitatorScreen.doPost(post.request, post.response);
        verify(post.response).setStatus(403);
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.participantPage(801)));
        assertTrue("not even a read was logged", privacy.audit.newest(Optional.empty(), 10).isEmpty());
    }

    @Test
    public void confluenceAdministratorsAreFacilitatorsToo() throws Exception {
        confluence.logIn(privacy.admin("admin", "Dana Whitfield"));
        PrivacyFixture.Call call = privacy.call();

        privacy.facilitatorScreen.doGet(call.request, call.response);

        verify(call.response).setStatus(200);
    }

    @Test
    public void findingListsParticipantPagesAlphabeticallyWithNoPerspectiveAnywhere() throws Exception {
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.participantPage(801),
                new app.alongside.perspective.DeclarationForm(List.of("lived-experience"), true, "Mine", false,
                        "Rowan", "1/11/2026", "in person"));
        confluence.logIn(sam);
        PrivacyFixture.Call call = privacy.call();

        privacy.facilitatorScreen.doGet(call.request, call.response);

        Document page = call.page();
        assertEquals(List.of("Ade Bello", "Jordan Reid", "Rowan Ellis"),
                page.select(".alongside-privacy__people a").eachText());
        assertEquals("/confluence/plugins/servlet/alongside/participants/perspective?page=801",
                page.select(".alongside-privacy__people a").get(2).attr("href"));
        assertFalse(page.text().contains("Lived experience"));
        assertTrue(page.select(".alongside-privacy__form").isEmpty());
    }

    @Test
    public void findingByNameNarrowsTheList() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call call = privacy.call("q", "rowan");

        privacy.facilitatorScreen.doGet(call.request, call.response);

        assertEquals(List.of("Rowan Ellis"), call.page().select(".alongside-privacy__people a").eachText());
        assertEquals("rowan", call.page().getElementById("alongside-search").val());
    }

    @Test
    public void aPageTheFacilitatorCannotSeeIsAnsweredAsIfItDidNotExist() throws Exception {
        privacy.hidePageFrom(sam, 801);
        confluence.logIn(sam);

        PrivacyFixture.Call get = privacy.call("page", "801");
        privacy.facilitatorScreen.doGet(get.request, get.response);
        verify(get.response).setStatus(404);
        PrivacyFixture.Call nonsense = privacy.call("page", "<script>");
        privacy.facilitatorScreen.doGet(nonsense.request, nonsense.response);
        verify(nonsense.response).setStatus(404);
        assertEquals(List.of(), HtmlInertness.activeContent(nonsense.html()));
        PrivacyFixture.Call list = privacy.call();
        privacy.facilitatorScreen.doGet(list.request, list.response);
        assertEquals(List.of("Ade Bello", "Jordan Reid"), list.page().select(".alongside-privacy__people a").eachText());
    }

    @Test
    public void recordingOnSomeonesBehalfNeedsTheNoteOfTheirConsentAndKeepsWhatWasTyped() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call post = privacy.call("page", "801", "action", "declare", "perspectives", "carer-or-family",
                "consent", "true", "ownWords", "Rowan’s words", "consentGivenBy", "Rowan", "consentGivenOn", "",
                "consentHow", "");

        privacy.facilitatorScreen.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.participantPage(801)));
        Document page = post.page();
        assertEquals("Rowan", page.getElementById("alongside-consentGivenBy").val());
        assertEquals("Rowan’s words", page.getElementById("alongside-ownWords").text());
        assertTrue(page.getElementById("alongside-consentGivenOn-error").text().contains("is not a date"));
        assertEquals("Write how consent was given, for example in person or by phone.",
                page.getElementById("alongside-consentHow-error").text());
        assertEquals("801", page.select(".alongside-privacy__form input[name=page]").val());
    }

    @Test
    public void consentCannotHaveBeenGivenInTheFuture() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call post = privacy.call("page", "801", "action", "declare", "perspectives", "peer-worker",
                "consent", "true", "consentGivenBy", "Rowan", "consentGivenOn", "1/1/2027", "consentHow", "by phone");

        privacy.facilitatorScreen.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        assertEquals("Consent cannot have been given on a date still to come. Check the date.",
                post.page().getElementById("alongside-consentGivenOn-error").text());
    }

    @Test
    public void recordingWithTheNoteSavesOnTheirBehalfAndSaysSo() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call post = privacy.call("page", "801", "action", "declare", "perspectives", "peer-worker",
                "consent", "true", "consentGivenBy", "Rowan", "consentGivenOn", "18 November 2026",
                "consentHow", "In person at the group meeting");

        privacy.facilitatorScreen.doPost(post.request, post.response);

        verify(post.response).sendRedirect(
                "/confluence/plugins/servlet/alongside/participants/perspective?page=801&done=saved");
        Declaration held = privacy.store.current(SubjectKey.participantPage(801)).orElseThrow();
        assertEquals(ConsentMethod.ON_BEHALF, held.consent().method());
        assertEquals(Optional.of(new OnBehalfNote("Rowan", LocalDate.of(2026, 11, 18), "In person at the group meeting")),
                held.consent().onBehalf());

        PrivacyFixture.Call get = privacy.call("page", "801", "done", "saved");
        privacy.facilitatorScreen.doGet(get.request, get.response);
        assertEquals("The answer for Rowan Ellis is saved, with the note of their consent.",
                get.page().select("[role=status]").text());
        assertEquals(List.of("Peer worker"), get.page().select(".alongside-privacy__held li").eachText());
    }

    @Test
    public void aPageLinkedToAnAccountRecordsForThatAccount() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call post = privacy.call("page", "802", "action", "declare", "perspectives", "peer-worker",
                "consent", "true", "consentGivenBy", "Jordan", "consentGivenOn", "18/11/2026", "consentHow", "email");

        privacy.facilitatorScreen.doPost(post.request, post.response);

        assertTrue(privacy.store.current(SubjectKey.user("key-jordan")).isPresent());
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.participantPage(802)));
    }

    @Test
    public void someoneWithAnAccountIsChosenByUsername() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call get = privacy.call("user", "alex");

        privacy.facilitatorScreen.doGet(get.request, get.response);

        verify(get.response).setStatus(200);
        assertEquals("Alex Morgan", get.page().select("h2").first().text());
        assertEquals("alex", get.page().select(".alongside-privacy__form input[name=user]").val());
        PrivacyFixture.Call unknown = privacy.call("user", "nobody");
        privacy.facilitatorScreen.doGet(unknown.request, unknown.response);
        verify(unknown.response).setStatus(404);
        assertTrue(unknown.page().text().contains("There is no account with the username “nobody”."));
    }

    @Test
    public void lookingAtWhatIsHeldForSomeoneIsAudited() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call get = privacy.call("page", "801");

        privacy.facilitatorScreen.doGet(get.request, get.response);

        AuditEntry entry = privacy.audit.newest(Optional.empty(), 1).get(0);
        assertEquals(AuditAction.READ, entry.action());
        assertEquals("key-sam", entry.actor());
        assertEquals("participant:801", entry.subject());
        assertTrue(get.page().text().contains("Alongside holds no perspective for this person."));
    }

    @Test
    public void withdrawingForSomeoneAsksFirst() throws Exception {
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.participantPage(801),
                new app.alongside.perspective.DeclarationForm(List.of("peer-worker"), true, "", false, "Rowan",
                        "1/11/2026", "in person"));
        confluence.logIn(sam);

        PrivacyFixture.Call unconfirmed = privacy.call("page", "801", "action", "withdraw");
        privacy.facilitatorScreen.doPost(unconfirmed.request, unconfirmed.response);
        verify(unconfirmed.response).sendRedirect(
                "/confluence/plugins/servlet/alongside/participants/perspective?page=801&confirm=withdraw");
        assertTrue(privacy.store.current(SubjectKey.participantPage(801)).isPresent());

        PrivacyFixture.Call ask = privacy.call("page", "801", "confirm", "withdraw");
        privacy.facilitatorScreen.doGet(ask.request, ask.response);
        assertEquals("Withdraw consent for Rowan Ellis?", ask.page().select(".alongside-privacy__confirm h3").text());
        assertEquals("801", ask.page().select(".alongside-privacy__confirm input[name=page]").val());

        PrivacyFixture.Call confirmed = privacy.call("page", "801", "action", "withdraw", "confirmed", "true");
        privacy.facilitatorScreen.doPost(confirmed.request, confirmed.response);
        verify(confirmed.response).sendRedirect(
                "/confluence/plugins/servlet/alongside/participants/perspective?page=801&done=withdrawn");
        assertTrue(privacy.store.current(SubjectKey.participantPage(801)).isEmpty());
    }

    @Test
    public void hostileTextIsShownBackInert() throws Exception {
        confluence.logIn(sam);
        for (String payload : app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest.HOSTILE) {
            PrivacyFixture.Call post = privacy.call("page", "801", "action", "declare", "perspectives", payload,
                    "consent", "true", "ownWords", payload, "consentGivenBy", payload, "consentGivenOn", payload,
                    "consentHow", payload);
            privacy.facilitatorScreen.doPost(post.request, post.response);
            assertEquals(payload, List.of(), HtmlInertness.activeContent(post.html()));
            PrivacyFixture.Call search = privacy.call("q", payload);
            privacy.facilitatorScreen.doGet(search.request, search.response);
            assertEquals(payload, List.of(), HtmlInertness.activeContent(search.html()));
        }
    }
}
