package app.alongside.workbench.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The app's wizard Soy, compiled by Google's compiler and rendered by SoySauce, with Confluence's getText. */
public class SoyWizardsTest {

    private static final String APP_SOY = "soy/blueprint-wizards.soy";

    private static final I18nResolver HOSTILE_WORDS = new I18nResolver() {
        @Override
        public String getText(String key, Serializable... arguments) {
            return getText(key);
        }

        @Override
        public String getText(String key) {
            return "<b onclick=\"x()\">" + key + "</b>";
        }
    };

    @Test
    public void theAppsWizardTemplatesCompileAndRenderTheirFormsWithTheAppsWords() throws IOException {
        SoyWizards wizards = SoyWizards.compile(List.of(appSoy()), HOSTILE_WORDS);

        assertTrue(wizards.has("Alongside.Blueprints.meetingForm"));
        String decision = wizards.render("Alongside.Blueprints.decisionForm");
        assertThat(decision, containsString("name=\"decisionTitle\""));
        assertThat(decision, containsString("<option value=\"superseded\">"));
        assertThat("getText output is escaped like any printed value", decision,
                containsString("&lt;b onclick=&quot;x()&quot;&gt;alongside.blueprint.decision.field.title.label&lt;/b&gt;"));
        assertThat(decision, not(containsString("<b onclick")));
    }

    @Test
    public void aTemplateThatDoesNotCompileIsReportedWithTheCompilersReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoyWizards.compile(List.of(
                new SoyWizards.SoySource("broken.soy", "{namespace X}\n/** Doc. */\n{template .a}\n{if}\n{/template}\n")),
                HOSTILE_WORDS));
        assertThat(e.getMessage(), containsString("broken.soy"));
    }

    @Test
    public void anUnknownTemplateIsRefused() throws IOException {
        SoyWizards wizards = SoyWizards.compile(List.of(appSoy()), HOSTILE_WORDS);
        assertFalse(wizards.has("Alongside.Blueprints.nothing"));
        assertThrows(IllegalArgumentException.class, () -> wizards.render("Alongside.Blueprints.nothing"));
    }

    private static SoyWizards.SoySource appSoy() throws IOException {
        try (InputStream in = SoyWizardsTest.class.getClassLoader().getResourceAsStream(APP_SOY)) {
            return new SoyWizards.SoySource(APP_SOY, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
