package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.context;
import static app.alongside.testsupport.render.TestEngines.engine;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ConfluenceVelocityEngineTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void rendersAClasspathTemplateWithEscapingAndTheAllowlist() {
        DecisionView view = new DecisionView("Fish & chips <Friday>", "<p>Agreed</p>", "<em>body</em>", true);
        String html = engine().render("render/decision.vm", context("view", view));
        assertThat(html, containsString("<h2>Fish &amp; chips &lt;Friday&gt;</h2>"));
        assertThat(html, containsString("<div class=\"summary\"><p>Agreed</p></div>"));
        assertThat(html, containsString("<div class=\"body\"><em>body</em></div>"));
        assertThat(html, containsString("data-open=\"true\""));
        assertThat(html, containsString("<span class=\"tag\">a</span><span class=\"tag\">b</span>"));
        assertThat(html, not(containsString("##")));
    }

    @Test
    public void leadingSlashInTemplateNameIsIgnored() {
        assertEquals(engine().render("render/child.vm", context("name", "x", "nameHtml", "y")),
                engine().render("/render/child.vm", context("name", "x", "nameHtml", "y")));
    }

    @Test
    public void templatesAreReadAsUtf8() {
        assertEquals("Café — ☕ “Zoë &amp; Ann” ñ 中文\n",
                engine().render("render/utf8.vm", context("name", "Zoë & Ann")));
    }

    @Test
    public void macroDefaultArgumentIsAParseError() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> engine().render("render/macro-default-argument.vm", context()));
        assertEquals("render/macro-default-argument.vm", e.getTemplateName());
        assertThat(e.getMessage(), containsString("Velocity 1.6 cannot parse template 'render/macro-default-argument.vm'"));
        assertThat(e.getMessage(), containsString("line 2"));
        assertThat(e.getMessage(), containsString("macro default arguments"));
    }

    @Test
    public void unclosedDirectiveIsAParseErrorNamingTheTemplate() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> engine().render("render/unclosed-if.vm", context("x", true)));
        assertThat(e.getMessage(), containsString("'render/unclosed-if.vm'"));
    }

    @Test
    public void checkTemplateParsesWithoutRendering() {
        engine().checkTemplate("render/decision.vm");
        assertThrows(TemplateSyntaxException.class, () -> engine().checkTemplate("render/unclosed-if.vm"));
        assertThrows(TemplateLintException.class, () -> engine().checkTemplate("render/foreach-count.vm"));
    }

    @Test
    public void missingTemplateIsReportedByName() {
        TemplateNotFoundException e = assertThrows(TemplateNotFoundException.class,
                () -> engine().render("render/nope.vm", context()));
        assertThat(e.getMessage(), containsString("render/nope.vm"));
        assertFalse(engine().templateExists("render/nope.vm"));
        assertTrue(engine().templateExists("render/decision.vm"));
    }

    @Test
    public void foreachCountIsRefusedBecauseVelocity16PrintsItLiterally() {
        TemplateLintException e = assertThrows(TemplateLintException.class,
                () -> engine().render("render/foreach-count.vm", context("items", List.of("a"))));
        assertEquals(1, e.getProblems().size());
        assertEquals(2, e.getProblems().get(0).line());
        assertThat(e.getMessage(), containsString("render/foreach-count.vm"));
        assertThat(e.getMessage(), containsString("$velocityCount"));
    }

    @Test
    public void withLintOffVelocity16PrintsForeachCountLiterally() {
        ConfluenceVelocityEngine lenient = ConfluenceVelocityEngine.builder(getClass().getClassLoader())
                .lintTemplates(false).build();
        String html = lenient.render("render/foreach-count.vm", context("items", List.of("a")));
        assertThat(html, containsString("<li>$foreach.count: a</li>"));
    }

    @Test
    public void velocityCountAndHasNextWorkOnVelocity16() {
        String html = engine().render("render/velocity-count.vm", context("items", List.of("a", "b")));
        assertThat(html, containsString("<li>1: a,</li><li>2: b</li>"));
    }

    @Test
    public void breakWorksInsideForeach() {
        assertEquals("12", engine().renderFragment(
                "#foreach($i in [1..5])$i#if($i == 2)#break#end#end", context()));
    }

    @Test
    public void parsedChildTemplatesAreRenderedAndEscaped() {
        assertEquals("before <b>&lt;x&gt;</b> <i><y></i> after\n",
                engine().render("render/parses-child.vm", context("name", "<x>", "nameHtml", "<y>")));
    }

    @Test
    public void parsedChildWithLintProblemFailsTheParent() {
        TemplateLintException e = assertThrows(TemplateLintException.class,
                () -> engine().render("render/parses-lint-failing-child.vm", context("items", List.of("a"))));
        assertEquals("render/foreach-count.vm", e.getTemplateName());
    }

    @Test
    public void parsedChildWithSyntaxErrorFailsTheParent() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> engine().render("render/parses-unparseable-child.vm", context()));
        assertEquals("render/macro-default-argument.vm", e.getTemplateName());
    }

    @Test
    public void inlineMacrosAreLocalToTheirTemplate() {
        assertThat(engine().render("render/macros-a.vm", context()), containsString("<tr class=\"a\">x</tr>"));
        assertThat(engine().render("render/macros-b.vm", context()), containsString("<tr class=\"b\">x</tr>"));
        assertThat(engine().render("render/macros-a.vm", context()), containsString("<tr class=\"a\">x</tr>"));
    }

    @Test
    public void callerContextIsNotModified() {
        Map<String, Object> ctx = new HashMap<>(context("a", "1"));
        engine().renderFragment("#set($a = \"2\")#set($b = \"3\")$a$b", ctx);
        assertEquals(Map.of("a", "1"), ctx);
    }

    @Test
    public void nullContextIsAnEmptyContext() {
        assertEquals("ab", engine().renderFragment("a$!{x}b", null));
    }

    @Test
    public void exceptionFromAMethodFailsTheRenderNamingTemplateAndCause() {
        DecisionView view = new DecisionView("t", "", "", false);
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine().renderFragment("a\n$view.fail()", context("view", view)));
        assertThat(e.getMessage(), containsString(ConfluenceVelocityEngine.FRAGMENT_NAME));
        assertThat(e.getMessage(), containsString("boom from fail()"));
        assertThat(e.getMessage(), containsString("line 2"));
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    public void fragmentsAreLintedAndParsedLikeTemplates() {
        assertThrows(TemplateLintException.class, () -> engine().renderFragment("$list[0]", context("list", List.of())));
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> engine().renderFragment("#macro(m $a=1)#end", context()));
        assertEquals(ConfluenceVelocityEngine.FRAGMENT_NAME, e.getTemplateName());
    }

    @Test
    public void unparsedContentBlockFails() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine().renderFragment("a #[[ #if $x ]]# b", context()));
        assertThat(e.getMessage(), containsString("#[["));
    }

    @Test
    public void rendersIntoAWriter() throws IOException {
        StringWriter writer = new StringWriter();
        engine().render("render/child.vm", context("name", "&", "nameHtml", "&"), writer);
        assertEquals("<b>&amp;</b> <i>&</i>", writer.toString());
    }

    @Test
    public void unresolvedReferencesPrintLiterallyAsInConfluence() {
        assertEquals("$missing  $missing.title", engine().renderFragment("$missing $!missing $missing.title", context()));
    }

    @Test
    public void templatesComeOnlyFromTheGivenClassLoader() throws IOException {
        Path dir = folder.newFolder("cp").toPath();
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/own.vm"), "own $x", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            ConfluenceVelocityEngine own = ConfluenceVelocityEngine.create(loader, VelocityAllowlist.empty());
            assertEquals("own 1", own.render("templates/own.vm", context("x", 1)));
            assertFalse(own.templateExists("render/decision.vm"));
            assertThrows(TemplateNotFoundException.class, () -> own.render("render/child.vm", context()));
            assertSame(loader, own.classLoader());
        }
    }

    @Test
    public void rendersConcurrentlyWithTheRightEscapingOnEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String n = "<" + i + ">";
                results.add(pool.submit(() -> {
                    DecisionView view = new DecisionView(n, n, n, true);
                    String html = engine().renderFragment("$view.title|$view.renderedBody|$view.summaryHtml|$plain",
                            context("view", view, "plain", n));
                    String escaped = HtmlAutoEscaping.htmlEncode(n);
                    return html.equals(escaped + "|" + n + "|" + n + "|" + escaped);
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void withCachingOffEditedTemplatesArePickedUp() throws IOException {
        Path dir = folder.newFolder("live").toPath();
        Path template = dir.resolve("live.vm");
        Files.writeString(template, "one", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            ConfluenceVelocityEngine live = ConfluenceVelocityEngine.builder(loader).cacheTemplates(false).build();
            assertEquals("one", live.render("live.vm", context()));
            Files.writeString(template, "two", StandardCharsets.UTF_8);
            assertEquals("two", live.render("live.vm", context()));
        }
    }
}
