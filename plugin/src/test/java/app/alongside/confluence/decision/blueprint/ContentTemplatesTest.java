package app.alongside.confluence.decision.blueprint;

import app.alongside.confluence.participant.blueprint.ParticipantPageContextProvider;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.decision.DecisionMacros;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Stage;
import app.alongside.storage.StorageDocument;
import com.atlassian.plugin.web.ContextProvider;
import org.junit.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.alongside.confluence.testing.PluginFiles.children;
import static app.alongside.confluence.testing.PluginFiles.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every content template the descriptor declares is well-formed storage format, fills without leftovers, and what it
 * creates is read by core's {@link DecisionStorageReader} without a single problem: a page made from a blueprint
 * never opens with a warning.
 */
public class ContentTemplatesTest {

    private static final Pattern I18N_KEY = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"");
    private final BlueprintFixture blueprint = new BlueprintFixture();

    @Test
    public void everyContentTemplateIsWellFormedAndCreatesPagesWithoutProblems() {
        List<String> checked = new ArrayList<>();
        for (Element template : elements(PluginFiles.descriptor(), "content-template")) {
            String location = templateLocation(template);
            StorageDocument.parse(PluginFiles.read(PluginFiles.CLASSES.resolve(location)));
            String created = blueprint.fill(location, filledContext(template));
            assertTrue(location + " left a template element", !created.contains("<at:"));
            for (ParsedDecision parsed : new DecisionStorageReader().readPage(created)) {
                assertEquals(location + ": " + parsed.decision().title(), List.of(), parsed.problems());
            }
            checked.add(location);
        }
        assertEquals(List.of("blueprints/meeting.xml", "blueprints/meeting-index.xml",
                "blueprints/decision-record.xml", "blueprints/decision-record-index.xml",
                "blueprints/participant.xml", "blueprints/participant-index.xml",
                // Charter (issue 6): CharterBlueprintTest checks what the charter template creates.
                "blueprints/charter.xml", "blueprints/charter-index.xml"), checked);
    }

    @Test
    public void meetingAndDecisionRecordEachHoldOneDecisionWithAllFiveStagesAndAYouSaidExample() {
        for (String location : List.of("blueprints/meeting.xml", "blueprints/decision-record.xml")) {
            String storage = PluginFiles.read(PluginFiles.CLASSES.resolve(location));
            StorageDocument document = StorageDocument.parse(storage);
            assertEquals(location, 1, document.macros(DecisionMacros.DECISION).size());
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            for (Element stage : document.macros(DecisionMacros.STAGE)) {
                Stage.fromParameter(StorageDocument.parameter(stage, DecisionMacros.STAGE_NAME)
                        .map(StorageDocument::text).orElse("")).ifPresent(stages::add);
            }
            assertEquals(location, EnumSet.allOf(Stage.class), stages);
            assertEquals(location, 1, document.macros(DecisionMacros.YOU_SAID).size());
        }
    }

    @Test
    public void meetingNotesHaveAnAgendaWithWhoRaisedEachItemTasksAndTheReviewRegister() {
        String storage = blueprint.fill("blueprints/meeting.xml",
                BlueprintFixture.context(blueprint.meeting(), "groupName", "Carers"));
        assertTrue(storage.contains("<th>Item</th>") && storage.contains("<th>Raised by</th>"));
        assertTrue(storage.contains("<ac:task-list>"));
        Element register = StorageDocument.parse(storage).macros("alongside-register").get(0);
        assertEquals("true", StorageDocument.parameter(register, "reviewDue").map(StorageDocument::text).orElse(""));
        assertEquals("open", StorageDocument.parameter(register, "loop").map(StorageDocument::text).orElse(""));
        assertTrue("attendees are people, never roles", storage.contains("ac:type=\"mention\""));
    }

    @Test
    public void indexTemplatesShowTheRegisterForTheBlueprintsLabel() {
        for (Element blueprintModule : elements(PluginFiles.descriptor(), "blueprint")) {
            if (blueprintModule.getAttribute("key").equals("participant-page-blueprint")) {
                continue; // its index shows the participant directory: ParticipantPageBlueprintTest
            }
            if (blueprintModule.getAttribute("key").equals("charter-blueprint")) {
                continue; // its index lists the space's charters (child pages): CharterBlueprintTest
            }
            Element index = contentTemplate(blueprintModule.getAttribute("index-template-key"));
            String storage = blueprint.fill(templateLocation(index), Map.of());
            Element register = StorageDocument.parse(storage).macros("alongside-register").get(0);
            assertEquals(blueprintModule.getAttribute("index-key"),
                    StorageDocument.parameter(register, "labels").map(StorageDocument::text).orElse(""));
        }
    }

    @Test
    public void everyWordATemplateUsesIsInTheBundle() {
        Properties bundle = PluginFiles.i18n();
        Set<String> missing = new TreeSet<>();
        for (java.nio.file.Path file : PluginFiles.files(PluginFiles.MAIN_RESOURCES.resolve("blueprints"), ".xml")) {
            Matcher matcher = I18N_KEY.matcher(PluginFiles.read(file));
            while (matcher.find()) {
                if (!bundle.containsKey(matcher.group(1))) {
                    missing.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private Map<String, Object> filledContext(Element template) {
        List<Element> providers = children(template, "context-provider");
        if (providers.isEmpty()) {
            return Map.of();
        }
        String className = providers.get(0).getAttribute("class");
        if (className.equals(ParticipantPageContextProvider.class.getName())) {
            return BlueprintFixture.context(new ParticipantPageContextProvider(new CurrentUser()),
                    "participantName", "Priya Shah", "participantPronouns", "she/her");
        }
        if (className.equals(app.alongside.confluence.charter.blueprint.CharterContextProvider.class.getName())) {
            // Charter (issue 6)
            return BlueprintFixture.context(new app.alongside.confluence.charter.blueprint.CharterContextProvider(
                    (key, args) -> key), "charterGroup", "Recovery College group", "charterFramework", "nef");
        }
        ContextProvider provider = className.equals(MeetingContextProvider.class.getName())
                ? blueprint.meeting() : blueprint.decisionRecord();
        return BlueprintFixture.context(provider, "meetingDate", "14/10/2026", "groupName", "Carers",
                "decisionTitle", "Pay for travel", "decisionStatus", "decided");
    }

    private static Element contentTemplate(String key) {
        return elements(PluginFiles.descriptor(), "content-template").stream()
                .filter(t -> t.getAttribute("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no content-template " + key));
    }

    static String templateLocation(Element contentTemplate) {
        List<Element> resources = children(contentTemplate, "resource");
        assertEquals(contentTemplate.getAttribute("key") + " has one template resource", 1, resources.size());
        assertEquals("template", resources.get(0).getAttribute("name"));
        return resources.get(0).getAttribute("location");
    }
}
