package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.context;
import static app.alongside.testsupport.render.TestEngines.engine;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import app.alongside.testsupport.render.fixtures.Person;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class HtmlAutoEscapingTest {

    private static final String RAW = "<b class=\"x\">Tom & Jerry's</b>";
    private static final String ESCAPED = "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;";

    private static String render(String template, Object... keysAndValues) {
        return engine().renderFragment(template, context(keysAndValues));
    }

    private static DecisionView view() {
        return new DecisionView(RAW, RAW, RAW, true);
    }

    @Test
    public void plainReferenceIsEscaped() {
        assertEquals(ESCAPED, render("$value", "value", RAW));
    }

    @Test
    public void allFiveSpecialCharactersAreEncoded() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlAutoEscaping.htmlEncode("&<>\"'"));
        assertEquals("&amp;&lt;&gt;&quot;&#39;", render("$v", "v", "&<>\"'"));
    }

    @Test
    public void quietAndBracedReferencesAreEscaped() {
        assertEquals(ESCAPED + ESCAPED + ESCAPED, render("$!value${value}$!{value}", "value", RAW));
    }

    @Test
    public void referenceEndingInHtmlIsNotEscaped() {
        assertEquals(RAW, render("$bodyHtml", "bodyHtml", RAW));
        assertEquals(RAW + RAW, render("$!{bodyHtml}${bodyHtml}", "bodyHtml", RAW));
    }

    @Test
    public void referenceEndingInHtmlIsCaseInsensitive() {
        assertEquals(RAW + RAW + RAW, render("$configAsHTML$markuphtml$xHtml",
                "configAsHTML", RAW, "markuphtml", RAW, "xHtml", RAW));
    }

    @Test
    public void propertyEndingInHtmlIsNotEscaped() {
        assertEquals(RAW, render("$view.summaryHtml", "view", view()));
        assertEquals(RAW, render("$map.summaryHtml", "map", Map.of("summaryHtml", RAW)));
    }

    @Test
    public void htmlInTheMiddleOfTheNameDoesNotExempt() {
        assertEquals(ESCAPED, render("$htmlTitle", "htmlTitle", RAW));
        assertEquals(ESCAPED, render("$bodyHtml.trim()", "bodyHtml", RAW));
    }

    @Test
    public void xHtmlContentBodyAndHeadAreNotEscaped() {
        assertEquals(RAW + RAW + RAW, render("$xHtmlContent$body$head", "xHtmlContent", RAW, "body", RAW, "head", RAW));
    }

    @Test
    public void bodyAsAPropertyIsEscaped() {
        assertEquals(ESCAPED, render("$page.body", "page", Map.of("body", RAW)));
        assertEquals(ESCAPED, render("$Body", "Body", RAW));
    }

    @Test
    public void methodEndingInHtmlIsNotEscaped() {
        assertEquals(RAW, render("$view.getSummaryHtml()", "view", view()));
    }

    @Test
    public void methodStartingWithRenderIsNotEscaped() {
        assertEquals("<span class=\"badge\">" + RAW + "</span>", render("$view.renderBadge()", "view", view()));
    }

    @Test
    public void methodStartingWithGetRenderIsNotEscaped() {
        assertEquals(RAW, render("$view.getRenderedBody()", "view", view()));
    }

    @Test
    public void propertyWhoseGetterStartsWithGetRenderIsNotEscaped() {
        assertEquals(RAW, render("$view.renderedBody", "view", view()));
        // getRenderer() starts with "getRender" too: Confluence's rule is by name, not by meaning
        assertEquals(RAW, render("$view.renderer", "view", view()));
    }

    @Test
    public void mapValueNamedLikeARenderMethodIsEscaped() {
        // $map.renderedBody calls Map.get("renderedBody"), not a method named render...
        assertEquals(ESCAPED, render("$map.renderedBody", "map", Map.of("renderedBody", RAW)));
    }

    @Test
    public void ordinaryGetterIsEscaped() {
        assertEquals(ESCAPED, render("$view.title", "view", view()));
        assertEquals(ESCAPED, render("$view.getTitle()", "view", view()));
    }

    @Test
    public void methodNameRuleIsCaseSensitive() {
        assertFalse(HtmlAutoEscaping.isExempt("$x.getBodyHTML()", null));
        assertFalse(HtmlAutoEscaping.isExempt("$x.bodyhtml()", null));
        assertFalse(HtmlAutoEscaping.isExempt("$x.Render()", null));
        assertTrue(HtmlAutoEscaping.isExempt("$x.bodyHtml()", null));
    }

    @Test
    public void recordAccessorEndingInHtmlIsNotEscaped() {
        Person person = new Person(RAW, RAW);
        assertEquals(ESCAPED + "|" + RAW, render("$p.name()|$p.bioHtml()", "p", person));
    }

    @Test
    public void lastSegmentDecidesNotTheRoot() {
        assertEquals(ESCAPED, render("$viewHtml.title", "viewHtml", view()));
        assertEquals("&lt;span class=&quot;badge&quot;&gt;&amp;&lt;/span&gt;",
                render("$view.renderBadge().trim()", "view", new DecisionView("&", "", "", false)));
    }

    @Test
    public void argumentsDoNotConfuseTheNameRules() {
        assertEquals(ESCAPED, render("$m.get(\"bodyHtml\")", "m", Map.of("bodyHtml", RAW)));
        assertEquals(ESCAPED, render("$m.get('a.renderX()')", "m", Map.of("a.renderX()", RAW)));
        assertEquals("html" + ESCAPED, render("$view.describe(\"html\", 1)", "view", view()));
    }

    @Test
    public void nonStringValuesAreEscapedByTheirToString() {
        Object value = new Object() {
            @Override
            public String toString() {
                return "<i>";
            }
        };
        assertEquals("&lt;i&gt; 42 true", render("$v $n $b", "v", value, "n", 42, "b", true));
    }

    @Test
    public void listsAreEscapedAsTheirToString() {
        assertEquals("[&lt;a&gt;, b]", render("$list", "list", List.of("<a>", "b")));
    }

    @Test
    public void setVariablesAreEscapedWhenInserted() {
        assertEquals(ESCAPED, render("#set($copy = $value)$copy", "value", RAW));
        assertEquals(RAW, render("#set($copyHtml = $value)$copyHtml", "value", RAW));
    }

    @Test
    public void interpolatedStringsEscapeTheirReferencesOnce() {
        // Velocity 1.6 runs the handler for references inside "..." strings too, so a #set string built from a
        // value is escaped when built, and the result is escaped again when inserted unless its name exempts it.
        assertEquals("<p>&amp;</p>", render("#set($lineHtml = \"<p>$v</p>\")$lineHtml", "v", "&"));
        assertEquals("&lt;p&gt;&amp;amp;&lt;/p&gt;", render("#set($line = \"<p>$v</p>\")$line", "v", "&"));
    }

    @Test
    public void foreachVariablesAreEscaped() {
        assertEquals("&lt;a&gt;;&amp;;", render("#foreach($x in $xs)$x;#end", "xs", List.of("<a>", "&")));
    }

    @Test
    public void macroParametersAreJudgedByTheParameterName() {
        String macros = "#macro(plain $v)$v#end#macro(raw $vHtml)$vHtml#end";
        assertEquals(ESCAPED, render(macros + "#plain($bodyHtml)", "bodyHtml", RAW));
        assertEquals(RAW, render(macros + "#raw($value)", "value", RAW));
    }

    @Test
    public void defineBlocksEscapeTheirOwnReferencesOnce() {
        assertEquals("<b>&amp;</b>", render("#define($block)<b>$v</b>#end$block", "v", "&"));
    }

    @Test
    public void evaluateEscapesTheReferencesItRenders() {
        assertEquals("&lt;x&gt;", render("#evaluate('$v')", "v", "<x>"));
    }

    @Test
    public void nullValuesPrintTheReferenceTextUnescaped() {
        assertEquals("$missing.title <>", render("$missing.title <>"));
    }

    @Test
    public void escapedReferencesPrintLiterally() {
        assertEquals("$value", render("\\$value", "value", RAW));
    }

    @Test
    public void i18nLikeMethodCallsAreEscaped() {
        assertEquals("&lt;b&gt;", render("$m.get(\"k\")", "m", Map.of("k", "<b>")));
    }

    @Test
    public void isExemptUnderstandsReferenceForms() {
        assertTrue(HtmlAutoEscaping.isExempt("$fooHtml", null));
        assertTrue(HtmlAutoEscaping.isExempt("$!fooHtml", null));
        assertTrue(HtmlAutoEscaping.isExempt("${fooHtml}", null));
        assertTrue(HtmlAutoEscaping.isExempt("$!{a.b.fooHtml}", null));
        assertTrue(HtmlAutoEscaping.isExempt("$a.renderX($b.c(\"(\"), 'x)')", null));
        assertTrue(HtmlAutoEscaping.isExempt("$a.prop", "getRenderedProp"));
        assertTrue(HtmlAutoEscaping.isExempt("$a.prop", "propHtml"));
        assertFalse(HtmlAutoEscaping.isExempt("$a", "renderSomething"));
        assertFalse(HtmlAutoEscaping.isExempt("$a.prop", "getProp"));
        assertFalse(HtmlAutoEscaping.isExempt("$a.prop", null));
        assertFalse(HtmlAutoEscaping.isExempt("$a.fooHtml().bar()", null));
        assertFalse(HtmlAutoEscaping.isExempt("not a reference", null));
        assertFalse(HtmlAutoEscaping.isExempt("$a.b(\"unterminated", null));
        assertFalse(HtmlAutoEscaping.isExempt(null, null));
        assertTrue(HtmlAutoEscaping.isExempt("$body", null));
        assertFalse(HtmlAutoEscaping.isExempt("$x.body", null));
    }

    @Test
    public void htmlEncodeKeepsOtherTextAsIs() {
        String text = "plain text, ünïcödé, 中文, emoji \uD83D\uDE00, newline\n, tab\t";
        assertSame(text, HtmlAutoEscaping.htmlEncode(text));
        assertNull(HtmlAutoEscaping.htmlEncode(null));
    }
}
