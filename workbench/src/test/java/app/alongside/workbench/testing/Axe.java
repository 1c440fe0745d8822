package app.alongside.workbench.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, from npm ({@code workbench/src/test/axe}, installed by {@code npm ci} in {@code bin/test}), injected into
 * the page the browser shows and run against the WCAG 2.0, 2.1 and 2.2 A and AA rules. Every violation fails the
 * test, with each rule's id, impact, help text and the selectors of the elements that break it. Nothing is
 * allowlisted.
 */
public final class Axe {

    /** axe-core's tags for WCAG 2.2 A and AA (2.2 added only AA rules that axe tags separately). */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (results) {
                done({version: axe.version, violations: results.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(function (n) {
                      return {target: n.target.map(String).join(' '), html: n.html,
                              summary: n.failureSummary || ''};
                    })};
                })});
              }, function (error) { done({error: String(error)}); });
            """;

    private static String source;

    private Axe() {
    }

    /** One rule broken on one page. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("  - ").append(id).append(" [").append(impact).append("] ")
                    .append(help).append(" (").append(helpUrl).append(")");
            for (Node node : nodes) {
                text.append("\n      at ").append(node.target()).append("  ").append(abbreviate(node.html()));
                if (!node.summary().isBlank()) {
                    text.append("\n         ").append(node.summary().replace("\n", "\n         "));
                }
            }
            return text.toString();
        }
    }

    /** An element that breaks a rule. */
    public record Node(String target, String html, String summary) {
    }

    /** Fails, listing every violation, unless axe finds nothing on the page the browser shows now. */
    public static void assertNoViolations(WebDriver driver, String what) {
        List<Violation> violations = check(driver);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder("axe-core found ").append(violations.size())
                    .append(" WCAG 2.2 A/AA violation(s) on ").append(what).append(" (").append(driver.getCurrentUrl())
                    .append("):");
            violations.forEach(v -> message.append('\n').append(v));
            throw new AssertionError(message.toString());
        }
    }

    /** Runs axe-core on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result == null || result.containsKey("error")) {
            throw new AssertionError("axe-core could not run: " + (result == null ? "no answer" : result.get("error")));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                nodes.add(new Node((String) n.get("target"), (String) n.get("html"), (String) n.get("summary")));
            }
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), nodes));
        }
        return violations;
    }

    /** axe.min.js as installed by npm; a clear failure (not a skip) when it is missing. */
    static synchronized String source() {
        if (source == null) {
            Path script = Path.of(System.getProperty("alongside.axe.script",
                    "src/test/axe/node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(script)) {
                throw new AssertionError("axe-core is not installed at " + script.toAbsolutePath() + ": run "
                        + "`npm ci` in workbench/src/test/axe (bin/test does this for you)");
            }
            try {
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + script, e);
            }
        }
        return source;
    }

    private static String abbreviate(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
