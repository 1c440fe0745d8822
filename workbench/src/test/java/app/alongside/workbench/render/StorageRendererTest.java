package app.alongside.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class StorageRendererTest {

    private final Map<String, Macro> macros = new HashMap<>();
    private final StorageRenderer renderer = new StorageRenderer(name -> Optional.ofNullable(macros.get(name)),
            new FixedLinks());

    private String render(String storage) throws StorageFormatException {
        return render(storage, ConversionContextOutputType.DISPLAY);
    }

    private String render(String storage, ConversionContextOutputType type) throws StorageFormatException {
        return renderer.render(storage, HostConversionContext.of(type, null, "RC"));
    }

    // --- macros --------------------------------------------------------------------------------------------

    @Test
    public void appMacroIsExecutedWithItsParametersAndItsOutputIsInsertedAsIs() throws Exception {
        macros.put("echo", new TestMacro(Macro.BodyType.NONE,
                (params, body, ctx) -> "<b class=\"out\">" + new TreeMap<>(params) + "</b>"));
        String html = render("<p>Before</p><ac:structured-macro ac:name=\"echo\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"framework\">nef</ac:parameter>"
                + "<ac:parameter ac:name=\"other\">x &amp; y</ac:parameter></ac:structured-macro>");
        assertThat(html, containsString("<p>Before</p><b class=\"out\">{framework=nef, other=x & y}</b>"));
    }

    @Test
    public void macroThatRequiresStorageGetsItsBodyAsStorageWithNestedMacrosUnrendered() throws Exception {
        macros.put("inner", new TestMacro(Macro.BodyType.NONE, (params, body, ctx) -> "INNER-RENDERED"));
        StringBuilder received = new StringBuilder();
        macros.put("outer", new StorageBodyMacro(received));

        render("<ac:structured-macro ac:name=\"outer\"><ac:rich-text-body><p>Hi</p>"
                + "<ac:structured-macro ac:name=\"inner\"><ac:parameter ac:name=\"stage\">agenda</ac:parameter>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>");

        assertThat(received.toString(), containsString("<p>Hi</p>"));
        assertThat(received.toString(), containsString("<ac:structured-macro ac:name=\"inner\">"));
        assertThat(received.toString(), containsString("<ac:parameter ac:name=\"stage\">agenda</ac:parameter>"));
        assertThat(received.toString(), org.hamcrest.CoreMatchers.not(containsString("INNER-RENDERED")));
        assertThat(received.toString(), org.hamcrest.CoreMatchers.not(containsString("xmlns")));
    }

    /** A rich-text macro that asks Confluence for its body as storage, as the decision macro does. */
    public static final class StorageBodyMacro implements Macro {
        private final StringBuilder received;

        StorageBodyMacro(StringBuilder received) {
            this.received = received;
        }

        @Override
        @com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat(
                com.atlassian.confluence.content.render.xhtml.macro.annotation.Format.Storage)
        public String execute(Map<String, String> parameters, String body,
                              com.atlassian.confluence.content.render.xhtml.ConversionContext context) {
            received.append(body);
            return "";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    @Test
    public void macroReceivesTheConversionContextOfTheRequestedOutputType() throws Exception {
        macros.put("ctx", new TestMacro(Macro.BodyType.NONE,
                (params, body, ctx) -> ctx.getOutputType() + "/" + ctx.getSpaceKey() + "/" + ctx.getOutputDeviceType()));
        assertThat(render("<ac:structured-macro ac:name=\"ctx\"/>", ConversionContextOutputType.DISPLAY),
                containsString("display/RC/desktop"));
        assertThat(render("<ac:structured-macro ac:name=\"ctx\"/>", ConversionContextOutputType.PREVIEW),
                containsString("preview/RC/desktop"));
        assertThat(render("<ac:structured-macro ac:name=\"ctx\"/>", ConversionContextOutputType.PDF),
                containsString("pdf/RC/desktop"));
    }

    @Test
    public void richTextBodyIsRenderedToFilteredViewHtmlBeforeTheMacroSeesIt() throws Exception {
        macros.put("box", new TestMacro(Macro.BodyType.RICH_TEXT, (params, body, ctx) -> "[" + body + "]"));
        String html = render("<ac:structured-macro ac:name=\"box\"><ac:rich-text-body><p onclick=\"x()\">Hi "
                + "<strong>there</strong></p><script>alert(1)</script></ac:rich-text-body></ac:structured-macro>");
        assertEquals("[<p>Hi <strong>there</strong></p>]", html);
    }

    @Test
    public void plainTextBodyIsPassedRaw() throws Exception {
        macros.put("raw", new TestMacro(Macro.BodyType.PLAIN_TEXT, (params, body, ctx) -> "{" + body.length() + "}"));
        String html = render("<ac:structured-macro ac:name=\"raw\"><ac:plain-text-body><![CDATA[<b>&nbsp;</b>]]>"
                + "</ac:plain-text-body></ac:structured-macro>");
        assertEquals("{" + "<b>&nbsp;</b>".length() + "}", html);
    }

    @Test
    public void macrosNestedInARichTextBodyAreExecutedToo() throws Exception {
        macros.put("box", new TestMacro(Macro.BodyType.RICH_TEXT, (params, body, ctx) -> "[" + body + "]"));
        macros.put("leaf", new TestMacro(Macro.BodyType.NONE, (params, body, ctx) -> "leaf"));
        String html = render("<ac:structured-macro ac:name=\"box\"><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"leaf\"/></ac:rich-text-body></ac:structured-macro>");
        assertEquals("[leaf]", html);
    }

    @Test
    public void unknownMacroShowsAFriendlyPanelWithItsNameEscaped() throws Exception {
        String html = render("<ac:structured-macro ac:name=\"no-such&lt;b&gt;\"/>");
        assertThat(html, containsString("Unknown macro: no-such&lt;b&gt;"));
        assertThat(html, containsString("role=\"note\""));
    }

    @Test
    public void macroThrowingMacroExecutionExceptionShowsAnErrorPanelAndTheRestOfThePageRenders() throws Exception {
        macros.put("broken", new TestMacro(Macro.BodyType.NONE, (params, body, ctx) -> {
            throw new MacroExecutionException("the <database> is down");
        }));
        String html = render("<p>One</p><ac:structured-macro ac:name=\"broken\"/><p>Two</p>");
        assertThat(html, containsString("Error rendering macro 'broken': the &lt;database&gt; is down"));
        assertThat(html, containsString("<p>One</p>"));
        assertThat(html, containsString("<p>Two</p>"));
    }

    @Test
    public void macroThrowingARuntimeExceptionShowsAnErrorPanel() throws Exception {
        macros.put("npe", new TestMacro(Macro.BodyType.NONE, (params, body, ctx) -> {
            throw new IllegalStateException("boom");
        }));
        String html = render("<ac:structured-macro ac:name=\"npe\"/><p>After</p>");
        assertThat(html, containsString("Error rendering macro 'npe': boom"));
        assertThat(html, containsString("<p>After</p>"));
    }

    @Test
    public void parametersHoldingResourceIdentifiersArriveAsTheirKeys() throws Exception {
        macros.put("echo", new TestMacro(Macro.BodyType.NONE, (params, body, ctx) -> new TreeMap<>(params).toString()));
        String html = render("<ac:structured-macro ac:name=\"echo\">"
                + "<ac:parameter ac:name=\"page\"><ac:link><ri:page ri:space-key=\"RC\" ri:content-title=\"Home\"/></ac:link></ac:parameter>"
                + "<ac:parameter ac:name=\"who\"><ri:user ri:username=\"alex\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"\">default</ac:parameter></ac:structured-macro>");
        assertEquals("{0=default, page=RC:Home, who=alex}", html);
    }

    @Test
    public void infoNoteWarningAndTipMacrosRenderAsLabelledNotePanels() throws Exception {
        for (String type : new String[] {"info", "note", "warning", "tip"}) {
            String html = render("<ac:structured-macro ac:name=\"" + type + "\"><ac:parameter ac:name=\"title\">Heads up"
                    + "</ac:parameter><ac:rich-text-body><p>Body</p></ac:rich-text-body></ac:structured-macro>");
            assertThat(html, containsString("class=\"wb-panel wb-panel--" + type + "\" role=\"note\""));
            assertThat(html, containsString("<strong>Heads up</strong>"));
            assertThat(html, containsString("<p>Body</p>"));
        }
    }

    // --- ordinary content ----------------------------------------------------------------------------------

    @Test
    public void headingsListsAndTablesRenderAsTheyAre() throws Exception {
        String storage = "<h2>Agenda</h2><ul><li>One</li></ul><ol start=\"3\"><li>Three</li></ol>"
                + "<table><tbody><tr><th colspan=\"2\">Head</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>";
        assertEquals(storage, render(storage));
    }

    @Test
    public void namedHtmlEntitiesAreUnderstood() throws Exception {
        String html = render("<p>Tea&nbsp;break &ndash; don&rsquo;t &amp; won&#39;t &copy;</p>");
        assertEquals("<p>Tea\u00A0break \u2013 don\u2019t &amp; won&#39;t \u00A9</p>", html);
    }

    @Test
    public void unknownEntityNamesStayVisibleAsText() throws Exception {
        assertEquals("<p>&amp;bogus;</p>", render("<p>&bogus;</p>"));
    }

    @Test
    public void entityTableHasEveryHtml4NameBesidesTheXmlOnes() {
        assertEquals(248, NamedEntities.size());
    }

    @Test
    public void linksToPagesUsersAndSpacesResolveThroughTheHost() throws Exception {
        String html = render("<p><ac:link><ri:page ri:content-title=\"Our principles\"/></ac:link> by "
                + "<ac:link><ri:user ri:username=\"alex\"/></ac:link> in "
                + "<ac:link><ri:space ri:space-key=\"RC\"/><ac:plain-text-link-body><![CDATA[the space]]>"
                + "</ac:plain-text-link-body></ac:link></p>");
        assertThat(html, containsString("<a href=\"/pages/viewpage.action?pageId=7\">Our principles</a>"));
        assertThat(html, containsString("<a href=\"/users/alex\" class=\"wb-user-link\">Alex Morgan</a>"));
        assertThat(html, containsString("<a href=\"/display/RC\">the space</a>"));
    }

    @Test
    public void linkToAPageThatCannotBeSeenIsPlainText() throws Exception {
        String html = render("<ac:link><ri:page ri:content-title=\"Secret\"/></ac:link>");
        assertEquals("<span class=\"wb-unresolved-link\">Secret</span>", html);
    }

    @Test
    public void taskListsShowEachTaskWithItsStatusInWords() throws Exception {
        String html = render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete"
                + "</ac:task-status><ac:task-body>Book room</ac:task-body></ac:task><ac:task><ac:task-id>2</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Send notes</ac:task-body></ac:task>"
                + "</ac:task-list>");
        assertThat(html, containsString("<span class=\"wb-task__status\">Done: </span>Book room"));
        assertThat(html, containsString("<span class=\"wb-task__status\">To do: </span>Send notes"));
    }

    @Test
    public void placeholdersAreNotShownInTheView() throws Exception {
        assertEquals("<p></p>", render("<p><ac:placeholder>Type here</ac:placeholder></p>"));
    }

    // --- hostile storage -----------------------------------------------------------------------------------

    @Test
    public void scriptsStylesAndFramesAreRemovedWithTheirContent() throws Exception {
        String html = render("<p>ok</p><script>alert(1)</script><style>body{}</style>"
                + "<iframe src=\"https://evil.example\">x</iframe><svg><script>alert(2)</script></svg>");
        assertEquals("<p>ok</p>", html);
    }

    @Test
    public void eventHandlerAndStyleAttributesAreDropped() throws Exception {
        String html = render("<p onclick=\"alert(1)\" style=\"position:fixed\" onmouseover=\"x\">Hi</p>"
                + "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\" alt=\"A\"/>");
        assertEquals("<p>Hi</p><img alt=\"A\" src=\"https://example.org/a.png\">", html);
    }

    @Test
    public void javascriptAndDataUrlsAreDroppedEvenWhenDisguised() throws Exception {
        String html = render("<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(1)\">b</a>"
                + "<a href=\"java&#9;script:alert(1)\">c</a><a href=\"data:text/html,x\">d</a>"
                + "<img src=\"vbscript:x\" alt=\"e\"/><a href=\"https://example.org/?q=javascript:\">f</a>");
        assertThat(html, not(containsString("script:alert")));
        assertThat(html, not(containsString("vbscript")));
        assertThat(html, not(containsString("data:")));
        assertThat(html, containsString("<a>a</a>"));
        assertThat(html, containsString("href=\"https://example.org/?q=javascript:\""));
    }

    @Test
    public void linkMarkupInLinkBodiesAndUrlsIsFilteredToo() throws Exception {
        String html = render("<ac:link><ri:url ri:value=\"javascript:alert(1)\"/><ac:link-body><b onclick=\"x\">go</b>"
                + "</ac:link-body></ac:link><ac:image ac:alt=\"pic\"><ri:url ri:value=\"javascript:alert(1)\"/></ac:image>");
        assertThat(html, not(containsString("javascript")));
        assertThat(html, not(containsString("onclick")));
    }

    @Test
    public void textThatLooksLikeMarkupStaysText() throws Exception {
        String html = render("<p><![CDATA[<script>alert(1)</script>]]> &lt;img src=x onerror=alert(1)&gt;</p>");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", html);
    }

    @Test
    public void userContentCannotBorrowTheChromesClassNames() throws Exception {
        assertEquals("<p class=\"mine\">x</p>", render("<p class=\"wb-panel alongside-message mine\">x</p>"));
    }

    @Test
    public void doctypeAndExternalEntitiesAreRefused() {
        StorageFormatException e = assertThrows(StorageFormatException.class, () -> render(
                "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><p>&xxe;</p>"));
        assertThat(e.getMessage(), not(containsString("root:")));
    }

    @Test
    public void malformedStorageIsReportedWithLineAndColumn() {
        StorageFormatException e = assertThrows(StorageFormatException.class,
                () -> render("<p>one</p>\n<p>two</b>"));
        assertEquals(2, e.line());
        assertTrue(e.describe().startsWith("Line 2, column"));
    }

    @Test
    public void deeplyNestedMacrosStopWithAPanelInsteadOfOverflowingTheStack() throws Exception {
        macros.put("box", new TestMacro(Macro.BodyType.RICH_TEXT, (params, body, ctx) -> body));
        String open = "<ac:structured-macro ac:name=\"box\"><ac:rich-text-body>";
        String close = "</ac:rich-text-body></ac:structured-macro>";
        String html = render(open.repeat(40) + "x" + close.repeat(40));
        assertThat(html, containsString("macros are nested too deeply"));
    }

    // --- fakes ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Body {
        String run(Map<String, String> params, String body, ConversionContext ctx) throws MacroExecutionException;
    }

    record TestMacro(BodyType bodyType, Body behaviour) implements Macro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            return behaviour.run(parameters, body, context);
        }

        @Override
        public BodyType getBodyType() {
            return bodyType;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    static final class FixedLinks implements LinkTargets {
        @Override
        public Optional<Link> page(String spaceKey, String title) {
            return "RC".equals(spaceKey) && "Our principles".equals(title)
                    ? Optional.of(new Link("/pages/viewpage.action?pageId=7", title)) : Optional.empty();
        }

        @Override
        public Optional<Link> user(String username, String userKey) {
            return "alex".equals(username) ? Optional.of(new Link("/users/alex", "Alex Morgan")) : Optional.empty();
        }

        @Override
        public Optional<Link> space(String spaceKey) {
            return Optional.of(new Link("/display/" + spaceKey, spaceKey));
        }
    }
}
