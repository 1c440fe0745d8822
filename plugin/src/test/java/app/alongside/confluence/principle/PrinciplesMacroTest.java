package app.alongside.confluence.principle;

import app.alongside.confluence.testing.AppRendering;
import app.alongside.principle.Framework;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The principles macro with real core, real templates under Confluence's rules, and mocked Confluence services. */
public class PrinciplesMacroTest {

    private final AppRendering rendering = new AppRendering();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ConversionContext context = mock(ConversionContext.class);
    private PrinciplesMacro macro;

    @Before
    public void setUp() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(resources.requireWebResource(anyString())).thenReturn(resources);
        when(context.getOutputType()).thenReturn("display");
        macro = new PrinciplesMacro(rendering.templates, rendering.messages, pageBuilder);
    }

    @Test
    public void nefShowsItsSixPrinciplesInOrderWithExplanationsAndSource() {
        String html = macro.execute(Map.of("framework", "nef"), null, context);

        assertEquals(6, count(html, "<li class=\"alongside-principles__item\">"));
        assertTrue(html.contains("NEF: six principles of co-production"));
        assertTrue(html.indexOf("Taking an assets-based approach") < html.indexOf("Facilitating rather than delivering"));
        assertTrue(html.contains("Everyone is an equal partner with something to offer"));
        assertTrue(html.contains("<cite>Slay, J. and Stephens, L. (2013)"));
    }

    @Test
    public void everyFrameworkRendersAllItsPrinciples() {
        for (Framework framework : Framework.values()) {
            String html = macro.execute(Map.of("framework", framework.parameterValue()), null, context);
            assertEquals(framework.name(), framework.principles().size(),
                    count(html, "<li class=\"alongside-principles__item\">"));
            assertFalse(framework.name() + " shows a raw i18n key", html.contains("alongside.principle."));
        }
    }

    @Test
    public void typographicApostrophesSurviveMessageFormatting() {
        String html = macro.execute(Map.of("framework", "nef"), null, context);

        assertTrue(html.contains("Building on people\u2019s existing capabilities"));
    }

    @Test
    public void frameworkParameterIsReadLeniently() {
        String html = macro.execute(Map.of("framework", " 4Pi "), null, context);

        assertTrue(html.contains("4Pi National Involvement Standards"));
    }

    @Test
    public void requiresItsStylesheetOnlyWhenItRendersPrinciples() {
        macro.execute(Map.of("framework", "scie"), null, context);

        verify(pageBuilder.assembler().resources()).requireWebResource(PrinciplesMacro.WEB_RESOURCE);
    }

    @Test
    public void missingFrameworkExplainsHowToFixItInsteadOfFailing() {
        String html = macro.execute(new HashMap<>(), null, context);

        assertTrue(html.contains("class=\"alongside-message\""));
        assertTrue(html.contains("Choose which principles to show: edit this macro and pick a framework."));
        verify(pageBuilder, never()).assembler();
    }

    @Test
    public void messagePanelBringsTheSharedStylesWithIt() {
        macro.execute(Map.of("framework", "ubuntu"), null, context);

        assertTrue(rendering.pageBuilder.required.contains(app.alongside.confluence.render.Templates.COMMON_RESOURCES));
    }

    @Test
    public void unknownFrameworkIsNamedEscapedAndTheChoicesListed() {
        String html = macro.execute(Map.of("framework", "<script>alert('x')</script>"), null, context);

        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("NEF, SCIE, NIHR, 4Pi"));
    }

    @Test
    public void nullParametersAreTreatedAsMissing() {
        String html = macro.execute(null, null, context);

        assertTrue(html.contains("Choose which principles to show"));
    }

    @Test
    public void failureWhileRenderingShowsAReferenceNotAStackTrace() {
        when(pageBuilder.assembler()).thenThrow(new IllegalStateException("web resources unavailable"));

        String html = macro.execute(Map.of("framework", "nef"), null, context);

        assertTrue(html.contains("Something went wrong while showing this part of the page"));
        assertTrue(html.matches("(?s).*reference [0-9a-f]{8}.*"));
        assertFalse(html.contains("IllegalStateException"));
    }

    @Test
    public void isABlockMacroWithoutABody() {
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
