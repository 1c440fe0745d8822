package app.alongside.workbench.plugin.descriptor;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PluginDescriptorReaderTest {

    private static PluginDescriptor read(String modules) throws IOException {
        String xml = "<atlassian-plugin key=\"example.plugin\" name=\"Example\" plugins-version=\"2\">"
                + "<plugin-info><version>1.2.3</version><param name=\"configure.url\">/x</param></plugin-info>"
                + modules + "</atlassian-plugin>";
        return PluginDescriptorReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    public void everyModuleTypeTheWorkbenchHostsBecomesATypedModule() throws IOException {
        PluginDescriptor d = read("<resource type=\"i18n\" name=\"i18n\" location=\"i18n.example\"/>"
                + "<resource type=\"download\" name=\"images/\" location=\"img/\"/>"
                + "<xhtml-macro name=\"m\" key=\"mk\" class=\"a.M\"/>"
                + "<servlet key=\"s\" class=\"a.S\"><url-pattern>/x/y</url-pattern>"
                + "<init-param><param-name>p</param-name><param-value>v</param-value></init-param></servlet>"
                + "<rest key=\"r\" path=\"/ex\" version=\"1.0\"><package>a.rest</package></rest>"
                + "<web-resource key=\"w\"><resource type=\"download\" name=\"a.css\" location=\"css/a.css\"/>"
                + "<dependency>example.plugin:base</dependency><context>atl.general</context></web-resource>"
                + "<ao key=\"ao\"><entity>a.E</entity><upgradeTask>a.U</upgradeTask></ao>"
                + "<velocity-allowlist key=\"v\"><method>a.V#x()</method></velocity-allowlist>"
                + "<web-item key=\"wi\" section=\"system.admin/configuration\" weight=\"20\"><label key=\"l\"/>"
                + "<link linkId=\"lid\">/plugins/servlet/x</link></web-item>"
                + "<rest-migration key=\"rm\"><rest-v2/></rest-migration>");
        assertEquals("example.plugin", d.key());
        assertEquals("1.2.3", d.version());
        assertEquals("/x", d.infoParams().get("configure.url"));
        assertEquals(List.of("i18n.example"), d.resources("i18n").stream().map(ResourceDescriptor::location).toList());
        assertTrue(d.resources("download").get(0).isDirectory());
        assertEquals("m", d.modules(MacroModule.class).get(0).name());
        assertEquals(List.of("/x/y"), d.modules(ServletModule.class).get(0).urlPatterns());
        assertEquals("v", d.modules(ServletModule.class).get(0).initParams().get("p"));
        assertEquals("/rest/ex/1.0", d.modules(RestModule.class).get(0).basePath());
        assertEquals(List.of("example.plugin:base"), d.modules(WebResourceModule.class).get(0).dependencies());
        assertEquals("example.plugin", d.modules(AoModule.class).get(0).namespace());
        assertEquals(List.of("a.V#x()"), d.modules(VelocityAllowlistModule.class).get(0).methods());
        assertEquals("lid", d.modules(WebItemModule.class).get(0).linkId());
        assertEquals(20, d.modules(WebItemModule.class).get(0).weight());
        assertEquals(1, d.modules(AcceptedModule.class).size());
        assertTrue(d.unsupported().isEmpty());
    }

    @Test
    public void modulesTheWorkbenchDoesNotHostAreListedWithTheReasonNotDropped() throws IOException {
        PluginDescriptor d = read("<dialog-wizard key=\"dw\"/><web-panel key=\"wp\"/><something-new key=\"sn\"/>"
                + "<resource type=\"velocity\" name=\"v\" location=\"v.vm\"/>");
        List<String> described = d.unsupported().stream().map(UnsupportedModule::describe).toList();
        assertEquals(4, described.size());
        assertThat(described.get(0), containsString("dialog-wizard 'dw': a dialog-wizard is hosted inside its <blueprint>"));
        assertThat(described.get(2), containsString("something-new 'sn': the workbench does not host this module type"));
        assertThat(described.get(3), containsString("resource type=velocity"));
    }

    @Test
    public void blueprintsContentTemplatesAndCreateDialogItemsAreRead() throws IOException {
        PluginDescriptor d = read("<content-template key=\"ct\" i18n-name-key=\"ct.name\"><description key=\"ct.desc\"/>"
                + "<resource name=\"template\" type=\"download\" location=\"xml/t.xml\"/>"
                + "<context-provider class=\"a.Provider\"><param name=\"p\" value=\"1\"/></context-provider>"
                + "</content-template>"
                + "<blueprint key=\"bp\" content-template-key=\"ct\" index-key=\"notes\" i18n-name-key=\"bp.name\""
                + " create-result=\"view\"><dialog-wizard key=\"dw\"><dialog-page id=\"p1\" template-key=\"NS.form\""
                + " title-key=\"p1.title\" last=\"true\"/></dialog-wizard></blueprint>"
                + "<web-item key=\"wi\" i18n-name-key=\"wi.name\" section=\"system.create.dialog/content\">"
                + "<description key=\"wi.desc\"/><resource name=\"icon\" type=\"download\" location=\"i.png\"/>"
                + "<param name=\"blueprintKey\" value=\"bp\"/></web-item>");

        ContentTemplateModule template = d.modules(ContentTemplateModule.class).get(0);
        assertEquals("xml/t.xml", template.templateLocation());
        assertEquals("a.Provider", template.contextProviderClass());
        assertEquals(java.util.Map.of("p", "1"), template.contextProviderParams());
        BlueprintModule blueprint = d.modules(BlueprintModule.class).get(0);
        assertEquals("ct", blueprint.contentTemplateKey());
        assertEquals("notes", blueprint.indexKey());
        assertEquals("view", blueprint.createResult());
        assertEquals("NS.form", blueprint.dialogPages().get(0).templateKey());
        assertTrue(blueprint.dialogPages().get(0).last());
        WebItemModule item = d.modules(WebItemModule.class).get(0);
        assertEquals("bp", item.params().get("blueprintKey"));
        assertEquals("i.png", item.resource("icon").orElseThrow().location());
        assertEquals("wi.desc", item.descriptionKey());
        assertTrue(d.unsupported().isEmpty());
    }

    @Test
    public void conditionsAreReportedAsNotEvaluated() throws IOException {
        PluginDescriptor d = read("<web-item key=\"wi\" section=\"s\"><condition class=\"a.C\"/><link>/x</link></web-item>");
        assertTrue(d.modules(WebItemModule.class).get(0).hasConditions());
        assertThat(d.warnings().get(0), containsString("conditions are not evaluated"));
    }

    @Test
    public void aModuleWithoutAKeyIsAnErrorThatSaysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("<xhtml-macro name=\"m\" class=\"a.M\"/>"));
        assertThat(e.getMessage(), containsString("xhtml-macro"));
    }

    @Test
    public void anUnfilteredPluginKeyIsRefused() {
        String xml = "<atlassian-plugin key=\"${atlassian.plugin.key}\"/>";
        assertThrows(IllegalArgumentException.class, () -> PluginDescriptorReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test"));
    }

    @Test
    public void doctypesAndExternalEntitiesAreRefused() {
        String xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><atlassian-plugin key=\"k\">&x;</atlassian-plugin>";
        assertThrows(IllegalArgumentException.class, () -> PluginDescriptorReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test"));
    }

    @Test
    public void theAppsOwnDescriptorIsReadCompletely() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            PluginDescriptor d = PluginDescriptorReader.read(in, "app");
            assertEquals("app.alongside.confluence", d.key());
            assertFalse(d.modules(MacroModule.class).isEmpty());
            assertFalse(d.modules(ServletModule.class).isEmpty());
            assertFalse(d.modules(RestModule.class).isEmpty());
            assertEquals(1, d.modules(AoModule.class).size());
        }
    }
}
