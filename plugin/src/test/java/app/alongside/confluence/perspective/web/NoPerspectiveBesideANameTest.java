package app.alongside.confluence.perspective.web;

import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.Perspective;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.user.ConfluenceUser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * No screen this app renders about private data puts a perspective next to a person's name: wherever a perspective is
 * written, the section around it names nobody; the lists and logs that name people never say a perspective.
 */
public class NoPerspectiveBesideANameTest {

    private static final List<String> NAMES = List.of("Alex Morgan", "Sam Okafor", "Rowan Ellis", "Dana Whitfield",
            "Jordan Reid");

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final PrivacyFixture privacy = new PrivacyFixture(confluence);
    private final List<String> perspectiveWords = new ArrayList<>();
    private ConfluenceUser alex;
    private ConfluenceUser sam;
    private ConfluenceUser admin;

    @Before
    public void setUp() {
        alex = privacy.person("alex", "Alex Morgan");
        sam = privacy.facilitator("sam", "Sam Okafor");
        admin = privacy.admin("admin", "Dana Whitfield");
        privacy.space("RC", "Recovery College co-production group");
        privacy.participantPage(801, "RC", "Rowan Ellis", null);
        privacy.participantPage(802, "RC", "Jordan Reid", null);
        for (Perspective p : Perspective.values()) {
            perspectiveWords.add(privacy.rendering.messages.text(p.messageKey()));
        }
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.user("key-alex"), new DeclarationForm(
                List.of("lived-experience", "peer-worker"), true, "I use services", false, "Alex", "18/11/2026",
                "in person"));
        privacy.perspectives.declareOnBehalf("key-sam", SubjectKey.participantPage(801), new DeclarationForm(
                List.of("carer-or-family"), true, "", false, "Rowan", "18/11/2026", "by phone"));
        privacy.perspectives.read("key-admin", SubjectKey.user("key-alex"));
    }

    @Test
    public void myData() throws Exception {
        confluence.logIn(alex);
        PrivacyFixture.Call call = privacy.call();
        privacy.myData.doGet(call.request, call.response);

        Document page = call.page();
        assertTrue("the page names people, in its history and log", page.text().contains("Sam Okafor"));
        assertPerspectivesNameNobody(page);
    }

    @Test
    public void theFacilitatorsListOfPeople() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call call = privacy.call();
        privacy.facilitatorScreen.doGet(call.request, call.response);

        Document page = call.page();
        assertEquals(List.of("Jordan Reid", "Rowan Ellis"), page.select(".alongside-privacy__people a").eachText());
        assertSaysNoPerspective(page);
    }

    @Test
    public void oneParticipantForTheirFacilitator() throws Exception {
        confluence.logIn(sam);
        PrivacyFixture.Call call = privacy.call("page", "801");
        privacy.facilitatorScreen.doGet(call.request, call.response);

        Document page = call.page();
        assertEquals(List.of("Carer or family member"), page.select(".alongside-privacy__held li").eachText());
        assertPerspectivesNameNobody(page);
    }

    @Test
    public void theAdministratorsAuditLog() throws Exception {
        confluence.logIn(admin);
        PrivacyFixture.Call call = privacy.call();
        privacy.adminScreen.doGet(call.request, call.response);

        Document page = call.page();
        assertTrue(page.select("#alongside-audit").text().contains("Alex Morgan"));
        assertSaysNoPerspective(page);
    }

    /** Every element saying a perspective sits in a section (or form) that names nobody. */
    private void assertPerspectivesNameNobody(Document page) {
        int found = 0;
        for (Element element : page.getAllElements()) {
            if (!perspectiveWords.contains(element.ownText().strip())) {
                continue;
            }
            found++;
            Element around = element.closest("section");
            String text = (around == null ? page.body() : around).text();
            for (String name : NAMES) {
                assertFalse(name + " beside “" + element.ownText() + "”: " + text, text.contains(name));
            }
        }
        assertTrue("expected perspectives on the page", found > 0);
    }

    private void assertSaysNoPerspective(Document page) {
        for (String word : perspectiveWords) {
            assertFalse(word, page.text().contains(word));
        }
    }
}
