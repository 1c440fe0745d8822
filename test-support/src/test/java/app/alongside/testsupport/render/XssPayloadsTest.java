package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.context;
import static app.alongside.testsupport.render.TestEngines.engine;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import app.alongside.testsupport.render.fixtures.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Hostile strings through every insertion context the app's templates use. "Inert" means: the payload cannot end
 * the element or attribute it was put in (no raw {@code < > " '} from it survive), so no tag, attribute or event
 * handler it contains comes alive, and decoding the entities gives back exactly the original string (nothing lost or
 * mangled). A {@code javascript:} URL is the exception escaping cannot fix; see
 * {@link #escapingDoesNotNeutraliseJavascriptUrlsSoTemplatesMustNotPutUntrustedUrlsInHref()}.
 */
public class XssPayloadsTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "\"><script>alert(1)</script>",
            "'><script>alert(1)</script>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\" autofocus onfocus=alert(1) x=\"",
            "\"'\"'><img src=x onerror=alert('1')>",
            "'\"`><\\/script><script>alert(document.cookie)</script>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "<!--<script>alert(1)//-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "&quot; onclick=&quot;alert(1)",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(\"x\")",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<style>body{background:url(\"javascript:alert(1)\")}</style>",
            "${bodyHtml} $view.secret() #set($x = 1) #foreach($i in [1..3])$i#end",
            "\u003Cscript\u003Ealert(1)\u003C/script\u003E",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "\u202Egnp.exe <b>",
            "\uD83D\uDE00<b>emoji</b>\uD83D\uDC4D",
            "line\nbreak<br>\r\n\ttab",
            "\u0000<script>\u0000",
            "Zoë & Ann <co-chairs> \"quoted\" 'single'");

    private static final Pattern TEXT_CONTENT = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("title=\"([^\"]*)\"");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("title='([^']*)'");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea>(.*?)</textarea>", Pattern.DOTALL);

    @Test
    public void xssPayloadsRenderInert() {
        String template = engine().render("render/xss-contexts.vm", context("v", ""));
        for (String payload : PAYLOADS) {
            String html = engine().render("render/xss-contexts.vm", context("v", payload));
            assertSameMarkup(payload, template, html);
            assertEquals(payload, decode(only(TEXT_CONTENT, html)));
            assertEquals(payload, decode(only(DOUBLE_QUOTED, html)));
            assertEquals(payload, decode(only(SINGLE_QUOTED, html)));
            assertEquals(payload, decode(only(HREF, html)));
            assertEquals(payload, decode(only(TEXTAREA, html)));
        }
    }

    @Test
    public void xssPayloadsThroughGettersMapsRecordsAndListsRenderInert() {
        for (String payload : PAYLOADS) {
            String html = engine().renderFragment(
                    "<p>$view.title</p><p>$view.getTitle()</p><p>$m.k</p><p>$m.get(\"k\")</p><p>$person.name()</p>"
                            + "#foreach($x in $list)<p>$x</p>#end",
                    context("view", new DecisionView(payload, "", "", false), "m", Map.of("k", payload),
                            "person", new Person(payload, ""), "list", List.of(payload, payload)));
            assertSameMarkup(payload, "<p></p><p></p><p></p><p></p><p></p><p></p><p></p>", html);
            Matcher m = TEXT_CONTENT.matcher(html);
            int count = 0;
            while (m.find()) {
                assertEquals(payload, decode(m.group(1)));
                count++;
            }
            assertEquals(7, count);
        }
    }

    @Test
    public void payloadsAreNeverEvaluatedAsVelocity() {
        String payload = "${bodyHtml} $view.secret() #set($x = 1) #foreach($i in [1..3])$i#end";
        String html = engine().renderFragment("<p>$v</p>", context("v", payload, "bodyHtml", "<b>"));
        assertEquals("<p>" + HtmlAutoEscaping.htmlEncode(payload) + "</p>", html);
    }

    @Test
    public void escapingDoesNotNeutraliseJavascriptUrlsSoTemplatesMustNotPutUntrustedUrlsInHref() {
        // Confluence's auto-escaping (and so this emulation) only stops a value breaking out of its attribute: a
        // javascript: URL stays a javascript: URL once the browser decodes the entities. The app must check URL
        // schemes itself (http, https or relative only) before a value reaches href/src.
        String html = engine().renderFragment("<a href=\"$url\">x</a>", context("url", "javascript:alert(\"x\")"));
        assertEquals("<a href=\"javascript:alert(&quot;x&quot;)\">x</a>", html);
        assertTrue(decode(only(HREF, html)).startsWith("javascript:"));
    }

    @Test
    public void exemptNamesLetMarkupThroughSoOnlyTrustedValuesMayUseThem() {
        for (String payload : PAYLOADS) {
            assertEquals(payload, engine().renderFragment("$valueHtml", context("valueHtml", payload)));
        }
    }

    private static void assertSameMarkup(String payload, String emptyRender, String html) {
        // Every < > " ' in the output is the template's own: the payload added none.
        for (char special : new char[] {'<', '>', '"', '\''}) {
            assertEquals("raw '" + special + "' from payload " + payload + " in " + html,
                    count(emptyRender, special), count(html, special));
        }
        assertFalse(html.contains("<script"));
        assertFalse(html.toLowerCase().contains("<img"));
    }

    private static String only(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertEquals("one match of " + pattern + " in " + html, 1, found.size());
        return found.get(0);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Decodes exactly the five entities the escaping produces (&amp; last, so nothing is decoded twice). */
    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
