package app.alongside.workbench.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.jbcsrc.api.RenderResult;
import com.google.template.soy.jbcsrc.api.SoySauce;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The app's blueprint wizard templates, compiled from its {@code .soy} files by Google's Closure Templates compiler
 * (the {@code com.google.template:soy} artifact) into Java bytecode and rendered server-side with its Java renderer,
 * SoySauce. Confluence compiles the same files to JavaScript and renders them in the browser; the HTML is the same,
 * because it is the same template with the same {@code getText} words and the same contextual autoescaping.
 */
public final class SoyWizards {

    /** A {@code .soy} file: where it came from (for messages) and its text. */
    public record SoySource(String path, String text) {
        public SoySource {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }
    }

    private final SoySauce sauce;
    private final Map<String, com.google.common.base.Supplier<Object>> pluginInstances;

    private SoyWizards(SoySauce sauce, I18nText text) {
        this.sauce = sauce;
        com.google.common.base.Supplier<Object> instance = () -> text;
        this.pluginInstances = Map.of(GetTextFunction.NAME, instance); // keyed by function name in this release
    }

    /**
     * Compiles the files.
     *
     * @throws IllegalArgumentException with the compiler's report if a file does not compile
     */
    public static SoyWizards compile(List<SoySource> sources, I18nResolver i18n) {
        SoyFileSet.Builder files = SoyFileSet.builder().addSourceFunction(new GetTextFunction());
        sources.forEach(source -> files.add(source.text(), source.path()));
        try {
            return new SoyWizards(files.build().compileTemplates(), new I18nText(i18n));
        } catch (RuntimeException e) { // SoyCompilationException, with every error and its line
            throw new IllegalArgumentException("The app's Soy templates do not compile: " + e.getMessage(), e);
        }
    }

    public boolean has(String templateName) {
        return sauce.hasTemplate(templateName);
    }

    /**
     * The HTML of a template that takes no parameters, as Confluence's create dialog renders a wizard page.
     *
     * @throws IllegalArgumentException if there is no such template
     */
    public String render(String templateName) {
        if (!has(templateName)) {
            throw new IllegalArgumentException("The app has no Soy template " + templateName);
        }
        SoySauce.Continuation<SanitizedContent> rendering = sauce.renderTemplate(templateName)
                .setPluginInstances(pluginInstances).setData(Map.of()).renderHtml();
        if (rendering.result().type() != RenderResult.Type.DONE) {
            throw new IllegalStateException("Soy template " + templateName + " did not finish rendering");
        }
        return rendering.get().getContent();
    }
}
