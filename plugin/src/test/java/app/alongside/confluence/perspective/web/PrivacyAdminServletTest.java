package app.alongside.confluence.perspective.web;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.perspective.AuditAction;
import app.alongside.perspective.AuditEntry;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.verify;

/** The administrators' privacy screen: who may use it, erasure and retention after confirming, the audit log. */
public class PrivacyAdminServletTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture privacy = new PrivacyFixture(confluence);
    private ConfluenceUser admin;
    private ConfluenceUser alex;

    @Before
    public void setUp() {
        admin = privacy.admin("admin", "Dana Whitfield");
        alex = privacy.person("alex", "Alex Morgan");
        privacy.space("RC", "Recovery College co-production group");
    }

    @Test
    public void onlyConfluenceAdministratorsMayUseIt() throws Exception {
        PrivacyFixture.Call anonymous = privacy.call();
        privacy.adminScreen.doGet(anonymous.request, anonymous.response);
        verify(anonymous.response).setStatus(401);

        confluence.logIn(alex);
        PrivacyFixture.Call member = privacy.call();
        privacy.adminScreen.doGet(member.request, member.response);
        verify(member.response).setStatus(403);

        confluence.logIn(privacy.facilitator("sam", "Sam Okafor"));
        PrivacyFixture.Call facilitator = privacy.call("action", "erase", "person", "alex", "confirmed", "true");
        privacy.declares(alex, "peer-worker");
        privacy.adminScreen.doPost(facilitator.request, facilitator.response);
        verify(facilitator.response).setStatus(403);
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());

        confluence.logIn(admin);
        PrivacyFixture.Call allowed = privacy.call();
        privacy.adminScreen.doGet(allowed.request, allowed.response);
        verify(allowed.response).setStatus(200);
        assertEquals("atl.admin", allowed.page().select("meta[name=decorator]").attr("content"));
    }

    @Test
    public void erasingShowsWhoWillBeErasedFirstThenErasesAndTheLogNoLongerNamesThem() throws Exception {
        privacy.declares(alex, "lived-experience");
        confluence.logIn(admin);

        PrivacyFixture.Call check = privacy.call("confirm", "erase", "person", "alex");
        privacy.adminScreen.doGet(check.request, check.response);
        Document page = check.page();
        assertEquals("Erase the private data held for Alex Morgan?", page.select(".alongside-privacy__confirm h2").text());
        assertEquals("alex", page.select(".alongside-privacy__confirm input[name=person]").val());
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());

        PrivacyFixture.Call erase = privacy.call("action", "erase", "person", "alex", "confirmed", "true");
        privacy.adminScreen.doPost(erase.request, erase.response);

        ArgumentCaptor<String> redirect = ArgumentCaptor.forClass(String.class);
        verify(erase.response).sendRedirect(redirect.capture());
        assertTrue(redirect.getValue(), redirect.getValue().matches(
                "/confluence/plugins/servlet/alongside/admin/privacy\\?done=erased&as=erased%3A[0-9a-f]{12}"));
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        for (AuditEntry entry : privacy.audit.newest(Optional.empty(), 100)) {
            assertFalse(entry.toString(), entry.actor().equals("key-alex") || entry.subject().contains("key-alex"));
        }
        String pseudonym = java.net.URLDecoder.decode(redirect.getValue().substring(redirect.getValue().indexOf("as=") + 3),
                java.nio.charset.StandardCharsets.UTF_8);
        PrivacyFixture.Call done = privacy.call("done", "erased", "as", pseudonym);
        privacy.adminScreen.doGet(done.request, done.response);
        assertEquals("The private data is erased. The audit log now calls this person " + pseudonym + ".",
                done.page().select("[role=status]").text());
    }

    @Test
    public void erasingByParticipantPageIdErasesThatPagesOwnRecord() throws Exception {
        privacy.participantPage(801, "RC", "Rowan Ellis", null);
        privacy.perspectives.declareOnBehalf("key-admin", SubjectKey.participantPage(801), new DeclarationForm(
                List.of("peer-worker"), true, "", false, "Rowan", "1/11/2026", "in person"));
        confluence.logIn(admin);

        PrivacyFixture.Call check = privacy.call("confirm", "erase", "person", "801");
        privacy.adminScreen.doGet(check.request, check.response);
        assertEquals("Erase the private data held for Rowan Ellis?",
                check.page().select(".alongside-privacy__confirm h2").text());
        PrivacyFixture.Call erase = privacy.call("action", "erase", "person", "801", "confirmed", "true");
        privacy.adminScreen.doPost(erase.request, erase.response);

        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.participantPage(801)));
    }

    @Test
    public void nobodyFoundKeepsWhatWasTypedAndSaysSoByTheField() throws Exception {
        confluence.logIn(admin);
        PrivacyFixture.Call check = privacy.call("confirm", "erase", "person", "<img src=x onerror=alert(1)>");

        privacy.adminScreen.doGet(check.request, check.response);

        verify(check.response).setStatus(400);
        Document page = check.page();
        assertEquals("<img src=x onerror=alert(1)>", page.getElementById("alongside-person").val());
        assertTrue(page.getElementById("alongside-person-error").text().startsWith("Nobody was found for"));
        assertTrue(page.select(".alongside-privacy__confirm").isEmpty());
        assertEquals(List.of(), HtmlInertness.activeContent(check.html()));
    }

    @Test
    public void retentionRefusesAnythingButOneToOneHundredAndTwentyMonthsInWords() throws Exception {
        confluence.logIn(admin);
        for (String typed : List.of("0", "121", "two years", "")) {
            PrivacyFixture.Call check = privacy.call("confirm", "retention", "months", typed);
            privacy.adminScreen.doGet(check.request, check.response);
            verify(check.response).setStatus(400);
            assertEquals(typed, check.page().getElementById("alongside-months").val());
            assertTrue(typed, check.page().getElementById("alongside-months-error").text().contains("from 1 to 120"));
        }
    }

    @Test
    public void retentionSaysWhatWillGoThenDeletesOldRowsAndCountsThem() throws Exception {
        privacy.declares(alex, "peer-worker");
        privacy.paysLongAgo(alex);
        privacy.clock.advance(Duration.ofDays(400));
        confluence.logIn(admin);

        PrivacyFixture.Call check = privacy.call("confirm", "retention", "months", "12");
        privacy.adminScreen.doGet(check.request, check.response);
        assertEquals("Keep private data for 12 months?", check.page().select(".alongside-privacy__confirm h2").text());
        assertTrue(check.page().select(".alongside-privacy__confirm p").text().contains("from before 25 December 2026"));

        PrivacyFixture.Call apply = privacy.call("action", "retention", "months", "12", "confirmed", "true");
        privacy.adminScreen.doPost(apply.request, apply.response);

        ArgumentCaptor<String> redirect = ArgumentCaptor.forClass(String.class);
        verify(apply.response).sendRedirect(redirect.capture());
        assertTrue(redirect.getValue(), redirect.getValue().startsWith(
                "/confluence/plugins/servlet/alongside/admin/privacy?done=retention&private=2&audit="));
        assertTrue(redirect.getValue(), redirect.getValue().endsWith("&ledger=2"));
        assertFalse(privacy.store.holdsAnythingAbout(SubjectKey.user("key-alex")));
        assertEquals(1, privacy.ledgerStore.kept().size());
        PrivacyFixture.Call done = privacy.call("done", "retention", "private", "2", "audit", "3", "ledger", "2");
        privacy.adminScreen.doGet(done.request, done.response);
        assertEquals("The retention period is applied: 2 declarations and consent history entries and 3 audit entries"
                + " were deleted. 2 reciprocity ledger entries settled before then were deleted, or kept without a"
                + " name where they were paid money.", done.page().select("[role=status]").text());
    }

    @Test
    public void retentionWithoutAValidSessionCheckDeletesNothing() throws Exception {
        privacy.declares(alex, "peer-worker");
        privacy.clock.advance(Duration.ofDays(400));
        confluence.logIn(admin);
        PrivacyFixture.Call apply = privacy.call("action", "retention", "months", "12", "confirmed", "true")
                .withoutValidToken();

        privacy.adminScreen.doPost(apply.request, apply.response);

        verify(apply.response).setStatus(400);
        assertTrue(privacy.store.current(SubjectKey.user("key-alex")).isPresent());
    }

    @Test
    public void theAuditLogIsNewestFirstPagedOlderAndReadingItIsAudited() throws Exception {
        for (int i = 0; i < 60; i++) {
            privacy.perspectives.read("key-admin", SubjectKey.user("key-alex"));
        }
        confluence.logIn(admin);

        PrivacyFixture.Call first = privacy.call();
        privacy.adminScreen.doGet(first.request, first.response);
        Document page = first.page();
        assertEquals(50, page.select("#alongside-audit tbody tr").size());
        assertEquals(List.of("When", "Who", "What happened", "Whose data", "Detail"),
                page.select("#alongside-audit th").eachText());
        assertTrue(page.select("#alongside-audit tbody tr").first().text()
                .contains("You Read a declaration Alex Morgan"));
        assertEquals("/confluence/plugins/servlet/alongside/admin/privacy?before=11#alongside-audit",
                page.select(".alongside-privacy__paging a").attr("href"));
        AuditEntry last = privacy.audit.newest(Optional.empty(), 1).get(0);
        assertEquals(AuditAction.AUDIT_READ, last.action());

        PrivacyFixture.Call older = privacy.call("before", "11");
        privacy.adminScreen.doGet(older.request, older.response);
        assertEquals(10, older.page().select("#alongside-audit tbody tr").size());
        assertEquals(List.of("Newest entries"), older.page().select(".alongside-privacy__paging a").eachText());
    }
}
