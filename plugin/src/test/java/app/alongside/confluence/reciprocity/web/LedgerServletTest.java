package app.alongside.confluence.reciprocity.web;

import app.alongside.confluence.perspective.web.PrivacyFixture;
import app.alongside.confluence.reciprocity.LedgerAccess;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.LedgerEntry;
import app.alongside.reciprocity.LedgerQuery;
import app.alongside.reciprocity.RecognitionForm;
import app.alongside.reciprocity.RecognitionState;
import app.alongside.reciprocity.TimeForm;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The ledger screen over the real core ledger and the app's real templates; Confluence mocked. */
public class LedgerServletTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private PrivacyFixture app;
    private LedgerServlet servlet;
    private ConfluenceUser fran;
    private ConfluenceUser alex;
    private ConfluenceUser jo;

    @Before
    public void setUp() {
        app = new PrivacyFixture(confluence);
        servlet = new LedgerServlet(app.ledger, new LedgerAccess(confluence.permissions, app.people, app.users),
                confluence.permissions, confluence.currentUser, app.pageManager, app.visibility,
                new ParticipantSubjects(app.participants), app.rendering.templates, app.rendering.messages,
                app.tokens, app.validator, app.clock);
        fran = app.facilitator("fran", "Fran Okafor");
        alex = app.person("alex", "Alex Smith");
        jo = app.person("jo", "Jo Brown");
        Space rc = app.space("RC", "Recovery College");
        app.participantPage(4242, "RC", "Sam", null);
        Page meeting = app.page(900);
        when(meeting.getTitle()).thenReturn("Group meeting");
        when(meeting.getSpace()).thenReturn(rc);
        when(meeting.getSpaceKey()).thenReturn("RC");
        when(meeting.getBodyAsString()).thenReturn("<p>On <time datetime=\"2026-11-12\"/> with "
                + "<ac:link><ri:user ri:userkey=\"key-alex\"/></ac:link> and "
                + "<ac:link><ri:page ri:content-title=\"Sam\"/></ac:link>; see "
                + "<ac:link><ri:page ri:content-title=\"Minutes template\"/></ac:link></p>");
    }

    @Test
    public void anonymousVisitorsAreAskedToLogIn() throws IOException {
        PrivacyFixture.Call call = app.call();

        servlet.doGet(call.request, call.response);

        verify(call.response).setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        assertTrue(call.page().selectFirst("a").attr("href").contains("/login.action?os_destination="));
    }

    @Test
    public void aPersonSeesTheirOwnEntriesAndNoOneElsesAndNoFacilitatorTools() throws IOException {
        record(List.of(SubjectKey.user("key-alex"), SubjectKey.user("key-jo")));
        confluence.logIn(alex);
        PrivacyFixture.Call call = app.call();

        servlet.doGet(call.request, call.response);

        Document page = call.page();
        assertEquals(1, page.select("#alongside-ledger-own-heading + table tbody tr").size());
        assertFalse(page.text().contains("Jo Brown"));
        assertNull(page.selectFirst("#alongside-ledger-all-heading"));
        assertTrue(page.select("form[method=post]").isEmpty());
    }

    @Test
    public void totalsForASpaceWithFewerThanKPeopleAreNotShown() throws IOException {
        record(List.of(SubjectKey.user("key-alex"), SubjectKey.user("key-jo")));
        confluence.logIn(jo);
        PrivacyFixture.Call call = app.call("space", "RC");

        servlet.doGet(call.request, call.response);

        assertTrue(call.page().text().contains("Not shown: fewer than 3 people gave time in this period."));
        assertTrue(call.page().select("dl").isEmpty());
    }

    @Test
    public void totalsFromKPeopleShowHoursAndMoneyButNoNames() throws IOException {
        record(List.of(SubjectKey.user("key-alex"), SubjectKey.user("key-jo"), SubjectKey.participantPage(4242)));
        confluence.logIn(jo);
        PrivacyFixture.Call call = app.call("space", "RC");

        servlet.doGet(call.request, call.response);

        String text = call.page().select("dl").text();
        assertTrue(text, text.contains("People who gave time 3"));
        assertTrue(text, text.contains("Still owed £45.00"));
        assertFalse(call.page().text().contains("Alex Smith"));
    }

    @Test
    public void recordTimeForThisMeetingTicksEveryoneOnTheNotesWithTheMeetingsDate() throws IOException {
        confluence.logIn(fran);
        PrivacyFixture.Call call = app.call("meeting", "900");

        servlet.doGet(call.request, call.response);

        Document page = call.page();
        assertEquals(List.of("user:key-alex", "participant:4242"),
                page.select("input[name=person]").eachAttr("value"));
        assertEquals(2, page.select("input[name=person][checked]").size());
        assertEquals(List.of("Alex Smith", "Sam"), page.select("input[name=person] + label").eachText());
        assertEquals("2026-11-12", page.selectFirst("#alongside-ledger-date").attr("value"));
        assertEquals("RC", page.selectFirst("#alongside-ledger-space").attr("value"));
        assertEquals("900", page.selectFirst("input[name=meetingPageId]").attr("value"));
        assertEquals("token-123", page.selectFirst("input[name=atl_token]").attr("value"));
    }

    @Test
    public void postingTheMeetingFormRecordsOneEntryPerTickedPerson() throws IOException {
        confluence.logIn(fran);
        PrivacyFixture.Call call = app.call("action", "record", "space", "RC", "meetingPageId", "900",
                "person", "user:key-alex", "person", "participant:4242", "people", "jo", "date", "12/11/2026",
                "activity", "Group meeting", "time", "2 hours", "type", "voucher", "amount", "£20", "state", "owed",
                "mayAffectBenefits", "true");

        servlet.doPost(call.request, call.response);

        verify(call.response).sendRedirect("/confluence/plugins/servlet/alongside/ledger?done=recorded&space=RC");
        List<LedgerEntry> entries = app.ledgerStore.find(LedgerQuery.all());
        assertEquals(3, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.given().meetingPageId().equals(OptionalLong.of(900))
                && e.given().minutes() == 120 && e.recognition().mayAffectBenefits()));
    }

    @Test
    public void aPostWithoutTheSessionsTokenRecordsNothing() throws IOException {
        confluence.logIn(fran);
        PrivacyFixture.Call call = app.call("action", "record", "space", "RC", "people", "jo", "date",
                "12/11/2026", "activity", "Panel", "time", "1 hour", "type", "payment", "amount", "£10")
                .withoutValidToken();

        servlet.doPost(call.request, call.response);

        verify(call.response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void aWrongAmountIsSaidBesideItsFieldAndWhatWasTypedIsKept() throws IOException {
        confluence.logIn(fran);
        PrivacyFixture.Call call = app.call("action", "record", "space", "RC", "people", "jo", "date",
                "12/11/2026", "activity", "Panel <b>", "time", "1 hour", "type", "payment", "amount", "-£10");

        servlet.doPost(call.request, call.response);

        verify(call.response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Document page = call.page();
        assertEquals("“-£10” is less than nothing. Enter what was paid or owed, such as £12.50.",
                page.selectFirst("#alongside-ledger-amount-error").text());
        assertEquals("-£10", page.selectFirst("#alongside-ledger-amount").attr("value"));
        assertEquals("Panel <b>", page.selectFirst("#alongside-ledger-activity").attr("value"));
        assertTrue(app.ledgerStore.find(LedgerQuery.all()).isEmpty());
    }

    @Test
    public void aFacilitatorMarksAnOwedEntryPaidOrDeclined() throws IOException {
        List<LedgerEntry> entries = record(List.of(SubjectKey.user("key-alex"), SubjectKey.user("key-jo")));
        confluence.logIn(fran);

        PrivacyFixture.Call paid = app.call("action", "paid", "id", String.valueOf(entries.get(0).id()));
        servlet.doPost(paid.request, paid.response);
        PrivacyFixture.Call declined = app.call("action", "declined", "id", String.valueOf(entries.get(1).id()));
        servlet.doPost(declined.request, declined.response);

        verify(paid.response).sendRedirect("/confluence/plugins/servlet/alongside/ledger?done=paid");
        assertEquals(RecognitionState.PAID, app.ledgerStore.find(entries.get(0).id()).orElseThrow().recognition()
                .state());
        assertEquals(LocalDate.of(2026, 11, 20), app.ledgerStore.find(entries.get(0).id()).orElseThrow()
                .recognition().paidOn().orElseThrow());
        assertEquals("declined", app.ledgerStore.find(entries.get(1).id()).orElseThrow().recognition().type()
                .code());
    }

    @Test
    public void theFacilitatorsLedgerListsEntriesWithAFormPerRowAndTheCsvLink() throws IOException {
        record(List.of(SubjectKey.user("key-alex")));
        confluence.logIn(fran);
        PrivacyFixture.Call call = app.call("space", "RC");

        servlet.doGet(call.request, call.response);

        Document page = call.page();
        assertTrue(page.selectFirst("#alongside-ledger-entries-heading + table").text().contains("Alex Smith"));
        assertEquals(List.of("paid", "declined", "delete"),
                page.select("#alongside-ledger-entries-heading + table form button").eachAttr("value"));
        assertEquals("/confluence/rest/alongside/1.0/ledger/export.csv?space=RC",
                page.selectFirst("a[href*=export.csv]").attr("href"));
    }

    @Test
    public void onlyFacilitatorsMayPost() throws IOException {
        confluence.logIn(alex);
        PrivacyFixture.Call call = app.call("action", "delete", "id", "1");

        servlet.doPost(call.request, call.response);

        verify(call.response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    private List<LedgerEntry> record(List<SubjectKey> people) {
        return app.ledger.record(LedgerActor.facilitator("key-fran"), "RC", people,
                new TimeForm("2026-11-10", "Panel", "1 hour", ""),
                new RecognitionForm("payment", "£15", "owed", "", false)).get();
    }
}
