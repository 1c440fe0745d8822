package app.alongside.confluence.fidelity;

import app.alongside.confluence.perspective.web.HostilePrivacyScreens;
import app.alongside.confluence.settings.web.SettingsPageView;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.HtmlInertness;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.principle.Framework;
import app.alongside.principle.PrinciplesView;
import app.alongside.principle.PrinciplesViews;
import app.alongside.testsupport.render.MethodNotAllowlistedException;
import app.alongside.testsupport.render.VelocityTemplateLint;
import org.junit.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every template the app ships renders under Confluence's rules — Velocity 1.6.4, HTML auto-escaping, and a
 * method allowlist equal to the descriptor's — with hostile text in every field, and stays inert.
 */
public class TemplatesUnderConfluenceRulesTest {

    /** Payloads a person might type, pasted or not, into any field that reaches a template. */
    public static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)",
            "javascript:alert(1)",
            "</textarea><svg onload=alert(1)>",
            "${view.toString()} #set($x = 1) $x",
            "Zoë’s café — 😊 مرحبا");

    private final AppRendering rendering = new AppRendering();

    /** A context for each template: the test fails for any shipped template missing from here. */
    private Map<String, Function<String, Map<String, Object>>> contexts() {
        Map<String, Function<String, Map<String, Object>>> contexts = new TreeMap<>();
        contexts.put("templates/principles/principles.vm", text -> Map.of(
                "view", new PrinciplesViews((key, args) -> text).of(Framework.NEF), "sourceLabel", text));
        contexts.put("templates/common/macro-message.vm", text -> Map.of("heading", text, "message", text));
        contexts.put("templates/decision/index-admin.vm", text -> Map.of("view",
                new app.alongside.confluence.decision.web.IndexAdminView(text, text, text, text, text,
                        "/plugins/servlet/alongside/admin/decision-index", text, text, text, true,
                        "/plugins/servlet/alongside/admin/decision-index", text)));
        contexts.put("templates/settings/message-page.vm", text -> Map.of("title", text, "message", text));
        // The form action is built by the servlet from the context path, never from input.
        contexts.put("templates/settings/settings-page.vm", text -> Map.of("view", new SettingsPageView(
                text, text, text, "/plugins/servlet/alongside/admin/settings", text, text, text, text,
                List.of(new SettingsPageView.Field("suppressionThreshold", text, text, text, text, text),
                        new SettingsPageView.Field("parityFraction", text, text, text, null, null)),
                text)));
        contexts.put("templates/decision/decision-card.vm", text -> {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("view", HostileDecisions.card(text));
            // The outcome is Confluence's own rendering of the page's storage format, never raw input.
            model.put("outcomeHtml", "<p>What was decided</p>");
            model.put("outcomeText", text);
            return model;
        });
        contexts.put("templates/decision/standalone-block.vm", text -> Map.of("view", HostileDecisions.stageBlock(text)));
        contexts.put("templates/decision/register.vm", text -> {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("anchor", "alongside-register");
            model.put("problems", List.of(text));
            model.put("problemsHeading", text);
            model.put("notices", List.of(text));
            model.put("noticesHeading", text);
            model.put("view", HostileDecisions.register(text));
            model.put("form", HostileDecisions.form(text));
            return model;
        });
        // Participants: profile card and directory (the photo, an <img>, has its own test below).
        contexts.put("templates/participant/profile.vm", text -> {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("view", HostileParticipants.profile(text, false));
            // "What I bring" is Confluence's own rendering of the page's storage format, never raw input.
            model.put("whatIBringHtml", "<p>What I bring</p>");
            return model;
        });
        contexts.put("templates/participant/directory.vm", text -> {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("anchor", "alongside-directory");
            model.put("problems", List.of(text));
            model.put("problemsHeading", text);
            model.put("notices", List.of(text));
            model.put("noticesHeading", text);
            model.put("view", HostileParticipants.directory(text, false, false));
            model.put("form", HostileParticipants.form(text));
            return model;
        });
        // --- Private perspectives, consent and data rights (templates/perspective) ---
        contexts.put("templates/perspective/declaration-form.vm", text -> Map.of(
                "form", HostilePrivacyScreens.form(text), "post", HostilePrivacyScreens.post(text)));
        contexts.put("templates/perspective/message.vm", text -> Map.of("title", text, "message", text,
                "linkHref", "/login.action?os_destination=%2Fplugins", "linkLabel", text));
        // The pages include the form as rendered by declaration-form.vm (escaped there), never raw input.
        contexts.put("templates/perspective/my-data.vm", text -> Map.of("view", HostilePrivacyScreens.myData(text),
                "formHtml", privacyForm(text)));
        contexts.put("templates/perspective/facilitator.vm", text -> Map.of("view",
                HostilePrivacyScreens.person(text), "formHtml", privacyForm(text)));
        contexts.put("templates/perspective/privacy-admin.vm", text -> Map.of("view", HostilePrivacyScreens.admin(text)));
        // --- End of private perspectives ---
        // --- Charter (issue 6): every part shown, with hostile text in each ---
        contexts.put("templates/charter/charter.vm", text -> HostileCharters.model(text, true));
        contexts.put("templates/charter/checkin-form.vm", text -> Map.of("form", HostileCharters.checkInForm(text),
                "post", HostileCharters.post(text)));
        contexts.put("templates/charter/checkin-page.vm", text -> Map.of("title", text, "backLabel", text,
                "backHref", "/confluence/pages/viewpage.action?pageId=1", "formHtml", rendering.engine.render(
                        "templates/charter/checkin-form.vm", Map.of("form", HostileCharters.checkInForm(text),
                                "post", HostileCharters.post(text)))));
        contexts.put("templates/charter/confirm-page.vm", text -> Map.of("title", text, "message", text,
                "post", HostileCharters.post(text), "button", new app.alongside.charter.view.CharterForms.Button(text,
                        text), "backHref", "/confluence/pages/viewpage.action?pageId=1", "backLabel", text));
        // --- End of charter ---
        // --- meetings and chair rotation: a dated meeting with co-chairs and problems, hostile text everywhere ---
        contexts.put("templates/meeting/meeting.vm", text -> Map.of("view", hostileMeeting(text, true)));
        // --- end of meetings and chair rotation ---
        // --- Reciprocity ledger (issue 7): every part shown, with hostile text in each ---
        contexts.put("templates/reciprocity/ledger.vm", text -> Map.of("view",
                app.alongside.confluence.reciprocity.web.HostileLedgerScreens.page(text)));
        // --- End of reciprocity ledger ---
        // --- Insights macro (issue 7): every part that is text, with hostile words, titles and problems. The charts
        // (SVG, written by core) have their own test below, as the only markup the template does not escape. ---
        contexts.put("templates/insight/insights.vm", text -> insightsModel(text, false));
        // --- End of insights macro ---
        // --- Placement and signals (issue 7): the acknowledge servlet's page; the action is built from the context
        // path, never from input ---
        contexts.put("templates/signal/acknowledge-page.vm", text -> {
            Map<String, Object> model = new java.util.HashMap<>();
            for (String key : List.of("title", "signalName", "problem", "tokenName", "token", "pageId", "localId",
                    "kind", "note", "noteLabel", "noteHint", "maxNote", "submitLabel", "backLabel")) {
                model.put(key, text);
            }
            model.put("action", "/confluence/plugins/servlet/alongside/signals/acknowledge");
            model.put("backHref", "/confluence/pages/viewpage.action?pageId=1");
            return model;
        });
        return contexts;
    }

    /** Links are built by the macro from a page's space and title, URL-encoded: never raw input. */
    private static app.alongside.meeting.view.MeetingView hostileMeeting(String text, boolean withChairs) {
        String link = "/display/RC/" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        return new app.alongside.meeting.view.MeetingView(text, withChairs ? "2026-10-14" : "", text,
                withChairs ? List.of(new app.alongside.meeting.view.MeetingView.Chair("", text, link),
                        new app.alongside.meeting.view.MeetingView.Chair(text, text, "")) : List.of(),
                text, text, withChairs ? List.of(text, text) : List.of());
    }

    @Test
    public void meetingRecordWithoutDateOrChairRendersHostileTextInert() {
        for (String payload : HOSTILE) {
            String html = rendering.engine.render("templates/meeting/meeting.vm",
                    Map.of("view", hostileMeeting(payload, false)));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
        }
    }

    /** The insights macro's model: words from hostile messages; with charts, or with every part a sentence or table. */
    private static Map<String, Object> insightsModel(String text, boolean charts) {
        app.alongside.insight.InsightsQuery query = app.alongside.insight.view.InsightsFixtures.year2026("RC", "X");
        app.alongside.insight.InsightsFigures busy = app.alongside.insight.view.InsightsFixtures.busy(query, text);
        app.alongside.insight.InsightsFigures figures = charts ? busy
                : new app.alongside.insight.InsightsFigures(query, List.of("X"), 0,
                app.alongside.insight.view.InsightsFixtures.nothing(query).byMonth(), 0, List.of(),
                new app.alongside.insight.InsightsFigures.OpenLoops(0, 0, 0, 0, java.util.Optional.empty()), List.of(),
                busy.charters(), busy.reciprocity());
        app.alongside.insight.view.InsightsView view = new app.alongside.insight.view.InsightsViews((key, args) -> text)
                .of(figures, app.alongside.insight.view.InsightsSection.all(), "/confluence", "alongside-insights-1",
                        true);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("problems", List.of(text));
        model.put("problemsHeading", text);
        model.put("view", view);
        return model;
    }

    /** The insights' charts are the one place the template inserts markup: only SVG, with nothing in it that runs. */
    @Test
    public void insightsChartsWithHostileWordsAreOnlyInertSvg() {
        for (String payload : HOSTILE) {
            String html = rendering.engine.render("templates/insight/insights.vm", insightsModel(payload, true));
            assertEquals(payload, List.of("<svg>", "<svg>", "<svg>", "<svg>"), HtmlInertness.activeContent(html));
            for (org.jsoup.nodes.Element svg : org.jsoup.Jsoup.parse(html).select("svg")) {
                assertTrue(payload, svg.select("script, foreignObject, foreignobject, image, use, a, style, iframe")
                        .isEmpty());
                for (org.jsoup.nodes.Element element : svg.getAllElements()) {
                    for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                        assertFalse(payload, attribute.getKey().toLowerCase(java.util.Locale.ROOT).contains("href"));
                    }
                }
                assertEquals(payload, svg.selectFirst("title").text());
            }
        }
    }

    private String privacyForm(String text) {
        return rendering.engine.render("templates/perspective/declaration-form.vm", Map.of(
                "form", HostilePrivacyScreens.form(text), "post", HostilePrivacyScreens.post(text)));
    }

    @Test
    public void charterWithNothingYetRendersHostileTextInert() {
        for (String payload : HOSTILE) {
            String html = rendering.engine.render("templates/charter/charter.vm", HostileCharters.model(payload, false));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
        }
    }

    @Test
    public void facilitatorsFindingScreenRendersHostileTextInert() {
        for (String payload : HOSTILE) {
            String html = rendering.engine.render("templates/perspective/facilitator.vm",
                    Map.of("view", HostilePrivacyScreens.picker(payload)));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
        }
    }

    @Test
    public void participantTemplatesInEveryLayoutAndStateRenderHostileTextInert() {
        for (String payload : HOSTILE) {
            for (boolean table : new boolean[] {true, false}) {
                Map<String, Object> model = new java.util.HashMap<>();
                model.put("anchor", "alongside-directory");
                model.put("problems", List.of());
                model.put("problemsHeading", payload);
                model.put("notices", List.of());
                model.put("noticesHeading", payload);
                model.put("view", HostileParticipants.directory(payload, table, false));
                assertEquals(payload, List.of(), HtmlInertness.activeContent(
                        rendering.engine.render("templates/participant/directory.vm", model)));
            }
            Map<String, Object> empty = new java.util.HashMap<>();
            empty.put("anchor", "alongside-directory");
            empty.put("problems", List.of());
            empty.put("problemsHeading", payload);
            empty.put("notices", List.of());
            empty.put("noticesHeading", payload);
            empty.put("view", HostileParticipants.emptyDirectory(payload));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(
                    rendering.engine.render("templates/participant/directory.vm", empty)));
            Map<String, Object> noBody = new java.util.HashMap<>();
            noBody.put("view", HostileParticipants.profile(payload, false));
            noBody.put("whatIBringHtml", "");
            assertEquals(payload, List.of(), HtmlInertness.activeContent(
                    rendering.engine.render("templates/participant/profile.vm", noBody)));
        }
    }

    /** A photo is the one image the participant templates show: an attachment of the page, whatever it is called. */
    @Test
    public void photoWithAHostileFileNameIsOnlyAnImageOfAnAttachment() {
        for (String payload : HOSTILE) {
            String profile = rendering.engine.render("templates/participant/profile.vm",
                    Map.of("view", HostileParticipants.profile(payload, true), "whatIBringHtml", ""));
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("anchor", "alongside-directory");
            model.put("problems", List.of());
            model.put("problemsHeading", payload);
            model.put("notices", List.of());
            model.put("noticesHeading", payload);
            for (boolean table : new boolean[] {true, false}) {
                model.put("view", HostileParticipants.directory(payload, table, true));
                String directory = rendering.engine.render("templates/participant/directory.vm", model);
                assertEquals(payload, List.of("<img>"), HtmlInertness.activeContent(directory));
                assertTrue(payload, org.jsoup.Jsoup.parse(directory).selectFirst("img").attr("src")
                        .startsWith("/confluence/download/attachments/7/"));
            }
            assertEquals(payload, List.of("<img>"), HtmlInertness.activeContent(profile));
            org.jsoup.nodes.Element image = org.jsoup.Jsoup.parse(profile).selectFirst("img");
            assertTrue(payload, image.attr("src").startsWith("/confluence/download/attachments/42/"));
            assertFalse(payload, image.attr("src").substring("/confluence/download/attachments/42/".length())
                    .contains("/"));
            assertEquals("decorative: the name is the heading next to it", "", image.attr("alt"));
        }
    }

    @Test
    public void standaloneYouSaidBlockRendersHostileTextInert() {
        for (String payload : HOSTILE) {
            String html = rendering.engine.render("templates/decision/standalone-block.vm",
                    Map.of("view", HostileDecisions.youSaidBlock(payload)));
            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
        }
    }

    @Test
    public void registerWithoutRowsOrFormRendersHostileTextInert() {
        for (String payload : HOSTILE) {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("anchor", "alongside-register");
            model.put("problems", List.of());
            model.put("problemsHeading", payload);
            model.put("notices", List.of());
            model.put("noticesHeading", payload);
            model.put("view", HostileDecisions.emptyRegister(payload));
            String html = rendering.engine.render("templates/decision/register.vm", model);
            assertEquals(payload, List.of(), HtmlInertness.activeContent(html));
        }
    }

    @Test
    public void everyShippedTemplateHasATestContext() {
        List<String> shipped = new ArrayList<>();
        Path root = PluginFiles.MAIN_RESOURCES;
        for (Path template : PluginFiles.files(root.resolve("templates"), ".vm")) {
            shipped.add(root.relativize(template).toString().replace('\\', '/'));
        }
        assertEquals(new ArrayList<>(contexts().keySet()), shipped);
    }

    @Test
    public void everyTemplatePassesTheVelocity16Lint() {
        List<String> problems = new ArrayList<>();
        for (String template : contexts().keySet()) {
            for (Object problem : VelocityTemplateLint.problems(PluginFiles.read(PluginFiles.CLASSES.resolve(template)))) {
                problems.add(template + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyTemplateRendersHostileTextInert() {
        for (Map.Entry<String, Function<String, Map<String, Object>>> entry : contexts().entrySet()) {
            for (String payload : HOSTILE) {
                String html = rendering.engine.render(entry.getKey(), entry.getValue().apply(payload));
                assertEquals(entry.getKey() + " with " + payload, List.of(), HtmlInertness.activeContent(html));
            }
        }
    }

    @Test
    public void textIsShownAsWrittenInAnyScript() {
        String html = rendering.engine.render("templates/common/macro-message.vm",
                Map.of("heading", "Zoë’s café — 😊 مرحبا", "message", "ok"));

        assertTrue(html.contains("Zoë’s café — 😊 مرحبا"));
    }

    @Test
    public void velocityInUserTextIsNotEvaluated() {
        String html = rendering.engine.render("templates/common/macro-message.vm",
                Map.of("heading", "#set($x = 1) $x ${view}", "message", "ok"));

        assertTrue(html.contains("#set($x = 1) $x ${view}"));
    }

    @Test
    public void methodMissingFromTheAllowlistFailsTheRenderAsInConfluence() {
        PrinciplesView.PrincipleView principle = new PrinciplesView.PrincipleView(1, "Equality", "Everyone");
        try {
            rendering.engine.render("templates-under-test/calls-unlisted-method.vm", Map.of("principle", principle));
            fail("a method not on the velocity-allowlist must not be callable from a template");
        } catch (MethodNotAllowlistedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("toString"));
        }
    }
}
