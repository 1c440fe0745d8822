package app.alongside.workbench.browser;

import app.alongside.workbench.testing.WorkbenchBrowser;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

/**
 * Hostile strings typed into every field a person can fill in (the site and space settings forms, a page's title and
 * storage format in the workbench editor, the app's macro parameters) and into addresses stay inert in a real
 * browser: no {@code alert()} dialog ever opens (the browser leaves dialogs open, so one would be seen), the flag each
 * payload would set ({@code window.__xss}) stays unset, and what was typed is shown back as text.
 */
public class XssBrowserIT {

    @ClassRule
    public static final WorkbenchBrowser WB = new WorkbenchBrowser();

    @Rule
    public final Timeout timeout = new Timeout(90, TimeUnit.SECONDS);

    /** Each would set window.__xss to its own name and open an alert if it ever ran. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script';alert('script')</script>",
            "<img src=x onerror=\"window.__xss='img';alert('img')\">",
            "javascript:window.__xss='js-url';alert('js-url')",
            "\"><svg onload=\"window.__xss='svg';alert('svg')\">",
            "\" autofocus onfocus=\"window.__xss='double-quote';alert(1)\" x=\"",
            "' autofocus onfocus='window.__xss=\"single-quote\";alert(1)' x='",
            "</textarea></title></style><script>window.__xss='close-tags';alert(1)</script>");

    private static WebDriver driver() {
        return WB.driver();
    }

    // --- the app's settings forms --------------------------------------------------------------------------

    @Test
    public void siteSettingsFieldsShowHostileInputAsText() {
        WB.actAs("admin");
        WB.open("/plugins/servlet/alongside/admin/settings");
        submitEveryPayload();
    }

    @Test
    public void spaceSettingsFieldsShowHostileInputAsText() {
        WB.actAs("alex");
        WB.open("/plugins/servlet/alongside/space-settings?key=RC");
        submitEveryPayload();
    }

    /** Every payload in every field: each round puts payload i in the first field and i + 1 in the second. */
    private static void submitEveryPayload() {
        List<String> fields = List.of("alongside-suppressionThreshold", "alongside-parityFraction");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            List<String> typed = List.of(PAYLOADS.get(i), PAYLOADS.get((i + 1) % PAYLOADS.size()));
            for (int f = 0; f < fields.size(); f++) {
                type(driver().findElement(By.id(fields.get(f))), typed.get(f));
            }
            WB.clickThrough(driver().findElement(By.cssSelector(".alongside-settings__form button[type=submit]")));
            assertInert("the settings form after submitting " + typed);
            assertFalse("the form says what is wrong", driver().findElements(By.cssSelector("[role=alert]")).isEmpty());
            for (int f = 0; f < fields.size(); f++) {
                WebElement field = driver().findElement(By.id(fields.get(f)));
                assertEquals("what was typed comes back as the field's text", typed.get(f),
                        field.getDomProperty("value"));
                field.click();   // focus and click handlers, had any been injected, would run now
            }
            assertInert("the settings form after focusing its fields, for " + typed);
        }
    }

    // --- addresses -----------------------------------------------------------------------------------------

    @Test
    public void hostileAddressesAreInert() {
        WB.actAs("alex");
        long principles = WB.pageId("RC", "Our principles");
        // Addresses whose text a page shows back (the unknown space's key; the "Acting as" switcher's return
        // address, on every workbench screen; the not-found page): every payload on its own.
        for (String payload : PAYLOADS) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String path : List.of("/plugins/servlet/alongside/space-settings?key=" + q, "/display/RC?x=" + q,
                    "/no/such/" + q)) {
                openInert(path);
            }
        }
        // Every other address that takes a parameter: all the payloads at once.
        String all = URLEncoder.encode(String.join("", PAYLOADS), StandardCharsets.UTF_8);
        for (String path : List.of("/plugins/servlet/alongside/admin/settings?x=" + all, "/display/" + all,
                "/pages/viewpage.action?pageId=" + all, "/pages/viewpage.action?pageId=" + principles
                        + "&outputType=" + all, "/pages/createpage.action?spaceKey=" + all,
                "/pages/editpage.action?pageId=" + all, "/display/RC/" + all)) {
            openInert(path);
        }
    }

    private static void openInert(String path) {
        WB.open(path);
        assertInert(path);
        assertEquals("no markup from the address on " + path, 0,
                driver().findElements(By.cssSelector("svg, script:not([src]), main img")).size());
    }

    // --- pages: titles and storage format typed into the workbench editor, macro parameters ----------------

    @Test
    public void hostileTitlesAreShownAsText() {
        WB.actAs("sam");
        int n = 0;
        for (String payload : PAYLOADS) {
            String title = "Page " + (++n) + " " + payload;
            long id = createPage(title, "<p>A page with a hostile title.</p>");
            assertEquals(title, driver().findElement(By.cssSelector("main h1")).getText());
            assertEquals(title + " \u2013 Alongside workbench", driver().getTitle());
            WB.open("/pages/editpage.action?pageId=" + id);
            assertInert("the editor for page " + n);
            assertEquals(title, driver().findElement(By.id("wb-title")).getDomProperty("value"));
        }
        WB.open("/display/RC");
        assertInert("the space home listing the hostile titles");
        String home = driver().findElement(By.tagName("main")).getText();
        PAYLOADS.forEach(p -> assertThat(home, containsString(p)));
    }

    @Test
    public void hostileTextInStorageAndMacroParametersIsShownAsText() {
        WB.actAs("sam");
        StringBuilder storage = new StringBuilder();
        for (String payload : PAYLOADS) {
            storage.append("<p>").append(xml(payload)).append("</p>\n")
                    .append("<p title=\"").append(xml(payload)).append("\">In an attribute</p>\n")
                    .append("<p><a href=\"").append(xml(payload)).append("\">A link with a hostile address</a></p>\n")
                    .append("<ac:structured-macro ac:name=\"alongside-principles\"><ac:parameter ac:name=\"framework\">")
                    .append(xml(payload)).append("</ac:parameter></ac:structured-macro>\n")
                    .append("<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">").append(xml(payload))
                    .append("</ac:parameter><ac:rich-text-body><p>A panel</p></ac:rich-text-body></ac:structured-macro>\n")
                    .append("<p><ac:link><ri:page ri:content-title=\"").append(xml(payload)).append("\"/></ac:link></p>\n")
                    .append("<p><ac:link><ri:user ri:username=\"").append(xml(payload)).append("\"/></ac:link></p>\n");
        }
        long id = createPage("Hostile text", storage.toString());
        for (String outputType : new String[] {"", "&outputType=preview", "&outputType=pdf"}) {
            String where = "the hostile-text page" + outputType;
            WB.open("/pages/viewpage.action?pageId=" + id + outputType);
            assertInert(where);
            String body = driver().findElement(By.cssSelector(".wb-page__body")).getText();
            for (String payload : PAYLOADS) {
                assertThat("typed text is shown as text", body, containsString(payload));
                assertThat("the principles macro names the unknown framework as text", body,
                        containsString("\u201c" + payload.strip() + "\u201d"));
            }
            assertNoScriptAddresses(where);
            if (outputType.isEmpty()) {
                clickLinksIn(".wb-page__body", where);
            }
        }
        WB.open("/pages/editpage.action?pageId=" + id);
        assertInert("the editor");
        assertEquals(storage.toString(), driver().findElement(By.id("wb-content")).getDomProperty("value")
                .replace("\r\n", "\n"));
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=preview]")));
        assertInert("the editor's preview");
        assertNoScriptAddresses("the editor's preview");
    }

    @Test
    public void hostileMarkupInStorageIsRemovedAndNeverRuns() {
        WB.actAs("sam");
        String storage = """
                <p>Before the hostile markup.</p>
                <script>window.__xss='storage-script';alert(1)</script>
                <p onclick="window.__xss='storage-onclick';alert(1)" onmouseover="window.__xss='storage-over'">Hover or click me</p>
                <p><img src="x" onerror="window.__xss='storage-img';alert(1)"/></p>
                <svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss='storage-svg';alert(1)"><circle r="5"/></svg>
                <p><a href="javascript:window.__xss='storage-js-url';alert(1)">A javascript: link</a></p>
                <p><a href=" JaVaScRiPt:window.__xss='storage-js-url-case';alert(1)">A disguised javascript: link</a></p>
                <p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">A data: link</a></p>
                <iframe src="javascript:window.__xss='storage-iframe';alert(1)"></iframe>
                <p style="background-image: url(javascript:alert(1))">Styled</p>
                <form action="javascript:alert(1)"><button type="submit" id="hostile-button">Go</button></form>
                <object data="javascript:alert(1)"></object>
                <embed src="javascript:alert(1)"/>
                <math><mtext><img src="x" onerror="window.__xss='storage-math';alert(1)"/></mtext></math>
                <details open="open" ontoggle="window.__xss='storage-toggle';alert(1)"><summary>More</summary></details>
                <ac:structured-macro ac:name="alongside-principles"><ac:parameter ac:name="framework">nef</ac:parameter><ac:parameter ac:name="onload">window.__xss='macro-param'</ac:parameter></ac:structured-macro>
                <p>After the hostile markup.</p>
                """;
        long id = createPage("Hostile markup", storage);
        for (String outputType : new String[] {"", "&outputType=preview", "&outputType=pdf"}) {
            String where = "the hostile-markup page" + outputType;
            WB.open("/pages/viewpage.action?pageId=" + id + outputType);
            assertInert(where);
            String body = driver().findElement(By.cssSelector(".wb-page__body")).getText();
            assertThat(body, containsString("Before the hostile markup."));
            assertThat(body, containsString("After the hostile markup."));
            assertThat(body, not(containsString("window.__xss")));
            assertNoScriptAddresses(where);
            if (outputType.isEmpty()) {
                driver().findElement(By.xpath("//p[contains(., 'Hover or click me')]")).click();
                assertInert(where + " after clicking a paragraph that had handlers");
                clickLinksIn(".wb-page__body", where);
            }
        }
    }

    // --- decisions: blueprint wizards, macro parameters, the register's form and addresses -----------------

    @Test
    public void hostileTextInBlueprintWizardsIsShownAsText() {
        WB.actAs("jordan");
        for (String payload : PAYLOADS) {
            WB.open("/workbench/create/wizard?spaceKey=RC&item=create-decision-record");
            type(driver().findElement(By.id("alongside-decision-title")), payload);
            WB.clickThrough(wizardSubmit());
            assertInert("a decision record titled " + payload);
            assertEquals(payload.strip(), driver().findElement(By.cssSelector("main h1")).getText());
            assertThat(driver().findElement(By.cssSelector("section.alongside-decision")).getText(),
                    containsString(payload.strip()));
        }
        for (int i = 0; i < PAYLOADS.size(); i += 2) {
            WB.open("/workbench/create/wizard?spaceKey=RC&item=create-meeting");
            String date = PAYLOADS.get(i);
            String group = PAYLOADS.get((i + 1) % PAYLOADS.size());
            type(driver().findElement(By.id("alongside-meeting-date")), date);
            type(driver().findElement(By.id("alongside-group-name")), group);
            WB.clickThrough(wizardSubmit());
            assertInert("meeting notes for " + group + " on " + date);
        }
        WB.open("/display/RC/Decision%20records");
        assertInert("the decision records index listing hostile titles");
        String register = driver().findElement(By.cssSelector(".alongside-register")).getText();
        PAYLOADS.forEach(p -> assertThat(register, containsString(p.strip())));
    }

    @Test
    public void hostileDecisionAndRegisterParametersAreShownAsText() {
        WB.actAs("sam");
        StringBuilder storage = new StringBuilder();
        for (String payload : PAYLOADS) {
            String p = xml(payload);
            storage.append("<ac:structured-macro ac:name=\"alongside-decision\">");
            for (String name : List.of("title", "status", "supersededBy", "decidedOn", "reviewOn", "claimed", "id")) {
                storage.append("<ac:parameter ac:name=\"").append(name).append("\">").append(p).append("</ac:parameter>");
            }
            storage.append("<ac:rich-text-body><p>").append(p).append("</p>")
                    .append("<ac:structured-macro ac:name=\"alongside-stage\"><ac:parameter ac:name=\"stage\">")
                    .append(p).append("</ac:parameter><ac:rich-text-body><p>").append(p)
                    .append("</p></ac:rich-text-body></ac:structured-macro>")
                    .append("<ac:structured-macro ac:name=\"alongside-you-said\">");
            for (String name : List.of("by", "response", "answer", "saidOn", "answeredOn")) {
                storage.append("<ac:parameter ac:name=\"").append(name).append("\">").append(p).append("</ac:parameter>");
            }
            storage.append("<ac:rich-text-body><p>").append(p).append("</p></ac:rich-text-body></ac:structured-macro>")
                    .append("</ac:rich-text-body></ac:structured-macro>\n")
                    .append("<ac:structured-macro ac:name=\"alongside-register\">");
            for (String name : List.of("spaces", "labels", "status", "from", "to", "reviewDue", "loop", "pageSize",
                    "sort")) {
                storage.append("<ac:parameter ac:name=\"").append(name).append("\">").append(p).append("</ac:parameter>");
            }
            storage.append("</ac:structured-macro>\n");
        }
        long id = createPage("Hostile decisions", storage.toString());
        for (String outputType : new String[] {"", "&outputType=preview", "&outputType=pdf"}) {
            String where = "the hostile-decisions page" + outputType;
            WB.open("/pages/viewpage.action?pageId=" + id + outputType);
            assertInert(where);
            String body = driver().findElement(By.cssSelector(".wb-page__body")).getText();
            PAYLOADS.forEach(p -> assertThat("shown as text on " + where, body, containsString(p.strip())));
            assertNoScriptAddresses(where);
        }

        // The register's own filter form, and its filters in the page's address.
        long register = createPage("A register to search", "<ac:structured-macro ac:name=\"alongside-register\"/>");
        String view = "/pages/viewpage.action?pageId=" + register;
        List<String> fields = List.of("search", "labels", "from", "to");
        for (int round = 0; round < 2; round++) {
            WB.open(view);
            for (int f = 0; f < fields.size(); f++) {
                String payload = PAYLOADS.get((round * fields.size() + f) % PAYLOADS.size());
                type(registerField(fields.get(f)), payload);
            }
            WB.clickThrough(driver().findElement(By.cssSelector(".alongside-register__submit")));
            assertInert("the register after searching for hostile text");
            String notices = driver().findElement(By.cssSelector(".alongside-register")).getText();
            for (int f = 0; f < fields.size(); f++) {
                String payload = PAYLOADS.get((round * fields.size() + f) % PAYLOADS.size());
                String value = registerField(fields.get(f)).getDomProperty("value");
                // a text filter keeps what was typed; a date it cannot read is cleared and named in a notice
                if (!payload.equals(value)) {
                    assertEquals("", value);
                    assertThat(notices, containsString(payload.strip().substring(0, 20)));
                }
            }
            assertNoScriptAddresses("the register's links after searching for hostile text");
        }
        // every filter in the address at once, each with another payload (one address, short enough for any server)
        StringBuilder address = new StringBuilder(view);
        List<String> names = List.of("search", "status", "labels", "from", "to", "reviewDue", "loop", "sort", "after",
                "pageSize", "spaces");
        for (int i = 0; i < names.size(); i++) {
            String q = URLEncoder.encode(PAYLOADS.get(i % PAYLOADS.size()), StandardCharsets.UTF_8);
            address.append("&alongside-register-").append(names.get(i)).append('=').append(q)
                    .append('&').append(names.get(i)).append('=').append(q);
        }
        openInert(address.toString());
        assertThat(driver().findElement(By.tagName("main")).getText(), containsString("A register to search"));
        assertNoScriptAddresses("the register's links with hostile filters in the address");
    }

    private static WebElement registerField(String name) {
        return driver().findElement(By.cssSelector(".alongside-register__filters input[name$='" + name + "']"));
    }

    private static WebElement wizardSubmit() {
        List<WebElement> buttons = driver().findElements(By.cssSelector("form.wb-wizard button[type=submit]"));
        return buttons.get(buttons.size() - 1);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Types the page through the editor as a person would, saves, and returns the new page's id. */
    private static long createPage(String title, String storage) {
        WB.open("/pages/createpage.action?spaceKey=RC");
        type(driver().findElement(By.id("wb-title")), title);
        WebElement content = driver().findElement(By.id("wb-content"));
        content.clear();
        // sendKeys types each character; the body is long, so it is pasted in one go (as a person would paste it)
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", content, storage);
        WB.clickThrough(driver().findElement(By.cssSelector("button[value=save]")));
        assertInert("saving " + title);
        String url = driver().getCurrentUrl();
        assertThat("saved and shown: " + driver().findElement(By.tagName("main")).getText(), url,
                containsString("/pages/viewpage.action?pageId="));
        return Long.parseLong(url.replaceAll(".*pageId=([0-9]+).*", "$1"));
    }

    /** No link, frame, form or embedded object on the page points at a javascript:, vbscript: or data: address. */
    private static void assertNoScriptAddresses(String where) {
        Object found = ((JavascriptExecutor) driver()).executeScript(
                "var bad = [];"
                        + "document.querySelectorAll('[href],[src],[action],[data],[formaction]').forEach(function (e) {"
                        + "  ['href','src','action','data','formaction'].forEach(function (a) {"
                        + "    var v = e.getAttribute(a);"
                        + "    if (v && /^\\s*(javascript|vbscript|data):/i.test(v)) { bad.push(e.tagName + ' ' + a + '=' + v); }"
                        + "  });"
                        + "});"
                        + "return bad.join('\\n');");
        assertEquals("script addresses on " + where, "", found);
    }

    /** Clicks every link in the area (coming back after each): a javascript: address would run now. */
    private static void clickLinksIn(String area, String where) {
        String page = driver().getCurrentUrl();
        int links = driver().findElements(By.cssSelector(area + " a")).size();
        for (int i = 0; i < links; i++) {
            WebElement link = driver().findElements(By.cssSelector(area + " a")).get(i);
            String href = link.getDomAttribute("href");
            if (href != null && href.strip().toLowerCase().startsWith("javascript:")) {
                throw new AssertionError("a javascript: address reached the page on " + where + ": " + href);
            }
            try {
                link.click();
            } catch (UnhandledAlertException e) {
                throw new AssertionError("a script ran on " + where + ": " + e.getAlertText(), e);
            }
            assertInert(where + " after following " + href);
            if (!driver().getCurrentUrl().equals(page)) {
                WB.open(page.substring(page.indexOf('/', "http://".length())));
            }
        }
    }

    /** No dialog open and no payload's flag set, after the page's own events have had a moment to fire. */
    private static void assertInert(String where) {
        WB.assertNoAlert(where);
        Object flag;
        try {
            flag = ((JavascriptExecutor) driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "setTimeout(function () { done(window.__xss === undefined ? null : String(window.__xss)); }, 50);");
        } catch (UnhandledAlertException e) {
            throw new AssertionError("a script ran on " + where + ": an alert said \"" + e.getAlertText() + "\"", e);
        }
        assertNull("a payload ran on " + where, flag);
        WB.assertNoAlert(where);
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
