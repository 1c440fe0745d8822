package app.alongside.confluence.perspective.web;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.ConsentMethod;
import app.alongside.perspective.Declaration;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.perspective.web.PrivacyFixture.ref;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** "My data": what a person sees of their own private data, and everything they can do with it. */
public class MyDataServletTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture privacy = new PrivacyFixture(confluence);
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        alex = privacy.person("alex", "Alex Morgan");
        privacy.space("RC", "Recovery College co-production group");
    }

    @Test
    public void anonymousVisitorIsAskedToLogInAndBroughtBackAfterwards() throws Exception {
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        verify(call.response).setStatus(401);
        Document page = call.page();
        assertTrue(page.text().contains("Please log in to see the private data Alongside holds about you."));
        assertEquals("/confluence/login.action?os_destination=%2Fplugins%2Fservlet%2Falongside%2Fmy-data",
                page.select("a").attr("href"));
        assertTrue(privacy.audit.newest(Optional.empty(), 10).isEmpty());
    }

    @Test
    public void anonymousPostChangesNothing() throws Exception {
        PrivacyFixture.Call call = privacy.call("action", "declare", "perspectives", "peer-worker", "consent", "true");

        privacy.myData.doPost(call.request, call.response);

        verify(call.response).setStatus(401);
        assertTrue(privacy.audit.newest(Optional.empty(), 10).isEmpty());
    }

    @Test
    public void personWithNothingHeldSeesSoAndAFormWithEveryPerspectiveConsentUntickedAndShowOnPageOff()
            throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        verify(call.response).setStatus(200);
        verify(call.response).setHeader("Cache-Control", "no-store");
        Document page = call.page();
        assertEquals("Your private data", page.select("h1").text());
        assertTrue(page.text().contains("Alongside holds no perspective for you."));
        assertEquals(6, page.select("input[name=perspectives]").size());
        assertEquals("Prefer not to say", page.select("label[for=alongside-perspective-prefer-not-to-say]").text());
        Element consent = page.getElementById("alongside-consent");
        assertFalse(consent.hasAttr("checked"));
        assertEquals("To show, in totals only, whether people with lived experience shaped decisions.",
                page.select("label[for=alongside-consent]").text());
        assertFalse(page.getElementById("alongside-showOnPage").hasAttr("checked"));
        assertEquals("token-123", page.select("form.alongside-privacy__form input[name=atl_token]").val());
        assertEquals("/confluence/plugins/servlet/alongside/my-data", page.select("form.alongside-privacy__form").attr("action"));
        assertTrue(privacy.rendering.pageBuilder.required.contains(PrivacyScreens.WEB_RESOURCE));
        assertTrue(page.select("#alongside-withdraw").isEmpty());
    }

    @Test
    public void myDataLeadsToThePersonsOwnLedgerEntries() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        Element ledger = call.page().getElementById("alongside-ledger");
        assertEquals("Time you gave and what came back", ledger.select("h2").text());
        assertEquals("/confluence/plugins/servlet/alongside/ledger", ledger.select("a").attr("href"));
    }

    @Test
    public void lookingAtMyDataIsAudited() throws Exception {
        confluence.logIn(alex);

        PrivacyFixture.Call call = privacy.call();
        privacy.myData.doGet(call.request, call.response);

        AuditEntry entry = privacy.audit.newest(Optional.empty(), 1).get(0);
        assertEquals(AuditAction.EXPORTED, entry.action());
        assertEquals("key-alex", entry.actor());
        assertEquals("user:key-alex", entry.subject());
    }

    @Test
    public void declaringWithConsentSavesAndRedirectsSoARefreshDoesNotResubmit() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "lived-experience",
                "perspectives", "peer-worker", "consent", "true", "ownWords", "Zoë’s words 😊");

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).sendRedirect("/confluence/plugins/servlet/alongside/my-data?done=saved");
        Declaration held = privacy.store.current(SubjectKey.user("key-alex")).orElseThrow();
        assertEquals(Set.of(Perspective.LIVED_EXPERIENCE, Perspective.PEER_WORKER), held.perspectives());
        assertEquals(ConsentMethod.SELF, held.consent().method());
        assertFalse(held.showOnPage());

        PrivacyFixture.Call get = privacy.call("done", "saved");
        privacy.myData.doGet(get.request, get.response);
        Document page = get.page();
        assertEquals("Your answer is saved. It is used only in totals.", page.select("[role=status]").text());
        assertEquals(List.of("Lived experience of using services", "Peer worker"),
                page.select(".alongside-privacy__held li").eachText());
        assertEquals("Zoë’s words 😊", page.select(".alongside-privacy__words").text());
        assertEquals("In your own words", page.select(".alongside-privacy__facts dt").get(1).text());
        assertTrue(page.select(".alongside-privacy__held").text().contains("Agreed on 20 November 2026, 10:00."));
        assertTrue(page.getElementById("alongside-perspective-peer-worker").hasAttr("checked"));
        assertFalse("consent is asked for again with every change",
                page.getElementById("alongside-consent").hasAttr("checked"));
        assertEquals("Change your answer", page.select("#alongside-declare-heading").text());
    }

    @Test
    public void withoutConsentNothingIsKeptAndWhatWasTypedStaysWithAMessageByTheBox() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "carer-or-family",
                "ownWords", "Caring for my dad", "showOnPage", "true");

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        Document page = post.page();
        assertTrue(page.getElementById("alongside-perspective-carer-or-family").hasAttr("checked"));
        assertEquals("Caring for my dad", page.getElementById("alongside-ownWords").text());
        assertTrue(page.getElementById("alongside-showOnPage").hasAttr("checked"));
        assertTrue(page.getElementById("alongside-consent-error").text().startsWith("Tick the box to agree"));
        assertEquals("true", page.getElementById("alongside-consent").attr("aria-invalid"));
        assertEquals("alert", page.select(".alongside-settings__errors").attr("role"));
    }

    @Test
    public void oversizedOwnWordsGetAClearMessageAndNothingIsLost() throws Exception {
        confluence.logIn(alex);
        String long600 = "مرحبا 😊 ".repeat(75);
        PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "peer-worker", "consent", "true",
                "ownWords", long600);

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        Document page = post.page();
        assertEquals("Shorten this to 500 characters or fewer. Everything you wrote is still here.",
                page.getElementById("alongside-ownWords-error").text());
        assertEquals(long600, page.getElementById("alongside-ownWords").wholeText());
        assertFalse(page.getElementById("alongside-ownWords").hasAttr("maxlength"));
        assertTrue(page.getElementById("alongside-consent").hasAttr("checked"));
    }

    @Test
    public void hostileTextIsKeptAsWrittenAndShownInert() throws Exception {
        confluence.logIn(alex);
        for (String payload : app.alongside.confluence.fidelity.TemplatesUnderConfluenceRulesTest.HOSTILE) {
            PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "peer-worker",
                    "consent", "true", "ownWords", payload);
            privacy.myData.doPost(post.request, post.response);
            PrivacyFixture.Call get = privacy.call();
            privacy.myData.doGet(get.request, get.response);

            assertEquals(payload, List.of(), HtmlInertness.activeContent(get.html()));
            assertEquals(payload.strip(), get.page().select(".alongside-privacy__words").text().strip());
        }
    }

    @Test
    public void anUnknownPerspectiveCodeIsRefusedInWords() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "<b>patient</b>", "consent", "true");

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        assertEquals("“<b>patient</b>” is not one of the perspectives offered. Choose from the list.",
                post.page().getElementById("alongside-perspectives-error").text());
    }

    @Test
    public void aPostWithoutAValidSessionCheckSavesNothingButKeepsTheInput() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call post = privacy.call("action", "declare", "perspectives", "peer-worker", "consent", "true",
                "ownWords", "mine").withoutValidToken();

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        verify(post.response, never()).sendRedirect(any());
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        assertEquals("Your session check has expired, so nothing was changed. Please try again.",
                post.page().select(".alongside-settings__errors").text());
        assertEquals("mine", post.page().getElementById("alongside-ownWords").text());
    }

    @Test
    public void withdrawingAsksFirstThenDeletesTheAnswerAtOnce() throws Exception {
        confluence.logIn(alex);
        privacy.declares(alex, "lived-experience");

        PrivacyFixture.Call unconfirmed = privacy.call("action", "withdraw");
        privacy.myData.doPost(unconfirmed.request, unconfirmed.response);
        verify(unconfirmed.response).sendRedirect("/confluence/plugins/servlet/alongside/my-data?confirm=withdraw");
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());

        PrivacyFixture.Call ask = privacy.call("confirm", "withdraw");
        privacy.myData.doGet(ask.request, ask.response);
        Element confirm = ask.page().selectFirst(".alongside-privacy__confirm");
        assertNotNull(confirm);
        assertEquals("Withdraw your consent?", confirm.select("h2").text());
        assertEquals("true", confirm.select("input[name=confirmed]").val());
        assertEquals("withdraw", confirm.select("input[name=action]").val());
        assertEquals("token-123", confirm.select("input[name=atl_token]").val());

        PrivacyFixture.Call confirmed = privacy.call("action", "withdraw", "confirmed", "true");
        privacy.myData.doPost(confirmed.request, confirmed.response);
        verify(confirmed.response).sendRedirect("/confluence/plugins/servlet/alongside/my-data?done=withdrawn");
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isEmpty());
    }

    @Test
    public void withdrawingWithoutAValidSessionCheckWithdrawsNothing() throws Exception {
        confluence.logIn(alex);
        privacy.declares(alex, "lived-experience");
        PrivacyFixture.Call post = privacy.call("action", "withdraw", "confirmed", "true").withoutValidToken();

        privacy.myData.doPost(post.request, post.response);

        verify(post.response).setStatus(400);
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());
        assertNotNull(post.page().selectFirst(".alongside-privacy__confirm"));
    }

    @Test
    public void theTotalsShowHowTheAnswerIsUsedAndChangeWhenItIsWithdrawn() throws Exception {
        List<ConfluenceUser> others = List.of(privacy.person("b", "B"), privacy.person("c", "C"),
                privacy.person("d", "D"), privacy.person("e", "E"), privacy.person("f", "F"));
        privacy.decision(500, "RC", "Pay travel on the day", "2026-10-14", ref(alex), ref(others.get(0)),
                ref(others.get(1)), ref(others.get(2)), ref(others.get(3)), ref(others.get(4)));
        privacy.declares(alex, "lived-experience");
        for (ConfluenceUser other : others.subList(0, 3)) {
            privacy.declares(other, "carer-or-family");
        }
        confluence.logIn(alex);

        PrivacyFixture.Call before = privacy.call();
        privacy.myData.doGet(before.request, before.response);
        assertEquals("Recovery College co-production group", before.page().select(".alongside-privacy__totals dt").text());
        assertEquals("4 of 6 people who took part have lived experience.",
                before.page().select(".alongside-privacy__totals dd").text());
        assertTrue(before.page().select("#alongside-used").text().contains("between 1 October 2026 and 31 December 2026"));

        privacy.perspectives.withdraw("key-alex", SubjectKey.user("key-alex"));
        PrivacyFixture.Call after = privacy.call();
        privacy.myData.doGet(after.request, after.response);
        assertEquals("3 of 6 people who took part have lived experience.",
                after.page().select(".alongside-privacy__totals dd").text());
    }

    @Test
    public void decisionsInOtherQuartersOrHiddenSpacesAreNotShown() throws Exception {
        privacy.decision(501, "RC", "Last year", "2025-10-14", ref(alex));
        privacy.space("BOARD", "Trust board");
        confluence.hideSpaceFrom(alex, confluence.spaceManager.getSpace("BOARD"));
        privacy.decision(502, "BOARD", "Hidden", "2026-11-01", ref(alex));
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        assertTrue(call.page().select(".alongside-privacy__totals").isEmpty());
        assertTrue(call.page().select("#alongside-used").text().contains("You were not named in any decision"));
    }

    @Test
    public void whenTheTotalsCannotBeWorkedOutThePageSaysSoAndStillWorks() throws Exception {
        privacy.participants.failure = new IllegalStateException("database away");
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        verify(call.response).setStatus(200);
        assertTrue(call.page().text().contains("The totals cannot be shown just now."));
        assertFalse(call.html().contains("database away"));
    }

    @Test
    public void historyAndAuditSayWhoRecordedAndWhoLookedButNeverWhichPerspectives() throws Exception {
        ConfluenceUser sam = privacy.facilitator("sam", "Sam Okafor");
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.user("key-alex"), new DeclarationForm(
                List.of("peer-worker"), true, "", false, "Alex", "18/11/2026", "In person at the group"));
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        Document page = call.page();
        Element history = page.getElementById("alongside-history");
        assertEquals(List.of("When", "What happened", "Recorded by", "Note of consent"),
                history.select("th").eachText());
        assertTrue(history.text().contains("Sam Okafor"));
        assertTrue(history.text().contains("Consent noted: given by Alex on 18 November 2026, In person at the group"));
        assertFalse(history.text().contains("Peer worker"));
        Element audit = page.getElementById("alongside-audit");
        assertTrue(audit.text().contains("Sam Okafor Recorded a declaration"));
        assertTrue(audit.text().contains("You Viewed or downloaded everything held"));
        assertFalse(page.select(".alongside-privacy__held").text().contains("Sam"));
        assertTrue(page.select(".alongside-privacy__held").text().contains("A facilitator recorded this on your behalf"));
        assertEquals("sam", sam.getName());
    }

    @Test
    public void theExportAndEraseLinksAreThere() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();

        privacy.myData.doGet(call.request, call.response);

        assertEquals("/confluence/rest/alongside/1.0/me/export", call.page().select("#alongside-export a").attr("href"));
        assertTrue(call.page().select("#alongside-export a").hasAttr("download"));
        assertEquals("/confluence/plugins/servlet/alongside/my-data?confirm=erase",
                call.page().select("#alongside-erase a").attr("href"));
    }

    @Test
    public void erasingAsksFirstThenDeletesEverythingAndTheLogNoLongerNamesThePerson() throws Exception {
        privacy.participantPage(700, "RC", "Alex Morgan", "key-alex");
        privacy.store.save(new Declaration(SubjectKey.participantPage(700), Set.of(Perspective.PEER_WORKER),
                Optional.empty(), false, new app.alongside.perspective.Consent(
                app.alongside.perspective.ConsentPurpose.TOTALS_ONLY, PrivacyFixture.NOW, "key-sam",
                ConsentMethod.ON_BEHALF, Optional.of(new app.alongside.perspective.OnBehalfNote("Alex",
                java.time.LocalDate.of(2026, 1, 5), "by phone"))), 1, PrivacyFixture.NOW, "key-sam"),
                new app.alongside.perspective.ConsentEvent(SubjectKey.participantPage(700),
                        app.alongside.perspective.ConsentEvent.Kind.GIVEN, 1, PrivacyFixture.NOW, "key-sam",
                        ConsentMethod.ON_BEHALF, Optional.of(new app.alongside.perspective.OnBehalfNote("Alex",
                        java.time.LocalDate.of(2026, 1, 5), "by phone"))));
        privacy.declares(alex, "lived-experience");
        confluence.logIn(alex);

        PrivacyFixture.Call ask = privacy.call("confirm", "erase");
        privacy.myData.doGet(ask.request, ask.response);
        assertTrue(ask.page().select(".alongside-privacy__confirm").text()
                .contains("Pages keep your name as it was written on them"));

        PrivacyFixture.Call confirmed = privacy.call("action", "erase", "confirmed", "true");
        privacy.myData.doPost(confirmed.request, confirmed.response);

        verify(confirmed.response).sendRedirect("/confluence/plugins/servlet/alongside/my-data?done=erased");
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.participantPage(700)));
        for (AuditEntry entry : privacy.audit.newest(Optional.empty(), 100)) {
            assertFalse(entry.toString(), entry.actor().equals("key-alex") || entry.subject().contains("key-alex"));
        }
    }

    @Test
    public void erasingAlsoForgetsWhichCharterCheckInsThePersonAnsweredButKeepsTheAnonymousAnswers() throws Exception {
        var submitted = privacy.checkIns.submit("key-alex", 900, java.util.List.of("assets"),
                app.alongside.charter.checkin.Frequency.QUARTERLY, java.time.LocalDate.of(2026, 11, 20),
                java.util.Map.of("assets", "4"), java.util.Map.of());
        assertTrue(submitted.isValid());
        confluence.logIn(alex);

        PrivacyFixture.Call confirmed = privacy.call("action", "erase", "confirmed", "true");
        privacy.myData.doPost(confirmed.request, confirmed.response);

        assertEquals(0, privacy.checkInStore.marks());
        assertEquals(1, privacy.checkInStore.answerRows());
    }

    @Test
    public void facilitatorsFindTheirScreenFromMyDataAndOthersDoNot() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call member = privacy.call();
        privacy.myData.doGet(member.request, member.response);
        assertTrue(member.page().select("#alongside-facilitate").isEmpty());

        confluence.logIn(privacy.facilitator("sam", "Sam Okafor"));
        PrivacyFixture.Call facilitator = privacy.call();
        privacy.myData.doGet(facilitator.request, facilitator.response);
        assertEquals("/confluence/plugins/servlet/alongside/participants/perspective",
                facilitator.page().select("#alongside-facilitate a").attr("href"));
    }
}
