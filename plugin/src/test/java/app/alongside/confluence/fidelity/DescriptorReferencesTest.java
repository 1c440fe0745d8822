package app.alongside.confluence.fidelity;

import app.alongside.confluence.testing.PluginFiles;
import com.atlassian.confluence.macro.Macro;
import jakarta.servlet.http.HttpServlet;
import net.java.ao.RawEntity;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static app.alongside.confluence.testing.PluginFiles.children;
import static app.alongside.confluence.testing.PluginFiles.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Everything atlassian-plugin.xml names exists: classes of the right kind, resources, icons, i18n keys (including
 * the macro browser's), allowlisted methods. A descriptor that names something missing fails here, not in
 * Confluence's log on an admin's upload.
 */
public class DescriptorReferencesTest {

    private final Document descriptor = PluginFiles.descriptor();
    private final Properties i18n = PluginFiles.i18n();

    @Test
    public void pluginKeyAndAoNamespaceAreThePermanentOnes() {
        Element root = descriptor.getDocumentElement();
        assertEquals(PluginFiles.PLUGIN_KEY, root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        Element ao = elements(descriptor, "ao").get(0);
        assertEquals("app.alongside.confluence", ao.getAttribute("namespace"));
    }

    @Test
    public void descriptorWasFilteredByMaven() {
        String text = PluginFiles.read(PluginFiles.CLASSES.resolve("atlassian-plugin.xml"));
        assertTrue("unfiltered ${...} left in the descriptor", !text.contains("${"));
    }

    @Test
    public void pluginInfoDeclaresDataCenterCompatibilityAndExistingImages() {
        Element info = elements(descriptor, "plugin-info").get(0);
        List<String> problems = new ArrayList<>();
        assertEquals("compatible", param(info, "atlassian-data-center-status"));
        assertEquals("true", param(info, "atlassian-data-center-compatible"));
        for (String image : List.of("plugin-icon", "plugin-logo")) {
            if (!PluginFiles.onClasspath(param(info, image))) {
                problems.add(image + " " + param(info, image));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyModuleClassExistsAndHasTheKindItsModuleNeeds() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Element macro : elements(descriptor, "xhtml-macro")) {
            requireKind(macro.getAttribute("class"), Macro.class, problems);
        }
        for (Element servlet : elements(descriptor, "servlet")) {
            requireKind(servlet.getAttribute("class"), HttpServlet.class, problems);
        }
        for (Element entity : elements(descriptor, "entity")) {
            Class<?> type = requireKind(entity.getTextContent().strip(), RawEntity.class, problems);
            if (type != null && !type.isInterface()) {
                problems.add(type.getName() + " is an entity but not an interface");
            }
        }
        for (Element provider : elements(descriptor, "context-provider")) {
            requireKind(provider.getAttribute("class"), com.atlassian.plugin.web.ContextProvider.class, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyResourceAndIconNamedExists() {
        List<String> missing = new ArrayList<>();
        for (Element resource : elements(descriptor, "resource")) {
            String type = resource.getAttribute("type");
            String location = resource.getAttribute("location");
            if ("i18n".equals(type)) {
                location = location.replace('.', '/') + ".properties";
            }
            if (!PluginFiles.onClasspath(location)) {
                missing.add(type + ": " + location);
            }
        }
        String iconPrefix = "/download/resources/" + PluginFiles.PLUGIN_KEY + "/";
        for (Element macro : elements(descriptor, "xhtml-macro")) {
            String icon = macro.getAttribute("icon");
            if (!icon.startsWith(iconPrefix) || !PluginFiles.onClasspath(icon.substring(iconPrefix.length()))) {
                missing.add("macro icon: " + icon);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void macroIconsAreEightyPixelsSquareWithoutTransparency() throws IOException {
        String iconPrefix = "/download/resources/" + PluginFiles.PLUGIN_KEY + "/";
        for (Element macro : elements(descriptor, "xhtml-macro")) {
            String icon = macro.getAttribute("icon").substring(iconPrefix.length());
            BufferedImage image = ImageIO.read(PluginFiles.CLASSES.resolve(icon).toFile());
            assertEquals(icon, 80, image.getWidth());
            assertEquals(icon, 80, image.getHeight());
            assertTrue(icon + " must not be transparent", !image.getColorModel().hasAlpha());
        }
    }

    @Test
    public void everyI18nKeyTheDescriptorNamesIsInTheBundle() {
        Set<String> missing = new TreeSet<>();
        for (String attribute : List.of("key", "i18n-name-key", "title-key", "description-header-key",
                "description-content-key", "i18n-index-title-key")) {
            for (String tag : List.of("description", "label", "web-item", "blueprint", "content-template",
                    "dialog-page", "tooltip")) {
                for (Element element : elements(descriptor, tag)) {
                    String key = element.getAttribute(attribute);
                    boolean isModuleKey = attribute.equals("key") && !tag.equals("description") && !tag.equals("label")
                            && !tag.equals("tooltip");
                    if (!key.isEmpty() && !isModuleKey && !i18n.containsKey(key)) {
                        missing.add(tag + "@" + attribute + "=" + key);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void macroBrowserHasALabelAndDescriptionForEveryMacroAndParameter() {
        Set<String> missing = new TreeSet<>();
        for (Element macro : elements(descriptor, "xhtml-macro")) {
            String prefix = PluginFiles.PLUGIN_KEY + "." + macro.getAttribute("name");
            requireKey(prefix + ".label", missing);
            requireKey(prefix + ".desc", missing);
            for (Element parameters : children(macro, "parameters")) {
                for (Element parameter : children(parameters, "parameter")) {
                    requireKey(prefix + ".param." + parameter.getAttribute("name") + ".label", missing);
                    requireKey(prefix + ".param." + parameter.getAttribute("name") + ".desc", missing);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void everyAllowlistedMethodExistsAsAPublicNoArgumentMethod() {
        List<String> problems = new ArrayList<>();
        for (Element method : elements(descriptor, "method")) {
            String entry = method.getTextContent().strip();
            if (!entry.matches("[\\w.$]+#\\w+\\(\\)")) {
                problems.add("malformed entry " + entry);
                continue;
            }
            String className = entry.substring(0, entry.indexOf('#'));
            String methodName = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            try {
                Method found = Class.forName(className).getMethod(methodName);
                if (!Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
                    problems.add(entry + " is declared on a non-public type");
                }
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                problems.add(entry + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void webItemLinksPointAtServletsTheAppDeclares() {
        Set<String> servletPaths = new TreeSet<>();
        for (Element servlet : elements(descriptor, "servlet")) {
            for (Element pattern : children(servlet, "url-pattern")) {
                servletPaths.add("/plugins/servlet" + pattern.getTextContent().strip());
            }
        }
        List<String> dangling = new ArrayList<>();
        for (Element link : elements(descriptor, "link")) {
            String path = link.getTextContent().strip().replaceAll("\\?.*$", "");
            if (path.startsWith("/plugins/servlet/") && !servletPaths.contains(path)) {
                dangling.add(path);
            }
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    public void marketingDescriptorImagesExistAtMarketplaceSizes() throws IOException {
        Document marketing = PluginFiles.xml(PluginFiles.CLASSES.resolve("atlassian-plugin-marketing.xml"));
        assertImageSize(elements(marketing, "logo").get(0).getAttribute("image"), 144, 144);
        assertImageSize(elements(marketing, "banner").get(0).getAttribute("image"), 1120, 548);
    }

    // --- Blueprints: templates, wizards and create-dialog items (blueprint work) ---------------------------------

    @Test
    public void blueprintsNameTemplatesThatExistAndCreateDialogItemsNameBlueprintsThatExist() {
        Set<String> templates = keys("content-template");
        Set<String> blueprints = keys("blueprint");
        List<String> dangling = new ArrayList<>();
        for (Element blueprint : elements(descriptor, "blueprint")) {
            for (String attribute : List.of("content-template-key", "index-template-key")) {
                String key = blueprint.getAttribute(attribute);
                if ((attribute.startsWith("content") || !key.isEmpty()) && !templates.contains(key)) {
                    dangling.add(blueprint.getAttribute("key") + "@" + attribute + "=" + key);
                }
            }
            if (blueprint.getAttribute("index-key").isBlank()) {
                dangling.add(blueprint.getAttribute("key") + " has no index-key");
            }
        }
        for (Element item : elements(descriptor, "web-item")) {
            if (item.getAttribute("section").equals("system.create.dialog/content")) {
                String blueprint = webItemParam(item, "blueprintKey");
                if (!blueprints.contains(blueprint)) {
                    dangling.add("web-item " + item.getAttribute("key") + " names blueprint " + blueprint);
                }
            }
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    public void everyWizardPageNamesASoyTemplateTheAppShipsInAWebResource() {
        Set<String> soyTemplates = new TreeSet<>();
        java.util.regex.Pattern namespace = java.util.regex.Pattern.compile("\\{namespace\\s+([\\w.]+)");
        java.util.regex.Pattern template = java.util.regex.Pattern.compile("\\{template\\s+\\.(\\w+)");
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            if (location.endsWith(".soy")) {
                String soy = PluginFiles.read(PluginFiles.CLASSES.resolve(location));
                java.util.regex.Matcher ns = namespace.matcher(soy);
                assertTrue(location + " has no {namespace}", ns.find());
                java.util.regex.Matcher t = template.matcher(soy);
                while (t.find()) {
                    soyTemplates.add(ns.group(1) + "." + t.group(1));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Element page : elements(descriptor, "dialog-page")) {
            if (!soyTemplates.contains(page.getAttribute("template-key"))) {
                missing.add(page.getAttribute("id") + " -> " + page.getAttribute("template-key"));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void createDialogIconsAreTwoHundredByOneHundredAndFiftyWithoutTransparency() throws IOException {
        for (Element item : elements(descriptor, "web-item")) {
            for (Element resource : children(item, "resource")) {
                if (resource.getAttribute("name").equals("icon")) {
                    String location = resource.getAttribute("location");
                    assertImageSize(location, 200, 150);
                    assertTrue(location + " must not be transparent",
                            !ImageIO.read(PluginFiles.CLASSES.resolve(location).toFile()).getColorModel().hasAlpha());
                }
            }
        }
    }

    @Test
    public void everyWordTheWizardsSoyAndScriptsAskForIsInTheBundle() {
        java.util.regex.Pattern getText = java.util.regex.Pattern.compile("getText\\('([^']+)'\\)");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (java.nio.file.Path file : PluginFiles.files(PluginFiles.MAIN_RESOURCES, "")) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".soy") && !name.endsWith(".js")) {
                continue;
            }
            java.util.regex.Matcher m = getText.matcher(PluginFiles.read(file));
            while (m.find()) {
                found++;
                if (!i18n.containsKey(m.group(1))) {
                    missing.add(name + ": " + m.group(1));
                }
            }
        }
        assertTrue("expected getText calls in the wizards", found > 5);
        assertEquals(Set.of(), missing);
    }

    private Set<String> keys(String tag) {
        Set<String> keys = new TreeSet<>();
        elements(descriptor, tag).forEach(e -> keys.add(e.getAttribute("key")));
        return keys;
    }

    private static String webItemParam(Element item, String name) {
        for (Element param : children(item, "param")) {
            if (param.getAttribute("name").equals(name)) {
                return param.getAttribute("value");
            }
        }
        return "";
    }

    // --- End of blueprint checks ----------------------------------------------------------------------------------

    private void assertImageSize(String path, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(PluginFiles.CLASSES.resolve(path).toFile());
        assertEquals(path, width, image.getWidth());
        assertEquals(path, height, image.getHeight());
    }

    private void requireKey(String key, Set<String> missing) {
        if (!i18n.containsKey(key)) {
            missing.add(key);
        }
    }

    private static String param(Element info, String name) {
        for (Element param : children(info, "param")) {
            if (param.getAttribute("name").equals(name)) {
                return param.getTextContent().strip();
            }
        }
        throw new AssertionError("plugin-info has no param " + name);
    }

    private static Class<?> requireKind(String className, Class<?> kind, List<String> problems) {
        try {
            Class<?> type = Class.forName(className);
            if (!kind.isAssignableFrom(type)) {
                problems.add(className + " is not a " + kind.getName());
            }
            return type;
        } catch (ClassNotFoundException e) {
            problems.add("missing class " + className);
            return null;
        }
    }
}
