package app.alongside.confluence.charter.blueprint;

import app.alongside.charter.CharterMacros;
import app.alongside.charter.CharterReader;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.DecisionRule;
import app.alongside.charter.ParsedCharter;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.principle.Framework;
import app.alongside.storage.StorageDocument;
import app.alongside.testsupport.blueprint.ContentTemplateRenderer;
import app.alongside.testsupport.render.BundleI18nResolver;
import org.junit.Test;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The charter blueprint as Confluence's create-content plugin runs it: the wizard's fields go through the context
 * provider into the content template, which makes an ordinary page holding the charter macro.
 */
public class CharterBlueprintTest {

    private final ContentTemplateRenderer templates = new ContentTemplateRenderer(
            BundleI18nResolver.fromClasspath(getClass().getClassLoader(), "i18n/alongside"));
    private final CharterContextProvider provider = new CharterContextProvider(new AppRendering().messages);

    private Map<String, Object> context(String... fieldsAndValues) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", "RC");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            context.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return provider.getContextMap(context);
    }

    private String page(Map<String, Object> context) {
        return templates.render(PluginFiles.read(PluginFiles.CLASSES.resolve("blueprints/charter.xml")), context);
    }

    private static ParsedCharter read(String storage) {
        Element macro = StorageDocument.parse(storage).macros(CharterMacros.CHARTER).get(0);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element child : StorageDocument.children(macro)) {
            if ("parameter".equals(child.getLocalName())) {
                parameters.put(child.getAttributeNS(StorageDocument.AC, "name"), StorageDocument.text(child));
            }
        }
        String body = StorageDocument.richTextBody(macro).map(StorageDocument::innerStorage).orElse(null);
        return new CharterReader().readMacro("RC", parameters, body);
    }

    @Test
    public void wizardValuesBecomeACharterCoreReadsWithoutProblems() {
        Map<String, Object> context = context("charterGroup", " Recovery  College group ", "charterPurpose",
                "We shape the courses.", "charterScope", "Course content, not budgets.", "charterFramework", "nef",
                "charterDecisionRule", "majority", "charterParity", "1/3", "charterReciprocity", "£25 an hour",
                "charterGroundRules", "One voice at a time", "charterReviewOn", "2027-06-01");
        String storage = page(context);
        ParsedCharter parsed = read(storage);

        assertEquals("Recovery College group: our charter", context.get("ContentPageTitle"));
        assertEquals(List.of(), parsed.problems());
        assertEquals("Recovery College group", parsed.charter().group());
        assertEquals(Optional.of(Framework.NEF), parsed.charter().framework());
        assertEquals(Optional.of(DecisionRule.MAJORITY), parsed.charter().decisionRule());
        assertEquals(CharterStatus.DRAFT, parsed.charter().status());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 1)), parsed.charter().reviewOn());
        assertEquals(List.of(Commitment.LIVED_EXPERIENCE_IN_EVERY_DECISION, Commitment.LIVED_EXPERIENCE_AT_AGENDA,
                        Commitment.YOU_SAID_ANSWERED_WITHIN, Commitment.RECOGNISED_WITHIN),
                parsed.charter().commitments().stream().map(Commitment::code).toList());
        assertEquals(Optional.of(2), parsed.charter().commitments().get(0).number());
        String body = parsed.charter().purposeStorage();
        assertTrue(body, body.contains("Purpose") && body.contains("We shape the courses."));
        assertTrue(body, body.contains("Scope: what we can and cannot change"));
        assertTrue(body, body.contains("Ways of working and ground rules") && body.contains("One voice at a time"));
        assertTrue(body, body.contains("Reciprocity") && body.contains("£25 an hour"));
        assertFalse(storage.contains("<at:"));
    }

    @Test
    public void unknownChoicesFallBackToNoFrameworkNoRuleAndNoReviewDate() {
        ParsedCharter parsed = read(page(context("charterGroup", "G", "charterFramework", "made-up",
                "charterDecisionRule", "dictator", "charterReviewOn", "next spring")));

        assertEquals(List.of(), parsed.problems());
        assertEquals(Optional.empty(), parsed.charter().framework());
        assertEquals(Optional.empty(), parsed.charter().decisionRule());
        assertEquals(Optional.empty(), parsed.charter().reviewOn());
    }

    @Test
    public void withoutAGroupNameNoTitleIsSetSoThePageIsNotCreated() {
        assertFalse(context("charterGroup", "  ").containsKey("ContentPageTitle"));
    }

    @Test
    public void hostileTextStaysTextInThePage() {
        String hostile = "</ac:parameter><script>alert(1)</script> & \"Zoë\" 😊 مرحبا";
        String storage = page(context("charterGroup", hostile, "charterPurpose", hostile, "charterParity", hostile));

        assertFalse(storage.contains("<script>"));
        assertEquals(hostile, read(storage).charter().group());
        assertTrue(read(storage).charter().purposeStorage().contains("&lt;script&gt;"));
    }
}
