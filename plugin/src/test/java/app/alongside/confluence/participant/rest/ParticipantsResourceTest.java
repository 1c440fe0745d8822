package app.alongside.confluence.participant.rest;

import app.alongside.confluence.participant.ParticipantFixture;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.participant.ParticipantProfiles;
import app.alongside.people.PersonRef;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code /participants}: who may ask, what they may see, and what a change keeps. */
public class ParticipantsResourceTest {

    private static final String STORAGE = "<p>Intro&nbsp;kept</p>"
            + "<ac:structured-macro ac:name=\"alongside-participant\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"name\">Priya Shah</ac:parameter>"
            + "<ac:parameter ac:name=\"user\"><ri:user ri:userkey=\"u-priya\" /></ac:parameter>"
            + "<ac:parameter ac:name=\"skills\">evaluation, interviewing</ac:parameter>"
            + "<ac:parameter ac:name=\"access\">captions</ac:parameter>"
            + "<ac:rich-text-body><p>I <em>listen</em>.</p></ac:rich-text-body></ac:structured-macro>"
            + "<p>After</p>";

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ParticipantFixture fixture = new ParticipantFixture(confluence);
    private final PageManager pageManager = mock(PageManager.class);
    private final UriInfo uriInfo = mock(UriInfo.class);
    private final Page priyasPage = ParticipantFixture.page(42, fixture.rc, "Priya Shah", STORAGE);
    private final Page notesPage = ParticipantFixture.page(43, fixture.rc, "Meeting notes", "<p>No profile</p>");
    private final ConfluenceUser priya = fixture.user("u-priya", "priya", "Priya Shah");
    private final ConfluenceUser sam = confluence.user("sam");
    private final ParticipantsResource resource = new ParticipantsResource(fixture.directory, fixture.visibility,
            confluence.permissions, confluence.permissionManager, pageManager, confluence.currentUser,
            fixture.takingPart, fixture.rendering.messages);

    {
        when(uriInfo.getBaseUri()).thenReturn(URI.create("https://wiki.example.org/confluence/rest/alongside/1.0/"));
        when(pageManager.getAbstractPage(42)).thenReturn(priyasPage);
        when(pageManager.getAbstractPage(43)).thenReturn(notesPage);
        when(confluence.permissionManager.hasPermission(priya, Permission.EDIT, priyasPage)).thenReturn(true);
        doAnswer(call -> {
            AbstractPage page = call.getArgument(0);
            Modification<AbstractPage> change = call.getArgument(1);
            change.modify(page);
            return null;
        }).when(pageManager).saveNewVersion(any(AbstractPage.class), any());
        fixture.indexed(42, "RC", ParticipantProfiles.withAccount("Priya Shah", "u-priya"));
        fixture.indexed(44, "RC", new ParticipantProfile("Rowan Ellis", Optional.of("Ro"), Optional.of("they/them"),
                Optional.empty(), Optional.empty(), List.of("Walking routes"), List.of("Green spaces"), Set.of(),
                Optional.empty(), Optional.empty(), "", ""));
        fixture.indexed(45, "PEER", ParticipantProfiles.named("Jordan Reid"));
    }

    private static String message(Response response) {
        return ((ErrorJson) response.getEntity()).message();
    }

    @Test
    public void anonymousCallersAreAskedToLogInBeforeAnythingElse() {
        for (Response response : List.of(resource.list("RC", null, null, null, uriInfo), resource.one("42", uriInfo),
                resource.update("42", Map.of("name", "X"), uriInfo))) {
            assertEquals(401, response.getStatus());
            assertEquals("Please log in to see participant pages.", message(response));
        }
        verify(pageManager, never()).saveNewVersion(any(AbstractPage.class), any());
    }

    @Test
    public void directoryListsPeopleAlphabeticallyAsPeopleNeverWithAPerspective() {
        confluence.logIn(sam);
        fixture.declare("u-priya", "lived-experience", "Words", true);

        Response response = resource.list("RC", null, null, null, uriInfo);

        assertEquals(200, response.getStatus());
        assertTrue(response.getHeaderString("Cache-Control").contains("no-store"));
        ParticipantListJson list = (ParticipantListJson) response.getEntity();
        assertEquals(List.of("Priya Shah", "Rowan Ellis"), list.participants().stream().map(ParticipantJson::name).toList());
        ParticipantJson rowan = list.participants().get(1);
        assertEquals(new ParticipantJson(44, "RC", "Rowan Ellis",
                "https://wiki.example.org/confluence/pages/viewpage.action?pageId=44", "Rowan Ellis", "Ro",
                "they/them", List.of("Walking routes"), List.of("Green spaces")), rowan);
        assertEquals(List.of("pageId", "spaceKey", "title", "url", "name", "preferredName", "pronouns", "skills",
                "interests"), Arrays.stream(ParticipantJson.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertFalse(list.limited());
    }

    @Test
    public void directoryIsSearchedBySkillInterestAndNameAcrossSpacesTheCallerMaySee() {
        confluence.logIn(sam);

        assertEquals(List.of("Rowan Ellis"), names(resource.list("RC", "walking routes", null, null, uriInfo)));
        assertEquals(List.of("Rowan Ellis"), names(resource.list("RC", null, "green spaces", "ro", uriInfo)));
        assertEquals(List.of("Jordan Reid", "Priya Shah", "Rowan Ellis"), names(resource.list("RC,PEER", null, null,
                null, uriInfo)));
        fixture.hiddenPages.add(44L);
        assertEquals(List.of("Jordan Reid", "Priya Shah"), names(resource.list("RC PEER", null, null, null, uriInfo)));
    }

    @Test
    public void badOrHiddenSpacesAreRefusedInWords() {
        confluence.logIn(sam);
        confluence.hideSpaceFrom(sam, fixture.peer);

        Response missing = resource.list(null, null, null, null, uriInfo);
        assertEquals(400, missing.getStatus());
        assertEquals(List.of(new ErrorJson.FieldError("space", "Name at least one space, for example space=RC.")),
                ((ErrorJson) missing.getEntity()).errors());
        assertEquals(400, resource.list("RC", "x".repeat(300), null, null, uriInfo).getStatus());
        Response hidden = resource.list("PEER", null, null, null, uriInfo);
        assertEquals(404, hidden.getStatus());
        assertEquals("There is no space with the key “PEER”, or you cannot see it.", message(hidden));
    }

    @Test
    public void profileHasEveryFieldAndTheDecisionsAndGroupsTheCallerMaySee() {
        confluence.logIn(sam);
        fixture.decision(101, "RC", "Move to the library", LocalDate.of(2026, 10, 14), new PersonRef.User("u-priya"));
        fixture.decision(102, "PEER", "Hidden", LocalDate.of(2026, 10, 15), new PersonRef.Page("RC", "Priya Shah"));
        fixture.hiddenPages.add(102L);

        Response response = resource.one("42", uriInfo);

        assertEquals(200, response.getStatus());
        ProfileJson profile = (ProfileJson) response.getEntity();
        assertEquals("Priya Shah", profile.name());
        assertEquals("RC", profile.spaceKey());
        assertTrue(profile.linkedToAccount());
        assertEquals(List.of("evaluation", "interviewing"), profile.skills());
        assertEquals(List.of("captions"), profile.access());
        assertEquals("I listen.", profile.whatIBring());
        assertEquals(List.of(new ProfileJson.DecisionRefJson(1, "Move to the library",
                "https://wiki.example.org/confluence/pages/viewpage.action?pageId=101#alongside-decision-move-to-the-library",
                101, "Meeting 101", "RC", "2026-10-14")), profile.decisions().stream()
                .map(d -> new ProfileJson.DecisionRefJson(1, d.title(), d.url(), d.pageId(), d.pageTitle(),
                        d.spaceKey(), d.decidedOn())).toList());
        assertEquals(List.of(new ProfileJson.GroupJson("RC", "Recovery College")), profile.groups());
        assertEquals(List.of(), profile.problems());
    }

    @Test
    public void pagesThatAreHiddenMissingOrNotProfilesAreAllNotFound() {
        confluence.logIn(sam);
        fixture.hiddenPages.add(42L);

        for (String id : List.of("42", "43", "999", "abc", "-1", "0", "99999999999999999999")) {
            Response response = resource.one(id, uriInfo);
            assertEquals(id, 404, response.getStatus());
        }
        assertEquals("There is no participant page “42”, or you cannot see it.", message(resource.one("42", uriInfo)));
    }

    @Test
    public void changingAProfileNeedsEditPermissionOnItsPage() {
        confluence.logIn(sam);

        Response response = resource.update("42", Map.of("pronouns", "she/her"), uriInfo);

        assertEquals(403, response.getStatus());
        verify(pageManager, never()).saveNewVersion(any(AbstractPage.class), any());
    }

    @Test
    public void changeRewritesOnlyTheProfilesParametersAndSavesANewVersion() {
        confluence.logIn(priya);

        Response response = resource.update("42", Map.of("preferredName", "Pri", "pronouns", "she/her",
                "skills", List.of("evaluation", "Gujarati"), "interests", List.of("community languages 😊"),
                "access", List.of("large-print", "Captions"), "availability", "Mondays"), uriInfo);

        assertEquals(200, response.getStatus());
        verify(pageManager).saveNewVersion(eq(priyasPage), any());
        String saved = priyasPage.getBodyAsString();
        assertTrue(saved.startsWith("<p>Intro&nbsp;kept</p>"));
        assertTrue(saved.endsWith("<ac:rich-text-body><p>I <em>listen</em>.</p></ac:rich-text-body>"
                + "</ac:structured-macro><p>After</p>"));
        assertTrue("the account link is kept", saved.contains("<ri:user ri:userkey=\"u-priya\" />"));
        ParticipantProfile profile = new ParticipantProfileReader().readPage(saved, "Priya Shah").orElseThrow().profile();
        assertEquals(Optional.of("Pri"), profile.preferredName());
        assertEquals(List.of("evaluation", "Gujarati"), profile.skills());
        assertEquals(List.of("community languages 😊"), profile.interests());
        assertEquals(Optional.of("Mondays"), profile.availability());
        ProfileJson answer = (ProfileJson) response.getEntity();
        assertEquals("Pri", answer.preferredName());
        assertEquals(List.of("large-print", "captions"), answer.access());
    }

    @Test
    public void badChangeIsRefusedFieldByFieldInWordsAndNothingIsSaved() {
        confluence.logIn(priya);

        Response response = resource.update("42", new java.util.LinkedHashMap<>(Map.of("name", " ",
                "skills", List.of("a, b"), "access", List.of("wheelchair"))), uriInfo);

        assertEquals(400, response.getStatus());
        ErrorJson error = (ErrorJson) response.getEntity();
        assertEquals("The profile was not saved. Correct the fields listed and send it again.", error.message());
        assertEquals(List.of("name", "skills", "access"), error.errors().stream().map(ErrorJson.FieldError::field).toList());
        assertEquals("Enter the person’s name.", error.errors().get(0).message());
        verify(pageManager, never()).saveNewVersion(any(AbstractPage.class), any());
    }

    @Test
    public void fieldsTheApiDoesNotKnowOrOfTheWrongKindAreRefusedByName() {
        confluence.logIn(priya);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("perspective", "lived-experience");
        body.put("skills", "not a list");
        body.put("name", 7);

        Response response = resource.update("42", body, uriInfo);

        assertEquals(400, response.getStatus());
        assertEquals(List.of(
                        new ErrorJson.FieldError("perspective", "Alongside does not take “perspective” here. Send only name, "
                                + "preferredName, pronouns, photo, skills, interests, access, accessNotes and availability."),
                        new ErrorJson.FieldError("skills", "Send a list of texts, one per item, for example [\"baking\", \"Welsh\"]."),
                        new ErrorJson.FieldError("name", "Send this as text, in quotes.")),
                ((ErrorJson) response.getEntity()).errors());
        verify(pageManager, never()).saveNewVersion(any(AbstractPage.class), any());
    }

    @Test
    public void changesAreJsonOnlySoTheyCannotBeForgedFromAnotherSite() throws Exception {
        Consumes consumes = ParticipantsResource.class.getMethod("update", String.class, Map.class,
                UriInfo.class).getAnnotation(Consumes.class);

        assertEquals(List.of(MediaType.APPLICATION_JSON), List.of(consumes.value()));
    }

    @Test
    public void saveThatFailsSaysSoWithAReference() {
        confluence.logIn(priya);
        doAnswer(call -> {
            throw new IllegalStateException("database down");
        }).when(pageManager).saveNewVersion(any(AbstractPage.class), any());

        Response response = resource.update("42", Map.of("pronouns", "she/her"), uriInfo);

        assertEquals(500, response.getStatus());
        assertTrue(message(response).startsWith("The profile could not be saved. Nothing was changed."));
    }

    private static List<String> names(Response response) {
        return ((ParticipantListJson) response.getEntity()).participants().stream().map(ParticipantJson::name).toList();
    }
}
