package app.alongside.confluence.participant.blueprint;

import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.participant.ParticipantMacros;
import app.alongside.storage.StorageDocument;
import app.alongside.testsupport.blueprint.ContentTemplateRenderer;
import app.alongside.testsupport.render.BundleI18nResolver;
import com.atlassian.confluence.user.ConfluenceUser;
import org.junit.Rule;
import org.junit.Test;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The participant page blueprint as Confluence's create-content plugin runs it: the wizard's fields go through the
 * context provider into the content template, which makes an ordinary page holding the profile macro.
 */
public class ParticipantPageBlueprintTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    private final ContentTemplateRenderer templates = new ContentTemplateRenderer(
            BundleI18nResolver.fromClasspath(getClass().getClassLoader(), "i18n/alongside"));
    private final ParticipantPageContextProvider provider = new ParticipantPageContextProvider(new CurrentUser());

    private Map<String, Object> context(String... fieldsAndValues) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", "RC");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            context.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return provider.getContextMap(context);
    }

    private String page(Map<String, Object> context) {
        return templates.render(PluginFiles.read(PluginFiles.CLASSES.resolve("blueprints/participant.xml")), context);
    }

    private static String parameter(String storage, String name) {
        Element macro = StorageDocument.parse(storage).macros(ParticipantMacros.PROFILE).get(0);
        return StorageDocument.parameter(macro, name).map(StorageDocument::text).orElse("");
    }

    @Test
    public void wizardValuesBecomeTheProfilesParametersAndTheNameTheTitle() {
        Map<String, Object> context = context("participantName", "  Priya   Shah ", "participantPreferredName", "Pri",
                "participantPronouns", "she/her");
        String storage = page(context);

        assertEquals("Priya Shah", context.get("ContentPageTitle"));
        assertEquals("Priya Shah", parameter(storage, "name"));
        assertEquals("Pri", parameter(storage, "preferredName"));
        assertEquals("she/her", parameter(storage, "pronouns"));
        assertEquals("", parameter(storage, "user"));
        assertFalse(storage.contains("<at:"));
        assertTrue("the body prompts for what the person brings",
                storage.contains("<ac:placeholder>What I bring"));
    }

    @Test
    public void withoutANameNoTitleIsSetSoThePageIsNotCreated() {
        assertFalse(context("participantName", "   ").containsKey("ContentPageTitle"));
    }

    @Test
    public void aPreferredNameSameAsTheNameIsNotRepeated() {
        assertEquals("", parameter(page(context("participantName", "Sam", "participantPreferredName", "Sam")),
                "preferredName"));
    }

    @Test
    public void ownPageIsLinkedToTheCreatorsAccountOnlyWhenTheySaySo() {
        ConfluenceUser priya = confluence.user("priya");
        confluence.logIn(priya);

        String linked = page(context("participantName", "Priya Shah", "participantIsMe", "true"));
        String notLinked = page(context("participantName", "Rowan Ellis"));

        Element user = StorageDocument.parameter(StorageDocument.parse(linked).macros(ParticipantMacros.PROFILE).get(0),
                "user").orElseThrow();
        assertEquals("key-priya", StorageDocument.children(user).get(0).getAttributeNS(StorageDocument.RI, "userkey"));
        assertEquals("", parameter(notLinked, "user"));
    }

    @Test
    public void hostileTextStaysTextInThePage() {
        String hostile = "</ac:parameter><script>alert(1)</script> & \"Zoë\" 😊 مرحبا";
        String storage = page(context("participantName", hostile, "participantPronouns", hostile));

        assertEquals(hostile, parameter(storage, "name"));
        assertFalse(storage.contains("<script>"));
    }

    @Test
    public void longValuesAreCutToWhatAProfileHolds() {
        Map<String, Object> context = context("participantName", "N".repeat(400), "participantPronouns", "p".repeat(100));

        assertEquals(255, ((String) context.get("participantName")).length());
        assertEquals(60, ((String) context.get("participantPronouns")).length());
    }

    @Test
    public void indexPageShowsTheDirectory() {
        String storage = templates.render(PluginFiles.read(PluginFiles.CLASSES.resolve("blueprints/participant-index.xml")),
                Map.of());

        assertEquals(1, StorageDocument.parse(storage).macros(ParticipantMacros.DIRECTORY).size());
        assertFalse(storage.contains("<at:"));
    }
}
